import { sectionNames } from '../../../../src/lib/i18n/section-names';
import { describe, expect, test, vi } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import { createWorksheet } from '../../../../src/lib/worksheets/document';
import { worksheetKinds } from '../../../../src/lib/worksheets/kinds';
import {
  areWorksheetHintsLoaded,
  erasedModule,
  loadWorksheetHints,
  loadWorksheetMarkdown,
  loadWorksheetModules,
  registerWorksheetModule,
  worksheetHints,
  worksheetToMarkdown,
  WorksheetModuleNotLoadedError,
  type ErasedModule,
} from '../../../../src/lib/worksheets/registry';

/**
 * A worksheet page loads its kind's schema at once, and the hint tables and Markdown writer
 * only when first needed (src/lib/worksheets/registry.ts). No kind is preloaded in this file.
 */
describe('hints and Markdown load on demand', () => {
  test('are not there with the module, and are once loaded', async () => {
    await loadWorksheetModules(['smart-ar']);
    const doc = createWorksheet('smart-ar', { locale: 'en', title: 'Q3 goal' });
    expect(areWorksheetHintsLoaded('smart-ar', 'en')).toBe(false);
    expect(() => worksheetHints(doc, 'en')).toThrow(WorksheetModuleNotLoadedError);
    expect(() => worksheetToMarkdown(doc, 'en')).toThrow(WorksheetModuleNotLoadedError);

    await Promise.all([loadWorksheetHints(['smart-ar'], 'en'), loadWorksheetMarkdown(['smart-ar'], 'en')]);
    expect(worksheetHints(doc, 'en').length).toBeGreaterThan(0);
    expect(worksheetToMarkdown(doc, 'en')).toMatch(/^# Q3 goal/u);
  });

  test('load a kind whose module is not loaded yet', async () => {
    await loadWorksheetHints(['flash-retro'], 'en');
    expect(areWorksheetHintsLoaded('flash-retro', 'en')).toBe(true);
  });

  test('share one load between callers, and try again after a failure', async () => {
    await loadWorksheetModules(['feedback']);
    const real = erasedModule('feedback');
    const loadHints = vi
      .fn<ErasedModule['loadHints']>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockImplementation((locale) => real.loadHints(locale));
    registerWorksheetModule({ ...real, loadHints });

    const [first, second] = await Promise.allSettled([
      loadWorksheetHints(['feedback'], 'en'),
      loadWorksheetHints(['feedback'], 'en'),
    ]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('rejected');
    expect(loadHints).toHaveBeenCalledTimes(1);
    expect(areWorksheetHintsLoaded('feedback', 'en')).toBe(false);

    await loadWorksheetHints(['feedback'], 'en');
    expect(loadHints).toHaveBeenCalledTimes(2);
    expect(areWorksheetHintsLoaded('feedback', 'en')).toBe(true);
  });
});

/**
 * The test setup loads every language's words before any test (`test/support/load-all-sections.ts`).
 * Here a fresh copy of the modules starts with none, as a page does: each kind's loaders must
 * ask for every section its writers read, in the page's language and no other.
 */
describe('each kind loads the words its writers read, in one language', () => {
  test('a new PREP planner starts with its agenda in the page language, once its defaults are loaded', async () => {
    vi.resetModules();
    const registry = await import('../../../../src/lib/worksheets/registry');
    const document = await import('../../../../src/lib/worksheets/document');
    await registry.loadWorksheetModules(['prep-planner']);
    expect(() => document.createWorksheet('prep-planner', { locale: 'en' })).toThrow(
      /not loaded|before they were loaded/u,
    );
    await registry.loadWorksheetDefaults(['prep-planner'], 'en');
    const plan = document.createWorksheet('prep-planner', { locale: 'en' });
    expect(plan.data.agenda.map((block) => block.minutes)).toEqual([5, 10, 15, 10]);
    expect(plan.data.agenda[0]?.label).toBe('Opening: how did last time’s micro-action go?');
  });

  test.each(worksheetKinds.flatMap((kind) => locales.map((locale) => [kind, locale] as const)))(
    '%s in %s',
    async (kind, locale) => {
      vi.resetModules();
      const registry = await import('../../../../src/lib/worksheets/registry');
      const sections = await import('../../../../src/lib/i18n/sections');
      const document = await import('../../../../src/lib/worksheets/document');
      // A new worksheet's starting words (the PREP planner's agenda) come with its defaults.
      await registry.loadWorksheetDefaults([kind], locale);
      const doc = document.createWorksheet(kind, { locale, title: 'Words' });

      await Promise.all([
        registry.loadWorksheetHints([kind], locale),
        registry.loadWorksheetMarkdown([kind], locale),
      ]);
      expect(() => registry.worksheetHints(doc, locale)).not.toThrow();
      expect(registry.worksheetToMarkdown(doc, locale)).toMatch(/^# Words/u);
      const other = locales.filter((one) => one !== locale);
      const foreign = sectionNames.filter((name) => other.some((one) => sections.isSectionLoaded(one, name)));
      expect(foreign).toEqual([]);
    },
  );
});
