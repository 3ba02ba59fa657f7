import { afterEach, describe, expect, test, vi } from 'vitest';
import type { WorksheetDoc } from '../../../src/lib/worksheets/document';
import { parseImportFile, serializeExportFile } from '../../../src/lib/worksheets/export-file';
import { worksheetKinds } from '../../../src/lib/worksheets/kinds';
import { STORAGE_KEYS, worksheetKey } from '../../../src/storage/keys';
import { createMemoryBackend } from '../../../src/storage/memory-backend';
import {
  createWorksheetStore,
  type WorksheetStore,
  type WorksheetStoreOptions,
} from '../../../src/storage/worksheet-store';
import { sampleDoc } from '../lib/worksheets/fixtures';
import { countingBackend } from './helpers';

const stores: WorksheetStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
});

/** A clock that moves one second per call, so every save has its own `updatedAt`. */
function clock(start = '2025-06-01T08:00:00.000Z') {
  let time = Date.parse(start);
  return () => new Date((time += 1000));
}

function makeStore(options: WorksheetStoreOptions = {}) {
  const backend = options.backend ?? countingBackend();
  let ids = 0;
  const store = createWorksheetStore({
    channel: null,
    requestPersist: null,
    now: clock(),
    newId: () => `new-${++ids}`,
    ...options,
    backend,
  });
  stores.push(store);
  return { store, backend };
}

async function saved(store: WorksheetStore, doc: WorksheetDoc): Promise<WorksheetDoc> {
  const result = await store.save(doc);
  if (result.type !== 'success') throw new Error(`save failed: ${JSON.stringify(result)}`);
  return result.doc;
}

describe('save() and load()', () => {
  test.each(worksheetKinds)('stores a %s and loads it back', async (kind) => {
    const { store } = makeStore();
    const doc = sampleDoc(kind);
    const stored = await saved(store, doc);
    expect(stored).toEqual({ ...doc, revision: 1, updatedAt: '2025-06-01T08:00:01.000Z' });
    expect(await store.load(doc.id)).toEqual({ type: 'success', doc: stored, migrated: false });
  });

  test('bumps the revision on every save', async () => {
    const { store } = makeStore();
    const first = await saved(store, sampleDoc('feedback'));
    const second = await saved(store, { ...first, title: 'Renamed' });
    expect([first.revision, second.revision]).toEqual([1, 2]);
  });

  test('refuses invalid data without writing anything', async () => {
    const { store, backend } = makeStore();
    const doc = sampleDoc('smart-ar');
    const result = await store.save({ ...doc, data: { ...doc.data, goal: 'x'.repeat(501) } });
    expect(result).toMatchObject({
      type: 'error',
      code: 'invalid_data',
      path: 'data.goal',
      issue: 'too_long',
    });
    expect(await backend.keys()).toEqual([]);
  });

  test('says not_found for an id it does not have', async () => {
    const { store } = makeStore();
    expect(await store.load('nope')).toEqual({ type: 'error', code: 'not_found', id: 'nope' });
  });

  test('migrates an old stored worksheet when loading it', async () => {
    const backend = createMemoryBackend();
    const old = {
      ...sampleDoc('smart-ar'),
      schemaVersion: 0,
      data: { goal: 'Raise conversion', likelihood: '7' },
    };
    await backend.set(worksheetKey(old.id), old);
    const { store } = makeStore({ backend });
    expect(await store.load(old.id)).toMatchObject({
      type: 'success',
      migrated: true,
      doc: { schemaVersion: 2, data: { likelihood: { value: 7 } } },
    });
  });

  test('explains a stored worksheet from a newer version instead of failing', async () => {
    const backend = createMemoryBackend();
    await backend.set(worksheetKey('future'), {
      ...sampleDoc('feedback', { id: 'future' }),
      schemaVersion: 9,
    });
    const { store } = makeStore({ backend });
    expect(await store.load('future')).toMatchObject({ type: 'error', code: 'newer_version', version: 9 });
    expect((await store.list()).map((summary) => summary.id)).toEqual(['future']);
  });

  test('keeps what is stored apart from the object the caller goes on editing', async () => {
    const { store } = makeStore();
    const doc = sampleDoc('flash-retro');
    await saved(store, doc);
    doc.data.satisfied[0] = 'changed after saving';
    const loaded = await store.load(doc.id);
    expect(
      loaded.type === 'success' && loaded.doc.kind === 'flash-retro' && loaded.doc.data.satisfied[0],
    ).toBe('Signed two customers');
  });
});

