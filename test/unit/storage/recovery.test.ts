import { afterEach, describe, expect, test, vi } from 'vitest';
import type { WorksheetDoc } from '../../../src/lib/worksheets/document';
import { createAutosaver, flushOnPageHide } from '../../../src/storage/autosave';
import type { KeyValueBackend } from '../../../src/storage/backend';
import { STORAGE_KEYS, worksheetKey } from '../../../src/storage/keys';
import { createMemoryBackend } from '../../../src/storage/memory-backend';
import { createResilientBackend } from '../../../src/storage/resilient-backend';
import { createUnsavedJournal } from '../../../src/storage/unsaved-journal';
import {
  createWorksheetStore,
  type SaveResult,
  type StorageStatus,
  type WorksheetStore,
  type WorksheetStoreOptions,
} from '../../../src/storage/worksheet-store';
import { sampleDoc } from '../lib/worksheets/fixtures';
import { breakableBackend, fakeWebStorage } from './helpers';

/**
 * Issue 9, defect 1: one storage failure must not cost an edit. A failure is retried with
 * backoff and the tab goes back to IndexedDB when it works; the localStorage copy of an edit
 * is removed only once the edit is on disk.
 */

const stores: WorksheetStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function webStorage() {
  const web = fakeWebStorage();
  return { ...web, journal: () => createUnsavedJournal(web.storage) };
}

