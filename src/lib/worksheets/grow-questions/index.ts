import { markdownSections } from '../markdown-sections';
import { loadWithSections } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { createDefaultGrowQuestions, growQuestionsSchema } from './schema';

export * from './schema';
export { growStageName } from './labels';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const growQuestionsMigrations = defineMigrations('grow-questions', 1, []);

/** GROW question list: questions per stage, ticked when asked, answers and the Will commitment. */
export const growQuestionsModule = {
  kind: 'grow-questions',
  schema: growQuestionsSchema,
  migrations: growQuestionsMigrations,
  createDefault: createDefaultGrowQuestions,
  // Coaching hints and the Markdown export load when first needed (the user starts on a
  // field, opens the preview, copies), not with the page.
  loadHints: (locale: Locale) =>
    loadWithSections(locale, ['grow-questions-hints'], () => import('./hints')).then(
      (code) => code.growQuestionsHints,
    ),
  loadMarkdown: (locale: Locale) =>
    loadWithSections(locale, markdownSections('grow-questions-markdown'), () => import('./markdown')).then(
      (code) => code.growQuestionsToMarkdown,
    ),
} satisfies WorksheetModule<'grow-questions', typeof growQuestionsSchema>;
