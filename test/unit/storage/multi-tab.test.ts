import { afterEach, describe, expect, test, vi } from 'vitest';
import type { WorksheetDoc } from '../../../src/lib/worksheets/document';
import { inProcessLock, type CrossTabLock } from '../../../src/storage/cross-tab-lock';
import { STORAGE_KEYS, worksheetKey } from '../../../src/storage/keys';
import { createMemoryBackend } from '../../../src/storage/memory-backend';
import { browserChannelFactory, type TabMessage } from '../../../src/storage/tab-sync';
import {
  createWorksheetStore,
  type WorksheetStore,
  type WorksheetStoreOptions,
} from '../../../src/storage/worksheet-store';
import { sampleDoc } from '../lib/worksheets/fixtures';
import { breakableBackend, channelHub } from './helpers';

const stores: WorksheetStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.dispose();
});

/** Two tabs: two stores over one shared "IndexedDB" and one channel hub. */
function twoTabs(options: WorksheetStoreOptions = {}) {
  const shared = createMemoryBackend();
  const hub = channelHub();
  const open = () => {
    const store = createWorksheetStore({
      backend: shared,
      channel: hub.factory,
      requestPersist: null,
      ...options,
    });
    stores.push(store);
    return store;
  };
  return { a: open(), b: open(), shared, hub };
}

async function saved(store: WorksheetStore, doc: WorksheetDoc) {
  const result = await store.save(doc);
  if (result.type !== 'success') throw new Error(JSON.stringify(result));
  return result.doc;
}

describe('conflict detection', () => {
  test('refuses a save based on an older revision than the stored one', async () => {
    const { a, b } = twoTabs();
    const original = await saved(a, sampleDoc('smart-ar'));
    const inB = await b.load(original.id);
    if (inB.type !== 'success') throw new Error('load failed');
    await saved(a, { ...original, title: 'A edits' });

    const result = await b.save({ ...inB.doc, title: 'B edits' });
    expect(result).toEqual({
      type: 'conflict',
      reason: 'newer_revision',
      id: original.id,
      storedRevision: 2,
      yourRevision: 1,
    });
    expect(await a.load(original.id)).toMatchObject({ doc: { title: 'A edits' } });
  });

  test('lets the user overwrite on purpose by saving with the stored revision', async () => {
    const { a, b } = twoTabs();
    const original = await saved(a, sampleDoc('smart-ar'));
    await saved(a, { ...original, title: 'A edits' });
    const conflict = await b.save({ ...original, title: 'B wins' });
    if (conflict.type !== 'conflict') throw new Error('expected a conflict');
    expect(await b.save({ ...original, title: 'B wins', revision: conflict.storedRevision })).toMatchObject({
      type: 'success',
      doc: { revision: 3 },
    });
  });

  test('never lets an older version of the site overwrite a worksheet saved by a newer one', async () => {
    const { a, shared } = twoTabs();
    const doc = await saved(a, sampleDoc('feedback'));
    // A newer release in another tab stored the next schema version of this worksheet.
    const newer = doc.schemaVersion + 1;
    await shared.set(worksheetKey(doc.id), { ...doc, schemaVersion: newer, revision: 2 });
    await shared.set('worksheet-index', {
      version: 1,
      entries: [{ ...doc, data: undefined, schemaVersion: newer, revision: 2 }],
    });
    expect(await a.save({ ...doc, revision: 5 })).toMatchObject({ type: 'conflict', reason: 'newer_schema' });
    expect(await shared.get(worksheetKey(doc.id))).toMatchObject({ schemaVersion: newer });
  });

  test('does not mistake a save after its own save for a conflict', async () => {
    const { a } = twoTabs();
    const first = await saved(a, sampleDoc('feedback'));
    expect(await a.save({ ...first, title: 'again' })).toMatchObject({
      type: 'success',
      doc: { revision: 2 },
    });
  });
});

