import { afterEach, describe, expect, test } from 'vitest';
import type { WorksheetDoc } from '../../../src/lib/worksheets/document';
import { createLocalforageBackend } from '../../../src/storage/localforage-backend';
import { classifyStorageError } from '../../../src/storage/resilient-backend';
import {
  createWorksheetStore,
  type StorageStatus,
  type WorksheetStore,
} from '../../../src/storage/worksheet-store';
import { sampleDoc } from '../lib/worksheets/fixtures';
import { breakableBackend } from './helpers';

const stores: WorksheetStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
});

function storeOver(backend: ReturnType<typeof breakableBackend>['backend'], timeoutMs = 1000) {
  const store = createWorksheetStore({ backend, channel: null, requestPersist: null, timeoutMs });
  stores.push(store);
  const statuses: StorageStatus[] = [];
  store.onStatus((status) => statuses.push(status));
  return { store, statuses };
}

async function saved(store: WorksheetStore, doc: WorksheetDoc) {
  const result = await store.save(doc);
  if (result.type !== 'success') throw new Error(JSON.stringify(result));
  return result;
}

describe('a browser that refuses storage from the start (private browsing)', () => {
  test('works in memory and says why, once', async () => {
    const broken = breakableBackend();
    broken.fail(
      ['get', 'set', 'remove', 'keys'],
      'InvalidStateError',
      'A mutation operation was attempted on a database that did not allow mutations.',
    );
    const { store, statuses } = storeOver(broken.backend);

    expect(await store.list()).toEqual([]);
    const result = await saved(store, sampleDoc('feedback'));
    expect(result.mode).toBe('memory');
    expect((await store.list()).map((summary) => summary.id)).toEqual(['feedback-sample']);
    expect(await store.load('feedback-sample')).toMatchObject({ type: 'success' });
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ mode: 'memory', reason: 'unavailable' });
    expect(statuses[0]?.detail).toContain('InvalidStateError');
    expect(store.getStatus().mode).toBe('memory');
  });

  test('falls back when localforage finds no IndexedDB at all', async () => {
    const store = createWorksheetStore({
      backend: createLocalforageBackend({ name: 'test-no-idb' }),
      channel: null,
      requestPersist: null,
    });
    stores.push(store);
    const result = await store.save(sampleDoc('smart-ar'));
    expect(result).toMatchObject({ type: 'success', mode: 'memory' });
    expect(store.getStatus()).toMatchObject({ mode: 'memory', reason: 'unavailable' });
  });
});

describe('a disk that fills up mid-session', () => {
  test('keeps everything it had, stores the new save in memory and reports quota_exceeded', async () => {
    const broken = breakableBackend();
    const { store, statuses } = storeOver(broken.backend);
    await saved(store, sampleDoc('smart-ar', { id: 'early' }));
    await broken.inner.set('worksheet:other-tab', { ...sampleDoc('feedback', { id: 'other-tab' }) });

    broken.fail(['set'], 'QuotaExceededError');
    const late = await saved(store, sampleDoc('action-plan', { id: 'late' }));
    expect(late.mode).toBe('memory');
    expect(statuses).toEqual([expect.objectContaining({ mode: 'memory', reason: 'quota_exceeded' })]);

    for (const id of ['early', 'late', 'other-tab'])
      expect(await store.load(id)).toMatchObject({ type: 'success' });
    // The other tab's worksheet was copied to memory too; listing finds it although the index never had it.
    expect((await store.list()).map((summary) => summary.id).sort()).toEqual(['early', 'late', 'other-tab']);
  });
});

describe('a database that disappears completely mid-session', () => {
  test('keeps the worksheets this tab had read or written', async () => {
    const broken = breakableBackend();
    const { store, statuses } = storeOver(broken.backend);
    await saved(store, sampleDoc('smart-ar', { id: 'one' }));
    await saved(store, sampleDoc('feedback', { id: 'two' }));

    broken.fail(['get', 'set', 'remove', 'keys'], 'UnknownError', 'Internal error opening backing store');
    expect((await store.list()).map((summary) => summary.id).sort()).toEqual(['one', 'two']);
    expect(await store.load('one')).toMatchObject({ type: 'success', doc: { kind: 'smart-ar' } });
    expect(await store.save({ ...(await loadDoc(store, 'two')), title: 'still editable' })).toMatchObject({
      type: 'success',
      mode: 'memory',
    });
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toMatchObject({ mode: 'memory', reason: 'unavailable' });
  });

  test('drops list entries whose worksheet it never read, rather than list what it cannot open', async () => {
    const broken = breakableBackend();
    const { store } = storeOver(broken.backend);
    await saved(store, sampleDoc('smart-ar', { id: 'mine' }));
    // Another tab adds a worksheet; this tab learns of it only through the index.
    const other = createWorksheetStore({ backend: broken.backend, channel: null, requestPersist: null });
    stores.push(other);
    await saved(other, sampleDoc('feedback', { id: 'theirs' }));
    expect((await store.list()).map((summary) => summary.id).sort()).toEqual(['mine', 'theirs']);

    broken.fail(['get', 'set', 'remove', 'keys'], 'UnknownError');
    expect((await store.list()).map((summary) => summary.id)).toEqual(['mine']);
  });
});