describe('list()', () => {
  test('lists summaries without data, newest change first', async () => {
    const { store } = makeStore();
    await saved(store, sampleDoc('feedback', { id: 'a', title: 'First' }));
    await saved(store, sampleDoc('smart-ar', { id: 'b', title: 'Second', practice: 'late-delivery' }));
    const list = await store.list();
    expect(list.map((summary) => summary.id)).toEqual(['b', 'a']);
    expect(list[0]).toEqual({
      id: 'b',
      kind: 'smart-ar',
      schemaVersion: 2,
      revision: 1,
      title: 'Second',
      person: 'Li',
      practice: 'late-delivery',
      createdAt: '2025-06-01T08:00:00.000Z',
      updatedAt: '2025-06-01T08:00:02.000Z',
    });
    expect(list[0]).not.toHaveProperty('data');
  });

  test('lists 1,000 worksheets with one index read and one key listing, no worksheet read', async () => {
    const backend = countingBackend();
    const { store } = makeStore({ backend });
    const docs = Array.from({ length: 1000 }, (_, index) => sampleDoc('feedback', { id: `w${index}` }));
    await store.importDocs(docs, 'keep-both');
    backend.reset();
    expect(await store.list()).toHaveLength(1000);
    expect(backend.calls).toEqual({ get: 1, set: 0, remove: 0, keys: 1 });
  });

  test('rebuilds a missing or damaged index from the worksheets', async () => {
    const backend = createMemoryBackend();
    await backend.set(worksheetKey('a'), sampleDoc('feedback', { id: 'a' }));
    await backend.set(worksheetKey('b'), sampleDoc('smart-ar', { id: 'b' }));
    await backend.set(worksheetKey('broken'), { kind: 'smart-ar' });
    await backend.set(STORAGE_KEYS.WORKSHEET_INDEX, { version: 1, entries: 'garbage' });
    const { store } = makeStore({ backend });
    expect((await store.list()).map((summary) => summary.id).sort()).toEqual(['a', 'b']);
    expect(await backend.get(STORAGE_KEYS.WORKSHEET_INDEX)).toMatchObject({
      version: 1,
      entries: [{ id: 'a' }, { id: 'b' }],
    });
  });

  test('is empty for an empty device', async () => {
    const { store } = makeStore();
    expect(await store.list()).toEqual([]);
    expect(await store.ids()).toEqual([]);
  });
});

describe('remove() and restore()', () => {
  test('removes a worksheet and hands it back for undo', async () => {
    const { store } = makeStore();
    const doc = await saved(store, sampleDoc('action-plan'));
    const removed = await store.remove(doc.id);
    expect(removed).toEqual({ type: 'success', removed: doc });
    expect(await store.list()).toEqual([]);
    expect(await store.load(doc.id)).toMatchObject({ code: 'not_found' });

    const restored = await store.restore(doc);
    expect(restored).toMatchObject({ type: 'success', doc: { id: doc.id, data: doc.data } });
    expect((await store.list()).map((summary) => summary.id)).toEqual([doc.id]);
  });

  test('removing an unknown id is not an error', async () => {
    const { store } = makeStore();
    expect(await store.remove('ghost')).toEqual({ type: 'success', removed: undefined });
  });
});

