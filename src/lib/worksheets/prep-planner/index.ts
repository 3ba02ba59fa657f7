import { markdownSections } from '../markdown-sections';
import { loadWithSections } from '../../i18n/sections';
import type { Locale } from '../../i18n/locales';
import { defineMigrations } from '../migrations';
import type { WorksheetModule } from '../module';
import { createDefaultPrepPlanner, prepPlannerSchema } from './schema';

export * from './schema';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const prepPlannerMigrations = defineMigrations('prep-planner', 1, []);

/** PREP planner: Point, Reason, Example, Plan and a timed agenda. */
export const prepPlannerModule = {
  kind: 'prep-planner',
  schema: prepPlannerSchema,
  migrations: prepPlannerMigrations,
  createDefault: createDefaultPrepPlanner,
  defaultSections: ['prep-planner-agenda'],
  // Coaching hints and the Markdown export load when first needed (the user starts on a
  // field, opens the preview, copies), not with the page.
  loadHints: (locale: Locale) =>
    loadWithSections(locale, ['prep-planner-hints'], () => import('./hints')).then(
      (code) => code.prepPlannerHints,
    ),
  loadMarkdown: (locale: Locale) =>
    loadWithSections(locale, markdownSections('prep-planner-markdown'), () => import('./markdown')).then(
      (code) => code.prepPlannerToMarkdown,
    ),
} satisfies WorksheetModule<'prep-planner', typeof prepPlannerSchema>;
