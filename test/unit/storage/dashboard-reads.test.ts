import { describe, expect, test, vi } from 'vitest';
import {
  readAllWorksheets,
  watchOtherTabs,
  type DashboardReadDeps,
} from '../../../src/storage/dashboard-reads';
import { worksheetKey } from '../../../src/storage/keys';
import { createMemoryBackend } from '../../../src/storage/memory-backend';
import type { StoredEntry } from '../../../src/storage/read-stored';
import { createUnsavedJournal } from '../../../src/storage/unsaved-journal';
import { createWorksheetStore, type WorksheetStore } from '../../../src/storage/worksheet-store';
import { sampleDoc } from '../lib/worksheets/fixtures';
import { channelHub, fakeWebStorage } from './helpers';

/**
 * The dashboards read every worksheet straight from IndexedDB when that can miss nothing, and
 * through the store otherwise (a store already on the page, unsaved copies waiting, IndexedDB
 * unreadable). Either way they see the same worksheets the store would export.
 */

const goal = sampleDoc('smart-ar', { id: 'goal-1', person: 'Zhao' });
const plan = sampleDoc('action-plan', { id: 'plan-1', person: 'Zhao' });

function storeWith(...docs: unknown[]) {
  const backend = createMemoryBackend();
  const store = createWorksheetStore({
    backend,
    channel: null,
    requestPersist: null,
    journal: createUnsavedJournal(undefined),
  });
  return { store, ready: Promise.all(docs.map((doc) => store.save(doc as typeof goal))) };
}

function deps(
  overrides: Partial<DashboardReadDeps> & { entries?: StoredEntry[] | undefined },
): DashboardReadDeps & {
  loadStore: ReturnType<typeof vi.fn>;
  readEntries: ReturnType<typeof vi.fn>;
} {
  const { entries, ...rest } = overrides;
  const loadStore = vi.fn((): Promise<WorksheetStore> =>
    Promise.reject(new Error('the store was not expected to load')),
  );
  const readEntries = vi.fn(() => Promise.resolve(entries));
  return { existingStore: () => undefined, syncStorage: undefined, loadStore, readEntries, ...rest } as never;
}

describe('reading every worksheet for the dashboards', () => {
  test('reads IndexedDB directly and validates each record, without loading the store', async () => {
    const d = deps({
      entries: [
        [worksheetKey(goal.id), goal],
        [worksheetKey(plan.id), plan],
        [worksheetKey('broken'), { id: 'broken', kind: 'smart-ar', schemaVersion: 1, data: 42 }],
        [worksheetKey('not-an-object'), 'a string'],
      ],
    });
    const docs = await readAllWorksheets(d);
    expect(docs.map((doc) => doc.id).sort()).toEqual(['goal-1', 'plan-1']);
    expect(d.loadStore).not.toHaveBeenCalled();
  });

  test('leaves out a worksheet stored under another worksheet’s key, as the store does', async () => {
    const docs = await readAllWorksheets(
      deps({
        entries: [
          [worksheetKey('somebody-else'), goal],
          [worksheetKey(plan.id), plan],
        ],
      }),
    );
    expect(docs.map((doc) => doc.id)).toEqual(['plan-1']);
  });

  test('nothing saved on this device reads as no worksheets, without the store', async () => {
    const d = deps({ entries: [] });
    expect(await readAllWorksheets(d)).toEqual([]);
    expect(d.loadStore).not.toHaveBeenCalled();
  });

  test('when IndexedDB cannot be read directly, reads through the store', async () => {
    const { store, ready } = storeWith(goal);
    await ready;
    const d = deps({ entries: undefined, loadStore: vi.fn(() => Promise.resolve(store)) });
    expect((await readAllWorksheets(d)).map((doc) => doc.id)).toEqual(['goal-1']);
    expect(d.loadStore).toHaveBeenCalledOnce();
  });

  test('when a page left unsaved copies, reads through the store, which saves them first', async () => {
    const web = fakeWebStorage();
    createUnsavedJournal(web.storage).keep({ ...goal, title: 'typed just before leaving' });
    const backend = createMemoryBackend();
    const store = createWorksheetStore({
      backend,
      channel: null,
      requestPersist: null,
      journal: createUnsavedJournal(web.storage),
    });
    const d = deps({ entries: [], syncStorage: web.storage, loadStore: vi.fn(() => Promise.resolve(store)) });
    const docs = await readAllWorksheets(d);
    expect(d.readEntries).not.toHaveBeenCalled();
    expect(docs.map((doc) => doc.title)).toEqual(['typed just before leaving']);
    expect(web.items.size).toBe(0);
  });

  test('when a store already runs on the page, reads through it (it may hold writes IndexedDB refused)', async () => {
    const { store, ready } = storeWith(goal, plan);
    await ready;
    const d = deps({ entries: [], existingStore: () => store });
    expect((await readAllWorksheets(d)).map((doc) => doc.id).sort()).toEqual(['goal-1', 'plan-1']);
    expect(d.readEntries).not.toHaveBeenCalled();
  });
});

describe('watching other tabs', () => {
  test('calls back when another tab saves, and stops listening when told', () => {
    const hub = channelHub();
    const listener = vi.fn();
    const stop = watchOtherTabs(listener, hub.factory);
    const otherTab = hub.factory('coaching-toolkit');
    otherTab?.postMessage({ type: 'saved', id: 'goal-1', revision: 2, schemaVersion: 1 });
    otherTab?.postMessage({ type: 'not a tab message' });
    expect(listener).toHaveBeenCalledOnce();
    stop();
    expect(hub.openCount()).toBe(1);
    otherTab?.postMessage({ type: 'removed', id: 'goal-1', revision: 2, schemaVersion: 1 });
    expect(listener).toHaveBeenCalledOnce();
  });
});
