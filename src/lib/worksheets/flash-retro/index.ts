import { defineMigrations } from '../migrations';
import type { Locale } from '../../i18n/locales';
import { loadWithSections } from '../../i18n/sections';
import { markdownSections } from '../markdown-sections';
import type { WorksheetModule } from '../module';
import { createDefaultFlashRetro, flashRetroSchema } from './schema';

export * from './schema';

/** Version 1 is the first shape; later shape changes append named steps here. */
export const flashRetroMigrations = defineMigrations('flash-retro', 1, []);

/** Flash retro: three questions and the goal-or-execution call. */
export const flashRetroModule = {
  kind: 'flash-retro',
  schema: flashRetroSchema,
  migrations: flashRetroMigrations,
  createDefault: (_locale?: Locale, today?: string) => createDefaultFlashRetro(today),
  // Coaching hints and the Markdown export load when first needed (the user starts on a
  // field, opens the preview, copies), not with the page.
  loadHints: (locale: Locale) =>
    loadWithSections(locale, ['flash-retro-hints'], () => import('./hints')).then(
      (code) => code.flashRetroHints,
    ),
  loadMarkdown: (locale: Locale) =>
    loadWithSections(locale, markdownSections('flash-retro-markdown'), () => import('./markdown')).then(
      (code) => code.flashRetroToMarkdown,
    ),
} satisfies WorksheetModule<'flash-retro', typeof flashRetroSchema>;
