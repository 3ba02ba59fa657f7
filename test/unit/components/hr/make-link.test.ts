import { beforeAll, describe, expect, test } from 'vitest';
import { dictionaries } from '../../../../src/lib/i18n';
import { decodePrefill } from '../../../../src/lib/share/prefill-link';
import { createWorksheet } from '../../../../src/lib/worksheets/document';
import { loadWorksheetModules } from '../../../../src/lib/worksheets/registry';
import { makePrefillLink } from '../../../../src/components/hr/link-builder/make-link';
import { islandTranslator } from '../../../../src/components/shared/island-strings';

const t = islandTranslator(dictionaries.en);
beforeAll(() => loadWorksheetModules(['feedback']));

describe('the pre-filled link of a stored worksheet', () => {
  test('opens the worksheet page in the page language, with the person only when asked', async () => {
    const doc = {
      ...createWorksheet('feedback', { locale: 'en', title: 'Demo feedback', person: 'Zhou' }),
      revision: 1,
    };
    const store = { load: () => Promise.resolve({ type: 'success' as const, doc, migrated: false }) };
    const options = { includePerson: false, locale: 'en' as const, t, origin: 'https://coach.example' };
    const made = await makePrefillLink(store, doc.id, options);
    expect(made.type).toBe('link');
    const url = made.type === 'link' ? made.url : '';
    expect(url.startsWith('https://coach.example/en/worksheets/feedback/#prefill=')).toBe(true);
    const opened = await decodePrefill(new URL(url).hash);
    expect(opened).toMatchObject({ type: 'success', kind: 'feedback', title: 'Demo feedback' });
    expect(opened.type === 'success' ? opened.person : 'x').toBeUndefined();

    const withPerson = await makePrefillLink(store, doc.id, { ...options, includePerson: true });
    const reopened = await decodePrefill(new URL(withPerson.type === 'link' ? withPerson.url : '').hash);
    expect(reopened.type === 'success' ? reopened.person : undefined).toBe('Zhou');
  });

  test('says why when the worksheet cannot be read', async () => {
    const store = {
      load: () => Promise.resolve({ type: 'error' as const, code: 'not_found' as const, id: 'gone' }),
    };
    const made = await makePrefillLink(store, 'gone', { includePerson: false, locale: 'en', t, origin: '' });
    expect(made.type).toBe('error');
    expect(made.type === 'error' ? made.message : '').toMatch(/^.+/u);
    expect(made.type === 'error' ? made.message : '').not.toContain('{reason}');
  });
});
