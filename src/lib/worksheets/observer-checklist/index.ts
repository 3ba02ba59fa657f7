import { markdownSections } from '../markdown-sections';
import { loadWithSections } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { createDefaultObserverChecklist, observerChecklistSchema } from './schema';

export * from './schema';
export * from './score';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const observerChecklistMigrations = defineMigrations('observer-checklist', 1, []);

/** Observer checklist: what the manager did in a role-play, a computed score, and the debrief. */
export const observerChecklistModule = {
  kind: 'observer-checklist',
  schema: observerChecklistSchema,
  migrations: observerChecklistMigrations,
  createDefault: createDefaultObserverChecklist,
  // Coaching hints and the Markdown export load when first needed (the user starts on a
  // field, opens the preview, copies), not with the page.
  loadHints: (locale: Locale) =>
    loadWithSections(locale, ['observer-checklist-hints'], () => import('./hints')).then(
      (code) => code.observerChecklistHints,
    ),
  loadMarkdown: (locale: Locale) =>
    loadWithSections(
      locale,
      [...markdownSections('observer-checklist-markdown'), 'observer-labels'],
      () => import('./markdown'),
    ).then((code) => code.observerChecklistToMarkdown),
} satisfies WorksheetModule<'observer-checklist', typeof observerChecklistSchema>;
