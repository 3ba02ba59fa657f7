import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { feedbackHints } from './hints';
import { feedbackToMarkdown } from './markdown';
import { createDefaultFeedback, feedbackSchema } from './schema';

export * from './schema';
export { feedbackDraftMessage } from './draft';
export { feedbackHints } from './hints';
export { feedbackToMarkdown } from './markdown';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const feedbackMigrations = defineMigrations('feedback', 1, []);

/** 3E / BEST feedback drafter. */
export const feedbackModule = {
  kind: 'feedback',
  schema: feedbackSchema,
  migrations: feedbackMigrations,
  createDefault: createDefaultFeedback,
  hints: feedbackHints,
  toMarkdown: feedbackToMarkdown,
} satisfies WorksheetModule<'feedback', typeof feedbackSchema>;
