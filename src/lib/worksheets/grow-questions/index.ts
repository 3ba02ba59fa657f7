import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { growQuestionsHints } from './hints';
import { growQuestionsToMarkdown } from './markdown';
import { createDefaultGrowQuestions, growQuestionsSchema } from './schema';

export * from './schema';
export { growQuestionsHints, growStageNames } from './hints';
export { growQuestionsToMarkdown } from './markdown';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const growQuestionsMigrations = defineMigrations('grow-questions', 1, []);

/** GROW question list: questions per stage, ticked when asked, answers and the Will commitment. */
export const growQuestionsModule = {
  kind: 'grow-questions',
  schema: growQuestionsSchema,
  migrations: growQuestionsMigrations,
  createDefault: createDefaultGrowQuestions,
  hints: growQuestionsHints,
  toMarkdown: growQuestionsToMarkdown,
} satisfies WorksheetModule<'grow-questions', typeof growQuestionsSchema>;