describe('duplicate() and rename()', () => {
  test('duplicates under a new id with the given title', async () => {
    const { store } = makeStore();
    const doc = await saved(store, sampleDoc('grow-questions'));
    const copy = await store.duplicate(doc.id, { title: 'Copy' });
    expect(copy).toMatchObject({
      type: 'success',
      doc: { id: 'new-1', title: 'Copy', revision: 1, data: doc.data },
    });
    expect((await store.list()).map((summary) => summary.id).sort()).toEqual([doc.id, 'new-1'].sort());
  });

  test('renames without needing the current revision', async () => {
    const { store } = makeStore();
    const doc = await saved(store, sampleDoc('prep-sheet'));
    await saved(store, { ...doc, title: 'edited' });
    expect(await store.rename(doc.id, 'June 1:1')).toMatchObject({
      type: 'success',
      doc: { title: 'June 1:1', revision: 3 },
    });
    expect((await store.list())[0]?.title).toBe('June 1:1');
  });

  test('refuses a title over the limit', async () => {
    const { store } = makeStore();
    const doc = await saved(store, sampleDoc('prep-sheet'));
    expect(await store.rename(doc.id, 't'.repeat(121))).toMatchObject({
      code: 'invalid_data',
      path: 'title',
    });
  });

  test('says not_found for an unknown id', async () => {
    const { store } = makeStore();
    expect(await store.duplicate('ghost')).toEqual({ type: 'error', code: 'not_found', id: 'ghost' });
    expect(await store.rename('ghost', 'x')).toEqual({ type: 'error', code: 'not_found', id: 'ghost' });
  });
});

describe('importDocs()', () => {
  test('imports fresh ids as they are', async () => {
    const { store } = makeStore();
    const result = await store.importDocs([sampleDoc('feedback', { id: 'a' })], 'keep-both');
    expect(result).toMatchObject({ type: 'success', written: [{ id: 'a' }], replaced: [], skipped: 0 });
  });

  test('keeps both under a new id when asked', async () => {
    const { store } = makeStore();
    const mine = await saved(store, sampleDoc('feedback', { id: 'a', title: 'Mine' }));
    await store.importDocs([sampleDoc('feedback', { id: 'a', title: 'Theirs' })], 'keep-both');
    const titles = Object.fromEntries((await store.list()).map((summary) => [summary.id, summary.title]));
    expect(titles).toEqual({ a: 'Mine', 'new-1': 'Theirs' });
    expect(await store.load('a')).toMatchObject({ doc: { data: mine.data } });
  });

  test('replaces with a higher revision so open editors notice', async () => {
    const { store } = makeStore();
    const mine = await saved(store, sampleDoc('feedback', { id: 'a', title: 'Mine' }));
    const result = await store.importDocs([sampleDoc('feedback', { id: 'a', title: 'Theirs' })], 'replace');
    expect(result).toMatchObject({
      written: [{ id: 'a', title: 'Theirs', revision: mine.revision + 1 }],
      replaced: ['a'],
    });
    expect(await store.save(mine)).toMatchObject({ type: 'conflict', reason: 'newer_revision' });
  });

  test('skips per id and never writes invalid worksheets passed in', async () => {
    const { store } = makeStore();
    await saved(store, sampleDoc('feedback', { id: 'a', title: 'Mine' }));
    const invalid = {
      ...sampleDoc('feedback', { id: 'bad' }),
      data: { scenario: 'angry' },
    } as unknown as WorksheetDoc;
    const result = await store.importDocs(
      [sampleDoc('feedback', { id: 'a', title: 'Theirs' }), invalid],
      new Map([['a', 'skip']]),
    );
    expect(result).toMatchObject({ type: 'success', written: [], skipped: 2 });
    expect((await store.list()).map((summary) => summary.title)).toEqual(['Mine']);
  });

  test.each(['constructor', '__proto__'])(
    'keeps both for a taken id %s when no choice was made for it, never replacing (defect 4)',
    async (id) => {
      const { store } = makeStore();
      await saved(store, sampleDoc('feedback', { id, title: 'Mine' }));
      const result = await store.importDocs([sampleDoc('feedback', { id, title: 'Theirs' })], new Map());
      expect(result).toMatchObject({ type: 'success', replaced: [] });
      expect((await store.list()).map((summary) => summary.title).sort()).toEqual(['Mine', 'Theirs']);
    },
  );
});

