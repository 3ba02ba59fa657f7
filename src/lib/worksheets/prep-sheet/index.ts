import { markdownSections } from '../markdown-sections';
import { loadWithSections } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { createDefaultPrepSheet, prepSheetDataSchema } from './schema';

export * from './schema';
export { prepSheetForGenerator, type GeneratorInputResult } from './generator';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const prepSheetMigrations = defineMigrations('prep-sheet', 1, []);

/** Prep sheet: the employee's topics, wins, puzzles and needs, the manager's metrics and projects. */
export const prepSheetModule = {
  kind: 'prep-sheet',
  schema: prepSheetDataSchema,
  migrations: prepSheetMigrations,
  createDefault: createDefaultPrepSheet,
  // Coaching hints and the Markdown export load when first needed (the user starts on a
  // field, opens the preview, copies), not with the page.
  loadHints: (locale: Locale) =>
    loadWithSections(locale, ['prep-sheet-hints'], () => import('./hints')).then(
      (code) => code.prepSheetHints,
    ),
  loadMarkdown: (locale: Locale) =>
    loadWithSections(locale, markdownSections('prep-sheet-markdown'), () => import('./markdown')).then(
      (code) => code.prepSheetToMarkdown,
    ),
} satisfies WorksheetModule<'prep-sheet', typeof prepSheetDataSchema>;
