import { markdownSections } from '../markdown-sections';
import { loadWithSections } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import type { WorksheetModule } from '../module';
import { smartArMigrations } from './migrations';
import { createDefaultSmartAr, smartArSchema } from './schema';

export * from './schema';
export { fiveStepLabel } from './labels';
export { likelihoodToScale, progressTracking, readLegacyLikelihood, smartArMigrations } from './migrations';

/** SMART-AR goal builder: direction, goal, milestones, one answer per letter, likelihood, review, adjustment log. */
export const smartArModule = {
  kind: 'smart-ar',
  schema: smartArSchema,
  migrations: smartArMigrations,
  createDefault: createDefaultSmartAr,
  // Coaching hints and the Markdown export load when first needed (the user starts on a
  // field, opens the preview, copies), not with the page.
  loadHints: (locale: Locale) =>
    loadWithSections(locale, ['smart-ar-hints'], () => import('./hints')).then((code) => code.smartArHints),
  loadMarkdown: (locale: Locale) =>
    loadWithSections(
      locale,
      [...markdownSections('smart-ar-markdown'), 'smart-ar-scale'],
      () => import('./markdown'),
    ).then((code) => code.smartArToMarkdown),
} satisfies WorksheetModule<'smart-ar', typeof smartArSchema>;