describe('exportAll()', () => {
  test('exports every worksheet into a file that imports back', async () => {
    const { store } = makeStore();
    for (const kind of worksheetKinds) await saved(store, sampleDoc(kind));
    const exported = await store.exportAll({
      source: 'https://coaching.example',
      now: new Date('2025-07-01T00:00:00Z'),
    });
    expect(exported.type).toBe('success');
    if (exported.type !== 'success') return;
    expect(exported.file).toMatchObject({
      type: 'coaching-toolkit/worksheets',
      version: 1,
      source: 'https://coaching.example',
      exportedAt: '2025-07-01T00:00:00.000Z',
    });
    const text = serializeExportFile(exported.file);
    const parsed = parseImportFile(text, text.length);
    expect(parsed.type === 'success' && parsed.docs.map((doc) => doc.kind).sort()).toEqual(
      [...worksheetKinds].sort(),
    );
  });

  test('lists worksheets it cannot read instead of exporting them', async () => {
    const backend = createMemoryBackend();
    const { store } = makeStore({ backend });
    await saved(store, sampleDoc('feedback', { id: 'ok' }));
    await saved(store, sampleDoc('smart-ar', { id: 'future' }));
    await backend.set(worksheetKey('future'), {
      ...sampleDoc('smart-ar', { id: 'future' }),
      schemaVersion: 5,
    });
    const exported = await store.exportAll({ source: '' });
    expect(exported).toMatchObject({
      type: 'success',
      failures: [{ id: 'future', error: { code: 'newer_version' } }],
    });
    expect(exported.type === 'success' && exported.file.worksheets.map((doc) => doc.id)).toEqual(['ok']);
  });

  test('can leave practice worksheets out', async () => {
    const { store } = makeStore();
    await saved(store, sampleDoc('feedback', { id: 'real' }));
    await saved(store, sampleDoc('feedback', { id: 'drill', practice: 'scenario-1' }));
    const exported = await store.exportAll({ source: '', includePractice: false });
    expect(exported.type === 'success' && exported.file.worksheets.map((doc) => doc.id)).toEqual(['real']);
  });
});

describe('clearPractice()', () => {
  test('removes only worksheets loaded from workshop scenarios', async () => {
    const { store } = makeStore();
    await saved(store, sampleDoc('feedback', { id: 'real' }));
    await saved(store, sampleDoc('feedback', { id: 'drill-1', practice: 'late-delivery' }));
    await saved(store, sampleDoc('action-plan', { id: 'drill-2', practice: 'late-delivery' }));
    expect(await store.clearPractice()).toEqual({ type: 'success', removed: ['drill-1', 'drill-2'] });
    expect((await store.list()).map((summary) => summary.id)).toEqual(['real']);
  });
});

describe('persistent storage request', () => {
  test('asks once, after the first successful save, and reports the answer', async () => {
    const requestPersist = vi.fn(() => Promise.resolve(true));
    const { store } = makeStore({ requestPersist });
    const statuses: unknown[] = [];
    store.onStatus((status) => statuses.push(status));
    await store.list();
    expect(requestPersist).not.toHaveBeenCalled();
    await saved(store, sampleDoc('feedback', { id: 'a' }));
    await saved(store, sampleDoc('feedback', { id: 'b' }));
    await vi.waitFor(() => expect(statuses).toEqual([{ mode: 'persistent', persisted: true }]));
    expect(requestPersist).toHaveBeenCalledTimes(1);
  });

  test('does not ask after a refused save', async () => {
    const requestPersist = vi.fn(() => Promise.resolve(true));
    const { store } = makeStore({ requestPersist });
    await store.save({ ...sampleDoc('feedback'), title: 't'.repeat(500) });
    expect(requestPersist).not.toHaveBeenCalled();
  });

  test('copes with a browser without navigator.storage', async () => {
    const { requestPersistentStorage } = await import('../../../src/storage/persist');
    const { store } = makeStore({ requestPersist: requestPersistentStorage });
    await saved(store, sampleDoc('feedback'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.getStatus()).toEqual({ mode: 'persistent', persisted: false });
  });
});