describe('a blocked upgrade that never answers', () => {
  test('times out, switches to memory and reports timeout', async () => {
    const broken = breakableBackend();
    broken.hangOn(['get', 'set', 'remove', 'keys']);
    const { store, statuses } = storeOver(broken.backend, 20);
    expect(await store.save(sampleDoc('flash-retro'))).toMatchObject({ type: 'success', mode: 'memory' });
    expect(statuses).toEqual([expect.objectContaining({ mode: 'memory', reason: 'timeout' })]);
  });
});

describe('a backend that throws synchronously', () => {
  test('is treated like a rejection', async () => {
    const { store, statuses } = storeOver({
      name: 'throwing',
      get: () => {
        throw new Error('boom');
      },
      set: () => {
        throw new Error('boom');
      },
      remove: () => Promise.resolve(),
      keys: () => Promise.resolve([]),
    });
    expect(await store.list()).toEqual([]);
    expect(statuses).toEqual([expect.objectContaining({ mode: 'memory', reason: 'error' })]);
  });
});

describe('the store never rejects', () => {
  test('every method resolves while storage fails in every way', async () => {
    const broken = breakableBackend();
    const { store } = storeOver(broken.backend);
    const doc = (await saved(store, sampleDoc('grow-questions'))).doc;
    broken.fail(['get', 'set', 'remove', 'keys'], 'QuotaExceededError');
    const calls = [
      store.list(),
      store.ids(),
      store.load(doc.id),
      store.save(doc),
      store.duplicate(doc.id),
      store.rename(doc.id, 'x'),
      store.importDocs([sampleDoc('feedback')], 'keep-both'),
      store.exportAll({ source: '' }),
      store.remove(doc.id),
      store.restore(doc),
      store.clearPractice(),
    ];
    await expect(Promise.all(calls)).resolves.toHaveLength(calls.length);
  });
});

describe('classifyStorageError()', () => {
  test.each([
    [{ name: 'QuotaExceededError' }, 'quota_exceeded'],
    [new Error('The quota has been exceeded.'), 'quota_exceeded'],
    [{ name: 'SecurityError' }, 'unavailable'],
    [new Error('No available storage method found.'), 'unavailable'],
    [{ name: 'TimeoutError' }, 'timeout'],
    [new Error('something else'), 'error'],
    ['a string', 'error'],
  ])('classifies %j as %s', (error, reason) => {
    expect(classifyStorageError(error)).toBe(reason);
  });
});

async function loadDoc(store: WorksheetStore, id: string): Promise<WorksheetDoc> {
  const result = await store.load(id);
  if (result.type !== 'success') throw new Error(JSON.stringify(result));
  return result.doc;
}

describe('reading every worksheet at once (export, dashboards)', () => {
  test('reads them in one batch where the backend can', async () => {
    const broken = breakableBackend();
    let batches = 0;
    const getMany = broken.backend.getMany?.bind(broken.backend);
    const backend = { ...broken.backend, getMany: (keys: readonly string[]) => (batches++, getMany!(keys)) };
    const { store } = storeOver(backend);
    for (const kind of ['feedback', 'smart-ar', 'action-plan'] as const) await saved(store, sampleDoc(kind));
    const exported = await store.exportAll({ source: 'test' });
    expect(exported.type === 'success' && exported.file.worksheets.map((doc) => doc.kind).sort()).toEqual([
      'action-plan',
      'feedback',
      'smart-ar',
    ]);
    expect(batches).toBe(1);
  });

  test('a batch read that fails switches to memory and still gives everything this tab holds', async () => {
    const broken = breakableBackend();
    const { store, statuses } = storeOver(broken.backend);
    for (const kind of ['feedback', 'smart-ar'] as const) await saved(store, sampleDoc(kind));
    broken.fail(
      ['getMany'],
      'UnknownError',
      'The operation failed for reasons unrelated to the database itself',
    );
    const exported = await store.exportAll({ source: 'test' });
    expect(exported.type === 'success' && exported.file.worksheets).toHaveLength(2);
    expect(statuses.at(-1)).toMatchObject({ mode: 'memory' });
  });
});
