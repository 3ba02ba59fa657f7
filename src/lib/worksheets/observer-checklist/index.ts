import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { observerChecklistHints } from './hints';
import { observerChecklistToMarkdown } from './markdown';
import { createDefaultObserverChecklist, observerChecklistSchema } from './schema';

export * from './schema';
export * from './score';
export { observerChecklistHints } from './hints';
export { observerChecklistToMarkdown } from './markdown';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const observerChecklistMigrations = defineMigrations('observer-checklist', 1, []);

/** Observer checklist: what the manager did in a role-play, a computed score, and the debrief. */
export const observerChecklistModule = {
  kind: 'observer-checklist',
  schema: observerChecklistSchema,
  migrations: observerChecklistMigrations,
  createDefault: createDefaultObserverChecklist,
  hints: observerChecklistHints,
  toMarkdown: observerChecklistToMarkdown,
} satisfies WorksheetModule<'observer-checklist', typeof observerChecklistSchema>;
