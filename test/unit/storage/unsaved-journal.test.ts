import { describe, expect, test } from 'vitest';
import type { WorksheetDoc } from '../../../src/lib/worksheets/document';
import { STORAGE_KEYS } from '../../../src/storage/keys';
import { createMemoryBackend } from '../../../src/storage/memory-backend';
import { createUnsavedJournal } from '../../../src/storage/unsaved-journal';
import { createWorksheetStore, type WorksheetStoreOptions } from '../../../src/storage/worksheet-store';
import { sampleDoc } from '../lib/worksheets/fixtures';
import { fakeWebStorage } from './helpers';

function storeWith(options: WorksheetStoreOptions) {
  return createWorksheetStore({ channel: null, requestPersist: null, ...options });
}

async function saved(store: ReturnType<typeof storeWith>, doc: WorksheetDoc) {
  const result = await store.save(doc);
  if (result.type !== 'success') throw new Error(JSON.stringify(result));
  return result.doc;
}

describe('the unsaved journal', () => {
  test('keeps one copy per worksheet, replacing older ones, and forgets on request', () => {
    const { storage, items } = fakeWebStorage();
    const journal = createUnsavedJournal(storage);
    const doc = sampleDoc('smart-ar', { id: 'goal-1' });
    journal.keep({ ...doc, title: 'first' });
    journal.keep({ ...doc, title: 'second' });
    items.set('unrelated', 'x');

    expect(journal.entries()).toEqual([{ id: 'goal-1', doc: { ...doc, title: 'second' } }]);
    journal.forget('goal-1');
    expect(journal.entries()).toEqual([]);
    expect(items.get('unrelated')).toBe('x');
  });

  test('never throws: a full Web Storage, no Web Storage, an unreadable copy', () => {
    const { storage, items, fail } = fakeWebStorage();
    items.set(`${STORAGE_KEYS.UNSAVED_PREFIX}broken`, '{not json');
    const journal = createUnsavedJournal(storage);
    expect(journal.entries()).toEqual([]);
    expect(items.size).toBe(0);
    fail();
    expect(() => journal.keep(sampleDoc('feedback'))).not.toThrow();
    const none = createUnsavedJournal(undefined);
    expect(() => none.keep(sampleDoc('feedback'))).not.toThrow();
    expect(none.entries()).toEqual([]);
  });
});

describe('a store saves what the last page left in the journal', () => {
  test('before its first operation, so the reopened worksheet shows the last words typed', async () => {
    const backend = createMemoryBackend();
    const web = fakeWebStorage();
    const first = storeWith({ backend, journal: createUnsavedJournal(web.storage) });
    const stored = await saved(first, sampleDoc('smart-ar', { id: 'goal-1' }));
    // The page is left mid-save: only the synchronous copy survives.
    first.keepUnsaved({ ...stored, title: 'typed just before leaving' });
    first.dispose();

    const next = storeWith({ backend, journal: createUnsavedJournal(web.storage) });
    expect(await next.load('goal-1')).toMatchObject({
      type: 'success',
      doc: { title: 'typed just before leaving', revision: stored.revision + 1 },
    });
    expect([...web.items.keys()]).toEqual([]);
  });

  test('but not over a newer revision another tab stored in between', async () => {
    const backend = createMemoryBackend();
    const web = fakeWebStorage();
    const left = storeWith({ backend, journal: createUnsavedJournal(web.storage) });
    const stored = await saved(left, sampleDoc('smart-ar', { id: 'goal-1' }));
    left.keepUnsaved({ ...stored, title: 'stale copy' });
    await saved(storeWith({ backend, journal: createUnsavedJournal(undefined) }), {
      ...stored,
      title: 'newer, from another tab',
    });

    const next = storeWith({ backend, journal: createUnsavedJournal(web.storage) });
    expect(await next.load('goal-1')).toMatchObject({ doc: { title: 'newer, from another tab' } });
    expect([...web.items.keys()]).toEqual([]);
  });

  test('and drops a copy that is not a valid worksheet', async () => {
    const web = fakeWebStorage();
    web.items.set(`${STORAGE_KEYS.UNSAVED_PREFIX}odd`, JSON.stringify({ id: 'odd', kind: 'nope' }));
    const store = storeWith({ backend: createMemoryBackend(), journal: createUnsavedJournal(web.storage) });
    expect(await store.list()).toEqual([]);
    expect([...web.items.keys()]).toEqual([]);
  });

  test('keeping the copy while storage is only in memory, for a later page that can store it', async () => {
    const web = fakeWebStorage();
    const doc = sampleDoc('feedback', { id: 'fb-1' });
    createUnsavedJournal(web.storage).keep(doc);
    const store = storeWith({ backend: null, journal: createUnsavedJournal(web.storage) });
    expect(await store.load('fb-1')).toMatchObject({ type: 'success' });
    expect([...web.items.keys()]).toEqual([`${STORAGE_KEYS.UNSAVED_PREFIX}fb-1`]);
  });
});
