import { describe, expect, test } from 'vitest';
import { parseImportFile, serializeExportFile } from '../../../src/lib/worksheets/export-file';
import { worksheetKey } from '../../../src/storage/keys';
import { createMemoryBackend } from '../../../src/storage/memory-backend';
import { createWorksheetStore } from '../../../src/storage/worksheet-store';
import { sampleDoc } from '../lib/worksheets/fixtures';

/**
 * Issue 9, defect 2: a worksheet whose stored envelope is damaged is listed as damaged, its
 * raw content can be downloaded, and "export everything" carries it; it never just vanishes.
 */

const damagedValues: Record<string, unknown> = {
  'unknown-kind': { ...sampleDoc('feedback', { id: 'unknown-kind' }), kind: 'memo' },
  'no-dates': { id: 'no-dates', kind: 'smart-ar', schemaVersion: 1, data: { goal: 'keep me' } },
  'not-an-object': 'a plain string where a worksheet should be',
  'wrong-id': { ...sampleDoc('smart-ar', { id: 'somebody-else' }), title: 'stored under the wrong key' },
  'has-a-bigint': { id: 'has-a-bigint', note: 10n },
};

async function storeWithDamage() {
  const backend = createMemoryBackend();
  const store = createWorksheetStore({ backend, channel: null, requestPersist: null });
  await store.save(sampleDoc('smart-ar', { id: 'fine' }));
  // Meta fine, data broken: listed, but it cannot open.
  await backend.set(worksheetKey('bad-data'), {
    ...sampleDoc('feedback', { id: 'bad-data' }),
    data: { scenario: 42 },
  });
  for (const [id, value] of Object.entries(damagedValues)) await backend.set(worksheetKey(id), value);
  return { store, backend };
}

describe('a damaged stored worksheet', () => {
  test('is listed as damaged, with its raw content, next to the worksheets that are fine', async () => {
    const { store } = await storeWithDamage();
    expect((await store.list()).map((summary) => summary.id).sort()).toEqual(['bad-data', 'fine']);
    const damaged = await store.damaged();
    expect(damaged.map((entry) => entry.id).sort()).toEqual(Object.keys(damagedValues).sort());
    const byId = new Map(damaged.map((entry) => [entry.id, entry]));
    expect(byId.get('no-dates')?.raw).toEqual(damagedValues['no-dates']);
    expect(byId.get('not-an-object')?.raw).toBe('a plain string where a worksheet should be');
    // Whatever was stored becomes text that JSON can carry, even a BigInt.
    expect(() => JSON.stringify(byId.get('has-a-bigint')?.raw)).not.toThrow();
    expect(JSON.stringify(byId.get('has-a-bigint')?.raw)).toContain('10');
  });

  test('is carried raw in "export everything", with those that fail to open', async () => {
    const { store } = await storeWithDamage();
    const result = await store.exportAll({ source: 'https://coaching.example' });
    if (result.type !== 'success') throw new Error(JSON.stringify(result));
    expect(result.file.worksheets.map((doc) => doc.id)).toEqual(['fine']);
    const carried = (result.file.damaged ?? []).map((entry) => entry.id).sort();
    expect(carried).toEqual([...Object.keys(damagedValues), 'bad-data'].sort());
    expect(result.damaged.map((entry) => entry.id).sort()).toEqual(carried);
    expect(result.file.damaged?.find((entry) => entry.id === 'bad-data')?.raw).toMatchObject({
      data: { scenario: 42 },
    });

    // The file still imports: the good worksheet comes back, the damaged ones stay in the file.
    const text = serializeExportFile(result.file);
    const parsed = parseImportFile(text, text.length);
    expect(parsed).toMatchObject({ type: 'success', docs: [{ id: 'fine' }] });
  });

  test('never makes listing or exporting throw, whatever is stored', async () => {
    const backend = createMemoryBackend();
    const store = createWorksheetStore({ backend, channel: null, requestPersist: null });
    for (const [i, value] of [null, 0, [], [1, 2], { id: 5 }, new Date(0), new Map()].entries())
      await backend.set(worksheetKey(`odd-${i}`), value);
    expect(await store.list()).toEqual([]);
    expect((await store.damaged()).length).toBe(7);
    const exported = await store.exportAll({ source: '' });
    expect(exported.type).toBe('success');
  });
});