function storeWith(options: WorksheetStoreOptions) {
  const store = createWorksheetStore({
    channel: null,
    requestPersist: null,
    timeoutMs: 200,
    retryDelaysMs: [20, 40, 80],
    ...options,
  });
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

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A breakable backend that fails the next `count` writes (set) with `name`, then works again. */
function failingWrites(count: number, name = 'QuotaExceededError') {
  const inner = createMemoryBackend();
  let left = count;
  let injected = 0;
  const backend: KeyValueBackend = {
    name: 'flaky',
    get: (key) => inner.get(key),
    keys: () => inner.keys(),
    remove: (key) => inner.remove(key),
    set: (key, value) => {
      if (left > 0) {
        left -= 1;
        injected += 1;
        return Promise.reject(Object.assign(new Error(`${name} injected`), { name }));
      }
      return inner.set(key, value);
    },
  };
  return { backend, inner, injected: () => injected };
}

describe('one quota error (defect 1 as reported)', () => {
  test('the tab goes back to IndexedDB and what was typed meanwhile ends up on disk', async () => {
    const flaky = failingWrites(0);
    const web = webStorage();
    const { store, statuses } = storeWith({ backend: flaky.backend, journal: web.journal() });
    const first = await saved(store, sampleDoc('smart-ar', { id: 'goal' }));

    const broken = failingWrites(1);
    // Same data, now with one failing write ahead.
    for (const [key, value] of flaky.inner.snapshot()) await broken.inner.set(key, value);
    const tab = storeWith({ backend: broken.backend, journal: web.journal() });
    await tab.store.list();
    const inMemory = await saved(tab.store, { ...first.doc, title: 'typed during the failure' });
    expect(inMemory.mode).toBe('memory');

    await wait(60);
    const back = await saved(tab.store, { ...inMemory.doc, title: 'typed after it healed' });
    expect(back.mode).toBe('persistent');
    expect(tab.store.getStatus().mode).toBe('persistent');
    expect(tab.statuses.map((status) => status.mode)).toEqual(['memory', 'persistent']);
    expect(await broken.inner.get(worksheetKey('goal'))).toMatchObject({ title: 'typed after it healed' });
    expect(statuses).toEqual([]);
  });

  test('a retry on its own, with no further typing, writes the memory copy back to disk', async () => {
    const broken = failingWrites(1);
    const web = webStorage();
    const { store } = storeWith({ backend: broken.backend, journal: web.journal() });
    const result = await saved(store, sampleDoc('feedback', { id: 'fb', title: 'only in memory' }));
    expect(result.mode).toBe('memory');
    expect([...web.items.keys()]).toEqual([`${STORAGE_KEYS.UNSAVED_PREFIX}fb`]);

    await vi.waitFor(() => expect(store.getStatus().mode).toBe('persistent'), { timeout: 2000 });
    expect(await broken.inner.get(worksheetKey('fb'))).toMatchObject({ title: 'only in memory' });
    // On disk now: the emergency copy goes.
    expect([...web.items.keys()]).toEqual([]);
    expect((await store.list()).map((summary) => summary.id)).toEqual(['fb']);
  });

  test('a reload after the failure shows the typing (the copy outlives the tab)', async () => {
    const broken = failingWrites(1);
    const web = webStorage();
    const tab = storeWith({ backend: broken.backend, journal: web.journal(), retryDelaysMs: [60_000] });
    const first = await saved(tab.store, sampleDoc('smart-ar', { id: 'goal', title: 'good save' }));
    expect(first.mode).toBe('memory');
    await saved(tab.store, { ...first.doc, title: 'typed, then the tab was hidden' });
    tab.store.dispose();

    // The reload: a new store over the same (now working) IndexedDB and localStorage.
    const { store } = storeWith({ backend: broken.backend, journal: web.journal() });
    expect(await store.load('goal')).toMatchObject({
      type: 'success',
      doc: { title: 'typed, then the tab was hidden' },
    });
    expect([...web.items.keys()]).toEqual([]);
  });
});

describe('retrying with backoff', () => {
  test('waits longer after each failure, and comes back once writes work', async () => {
    let clock = 0;
    const flaky = failingWrites(3, 'DataError');
    const fallbacks: string[] = [];
    const recoveries: number[] = [];
    const backend = createResilientBackend({
      primary: flaky.backend,
      timeoutMs: 0,
      retryDelaysMs: [100, 200, 400],
      now: () => clock,
      onFallback: (event) => Promise.resolve(void fallbacks.push(event.reason)),
      onRecover: async (persistent, memory, changed) => {
        for (const key of changed) await persistent.set(key, await memory.get(key));
        recoveries.push(clock);
      },
    });
    const write = (value: number) => backend.run((kv) => kv.set('k', value));

    await write(1); // fails → memory, retry at 100
    expect(backend.mode).toBe('memory');
    expect(backend.nextRetryAt).toBe(100);
    clock = 50;
    await write(2); // not due: memory, no attempt
    expect(flaky.injected()).toBe(1);
    clock = 100;
    await write(3); // due: recovery write fails (2nd), next at 100 + 200
    expect(flaky.injected()).toBe(2);
    expect(backend.nextRetryAt).toBe(300);
    clock = 300;
    await write(4); // fails (3rd), next at 300 + 400
    expect(backend.nextRetryAt).toBe(700);
    clock = 700;
    await write(5); // works: memory's value written back, then this write goes to disk
    expect(backend.mode).toBe('persistent');
    expect(backend.nextRetryAt).toBeUndefined();
    expect(recoveries).toEqual([700]);
    expect(await flaky.inner.get('k')).toBe(5);
    expect(fallbacks).toEqual(['error']);
  });

  test('caps the delay at the last step', async () => {
    let clock = 0;
    const flaky = failingWrites(10, 'DataError');
    const backend = createResilientBackend({
      primary: flaky.backend,
      timeoutMs: 0,
      retryDelaysMs: [10, 20],
      now: () => clock,
      onFallback: () => Promise.resolve(),
      onRecover: async (persistent, memory, changed) => {
        for (const key of changed) await persistent.set(key, await memory.get(key));
      },
    });
    await backend.run((kv) => kv.set('k', 1));
    const delays: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const due = backend.nextRetryAt ?? 0;
      delays.push(due - clock);
      clock = due;
      await backend.run((kv) => kv.set('k', i));
    }
    expect(delays).toEqual([10, 20, 20, 20]);
  });
});