describe('tab messages', () => {
  test('tell the other tab which worksheet was saved and at which revision', async () => {
    const { a, b } = twoTabs();
    const heard: TabMessage[] = [];
    b.onExternalChange((message) => heard.push(message));
    const doc = await saved(a, sampleDoc('prep-planner'));
    await a.remove(doc.id);
    expect(heard).toEqual([
      { type: 'saved', id: doc.id, revision: 1, schemaVersion: 1 },
      { type: 'removed', id: doc.id, revision: 1, schemaVersion: 1 },
    ]);
  });

  test('are not heard by the tab that sent them', async () => {
    const { a } = twoTabs();
    const heard: TabMessage[] = [];
    a.onExternalChange((message) => heard.push(message));
    await saved(a, sampleDoc('prep-planner'));
    expect(heard).toEqual([]);
  });

  test('ignore malformed messages from other code on the channel', () => {
    const hub = channelHub();
    const store = createWorksheetStore({
      backend: createMemoryBackend(),
      channel: hub.factory,
      requestPersist: null,
    });
    stores.push(store);
    const listener = vi.fn();
    store.onExternalChange(listener);
    const stranger = hub.factory('coaching-toolkit');
    stranger?.postMessage({ type: 'saved', id: 42 });
    stranger?.postMessage('hello');
    expect(listener).not.toHaveBeenCalled();
  });

  test('are not sent while the store is in memory mode, where other tabs could not reload anyway', async () => {
    const broken = breakableBackend();
    broken.fail(['get', 'set', 'remove', 'keys'], 'InvalidStateError');
    const hub = channelHub();
    const store = createWorksheetStore({
      backend: broken.backend,
      channel: hub.factory,
      requestPersist: null,
    });
    stores.push(store);
    await saved(store, sampleDoc('feedback'));
    expect(hub.posted).toEqual([]);
  });

  test('open no channel until first used, and close it on dispose', async () => {
    const hub = channelHub();
    const store = createWorksheetStore({
      backend: createMemoryBackend(),
      channel: hub.factory,
      requestPersist: null,
    });
    expect(hub.openCount()).toBe(0);
    await saved(store, sampleDoc('feedback'));
    expect(hub.openCount()).toBe(1);
    store.dispose();
    expect(hub.openCount()).toBe(0);
  });

  test('travel over a real BroadcastChannel between two stores', async () => {
    const shared = createMemoryBackend();
    const a = createWorksheetStore({ backend: shared, channel: browserChannelFactory, requestPersist: null });
    const b = createWorksheetStore({ backend: shared, channel: browserChannelFactory, requestPersist: null });
    stores.push(a, b);
    const heard = new Promise<TabMessage>((resolve) => b.onExternalChange(resolve));
    const doc = await saved(a, sampleDoc('feedback'));
    await expect(heard).resolves.toEqual({
      type: 'saved',
      id: doc.id,
      revision: 1,
      schemaVersion: doc.schemaVersion,
    });
  });
});

describe('the summary index across tabs', () => {
  /** The ids in the stored index, read straight from the shared backend (not through `list()`, which repairs). */
  async function indexedIds(shared: ReturnType<typeof createMemoryBackend>) {
    const index = (await shared.get(STORAGE_KEYS.WORKSHEET_INDEX)) as { entries: { id: string }[] };
    return index.entries.map((entry) => entry.id).sort();
  }

  test('two tabs saving different worksheets at the same instant both stay in the index', async () => {
    const { a, b, shared } = twoTabs({ lock: inProcessLock() });
    const first = { ...sampleDoc('smart-ar'), id: 'from-tab-a' };
    const second = { ...sampleDoc('feedback'), id: 'from-tab-b' };

    await Promise.all([saved(a, first), saved(b, second)]);

    expect(await indexedIds(shared)).toEqual(['from-tab-a', 'from-tab-b']);
  });

  test('without the lock the same race drops an entry, and listing puts it back', async () => {
    const noLock: CrossTabLock = (operation) => operation();
    const { a, b, shared } = twoTabs({ lock: noLock });
    const first = { ...sampleDoc('smart-ar'), id: 'from-tab-a' };
    const second = { ...sampleDoc('feedback'), id: 'from-tab-b' };

    await Promise.all([saved(a, first), saved(b, second)]);
    expect(await indexedIds(shared)).toHaveLength(1);

    expect((await a.list()).map((summary) => summary.id).sort()).toEqual(['from-tab-a', 'from-tab-b']);
    expect(await indexedIds(shared)).toEqual(['from-tab-a', 'from-tab-b']);
  });

  test('listing drops an entry whose worksheet is no longer stored', async () => {
    const { a, b, shared } = twoTabs({ lock: inProcessLock() });
    const kept = await saved(a, { ...sampleDoc('smart-ar'), id: 'kept' });
    await saved(a, { ...sampleDoc('feedback'), id: 'gone' });
    await shared.remove(worksheetKey('gone'));

    expect((await b.list()).map((summary) => summary.id)).toEqual([kept.id]);
    expect(await indexedIds(shared)).toEqual(['kept']);
  });
});
