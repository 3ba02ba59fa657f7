import { describe, expect, test, vi } from 'vitest';
import { createWorksheet } from '../../../../src/lib/worksheets/document';
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
    expect(areWorksheetHintsLoaded('smart-ar')).toBe(false);
    expect(() => worksheetHints(doc, 'en')).toThrow(WorksheetModuleNotLoadedError);
    expect(() => worksheetToMarkdown(doc, 'en')).toThrow(WorksheetModuleNotLoadedError);

    await Promise.all([loadWorksheetHints(['smart-ar']), loadWorksheetMarkdown(['smart-ar'])]);
    expect(worksheetHints(doc, 'en').length).toBeGreaterThan(0);
    expect(worksheetToMarkdown(doc, 'en')).toMatch(/^# Q3 goal/u);
  });

  test('load a kind whose module is not loaded yet', async () => {
    await loadWorksheetHints(['flash-retro']);
    expect(areWorksheetHintsLoaded('flash-retro')).toBe(true);
  });

  test('share one load between callers, and try again after a failure', async () => {
    await loadWorksheetModules(['feedback']);
    const real = erasedModule('feedback');
    const loadHints = vi
      .fn<ErasedModule['loadHints']>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockImplementation(() => real.loadHints());
    registerWorksheetModule({ ...real, loadHints });

    const [first, second] = await Promise.allSettled([
      loadWorksheetHints(['feedback']),
      loadWorksheetHints(['feedback']),
    ]);
    expect(first.status).toBe('rejected');
    expect(second.status).toBe('rejected');
    expect(loadHints).toHaveBeenCalledTimes(1);
    expect(areWorksheetHintsLoaded('feedback')).toBe(false);

    await loadWorksheetHints(['feedback']);
    expect(loadHints).toHaveBeenCalledTimes(2);
    expect(areWorksheetHintsLoaded('feedback')).toBe(true);
  });
});