describe('the emergency copy in localStorage', () => {
  test('is kept for every save that reached only memory, and never dropped by one', async () => {
    const broken = breakableBackend();
    const web = webStorage();
    const { store } = storeWith({ backend: broken.backend, journal: web.journal(), retryDelaysMs: [60_000] });
    const doc = (await saved(store, sampleDoc('smart-ar', { id: 'goal' }))).doc;
    broken.fail(['set'], 'QuotaExceededError');
    const result = await saved(store, { ...doc, title: 'memory only' });
    expect(result.mode).toBe('memory');
    const copy = JSON.parse(web.items.get(`${STORAGE_KEYS.UNSAVED_PREFIX}goal`) ?? 'null') as WorksheetDoc;
    expect(copy).toMatchObject({ title: 'memory only' });
  });

  test('flushOnPageHide keeps the copy when the flush only reached memory', async () => {
    vi.useFakeTimers();
    const page = new EventTarget();
    vi.stubGlobal('window', page);
    vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
    const save = vi.fn((doc: WorksheetDoc): Promise<SaveResult> =>
      Promise.resolve({ type: 'success', doc: { ...doc, revision: doc.revision + 1 }, mode: 'memory' }),
    );
    const autosaver = createAutosaver((doc) => save(doc as WorksheetDoc));
    const keeper = { keepUnsaved: vi.fn(), forgetUnsaved: vi.fn() };
    flushOnPageHide(autosaver, keeper);
    const doc = { ...sampleDoc('feedback'), title: 'typed' };
    autosaver.schedule(doc);
    await vi.advanceTimersByTimeAsync(300);
    // Saved, but only in memory: still not on disk.
    expect(autosaver.unsaved()).toMatchObject({ title: 'typed' });

    page.dispatchEvent(new Event('pagehide'));
    expect(keeper.keepUnsaved).toHaveBeenCalledWith(expect.objectContaining({ title: 'typed' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(keeper.forgetUnsaved).not.toHaveBeenCalled();
  });

  test('a pagehide copy of edits newer than the save in flight survives that save', async () => {
    let finish: (result: SaveResult) => void = () => {};
    const autosaver = createAutosaver(
      () =>
        new Promise<SaveResult>((resolve) => {
          finish = resolve;
        }),
      { delayMs: 1 },
    );
    const doc = { ...sampleDoc('feedback'), revision: 3, title: 'one' };
    autosaver.schedule(doc);
    void autosaver.flush();
    await wait(0); // the save of 'one' is under way
    autosaver.schedule({ ...doc, title: 'two' });
    // The copy pagehide takes now must not look older than what the save in flight will store.
    expect(autosaver.unsaved()).toMatchObject({ title: 'two', revision: 4 });
    finish({ type: 'success', doc: { ...doc, revision: 4 }, mode: 'persistent' });
  });
});

describe('the timeout', () => {
  test('does not count loading the storage code, only the database', async () => {
    // Like the localforage backend: every call first waits for the code to arrive.
    const inner = createMemoryBackend();
    let loading: Promise<unknown> | undefined;
    const load = () => (loading ??= wait(120));
    const slowCode: KeyValueBackend = {
      name: 'slow-to-load',
      prepare: async () => void (await load()),
      get: async (key) => (await load(), inner.get(key)),
      set: async (key, value) => (await load(), inner.set(key, value)),
      remove: async (key) => (await load(), inner.remove(key)),
      keys: async () => (await load(), inner.keys()),
    };
    const { store, statuses } = storeWith({ backend: slowCode, timeoutMs: 40 });
    expect(await store.save(sampleDoc('smart-ar'))).toMatchObject({ type: 'success', mode: 'persistent' });
    expect(statuses).toEqual([]);
  });
});

describe('an import while storage is failing', () => {
  test('says the result lives only in memory', async () => {
    const broken = breakableBackend();
    broken.fail(['set'], 'QuotaExceededError');
    const { store } = storeWith({ backend: broken.backend, retryDelaysMs: [60_000] });
    expect(await store.importDocs([sampleDoc('feedback')], new Map())).toMatchObject({
      type: 'success',
      mode: 'memory',
    });
  });
});
