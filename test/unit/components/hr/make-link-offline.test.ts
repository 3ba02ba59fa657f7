import { afterEach, expect, test, vi } from 'vitest';
import { dictionaries } from '../../../../src/lib/i18n';
import { islandTranslator } from '../../../../src/components/shared/island-strings';

afterEach(() => {
  vi.doUnmock('../../../../src/lib/share/prefill-link');
  vi.resetModules();
});

test('a link builder whose link codec cannot load says that part did not load', async () => {
  // The codec loads with the first worksheet chosen; here its chunk fails (a dropped connection).
  vi.doMock('../../../../src/lib/share/prefill-link', () => {
    throw new TypeError('Failed to fetch dynamically imported module');
  });
  const { makePrefillLink } = await import('../../../../src/components/hr/link-builder/make-link');
  const { createWorksheet } = await import('../../../../src/lib/worksheets/document');
  const { loadWorksheetModules } = await import('../../../../src/lib/worksheets/registry');
  await loadWorksheetModules(['feedback']);
  const doc = { ...createWorksheet('feedback', { locale: 'en', title: 'Demo' }), revision: 1 };
  const store = { load: () => Promise.resolve({ type: 'success' as const, doc, migrated: false }) };
  const t = islandTranslator(dictionaries.en);
  const made = await makePrefillLink(store, doc.id, { includePerson: false, locale: 'en', t, origin: '' });
  expect(made).toEqual({ type: 'error', message: dictionaries.en['ws.common.moduleUnavailable'] });
});
