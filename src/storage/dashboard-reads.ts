import { loadKindsAndValidateAll, type WorksheetDocLike } from '../lib/worksheets/document';
import { STORAGE_KEYS, worksheetKey } from './keys';
import { loadWorksheetStore } from './load';
import { existingWorksheetStore } from './page-store';
import { loadAllWorksheets } from './people';
import { readStoredEntries, type StoredEntry } from './read-stored';
import { browserChannelFactory, createTabSync, type ChannelFactory } from './tab-sync';
import { browserSyncStorage, createUnsavedJournal, type SyncStorage } from './unsaved-journal';
import type { WorksheetStore } from './worksheet-store';

/**
 * How the dashboards read every worksheet. The quick way reads IndexedDB directly
 * (read-stored.ts) and validates each record as the store does; the store's way
 * (`loadAllWorksheets`) loads the store first. The store's way is taken whenever the quick
 * way could miss something:
 * - a store already runs on this page (the dashboard's own buttons wrote through it, maybe
 *   into memory while IndexedDB refuses writes);
 * - a page left unsaved copies in localStorage: the store saves them before it reads;
 * - IndexedDB cannot be read here (the store then falls back to memory and says so).
 */
export interface DashboardReadDeps {
  existingStore: () => WorksheetStore | undefined;
  loadStore: () => Promise<WorksheetStore>;
  readEntries: (prefix: string) => Promise<StoredEntry[] | undefined>;
  syncStorage: SyncStorage | undefined;
}

const browserDeps: DashboardReadDeps = {
  existingStore: existingWorksheetStore,
  loadStore: loadWorksheetStore,
  readEntries: (prefix) => readStoredEntries(prefix),
  get syncStorage() {
    return browserSyncStorage();
  },
};

/** Every stored worksheet with its data, validated and migrated (unreadable ones are skipped). */
export async function readAllWorksheets(deps: DashboardReadDeps = browserDeps): Promise<WorksheetDocLike[]> {
  const running = deps.existingStore();
  if (running !== undefined) return loadAllWorksheets(running);
  const unsaved = createUnsavedJournal(deps.syncStorage).entries().length > 0;
  const entries = unsaved ? undefined : await deps.readEntries(STORAGE_KEYS.WORKSHEET_PREFIX);
  if (entries === undefined) return loadAllWorksheets(await deps.loadStore());
  mark('dashboard:read');
  const results = await loadKindsAndValidateAll(entries.map(([, value]) => value));
  mark('dashboard:validated');
  // As the store does, a worksheet stored under another worksheet's key is damaged, not shown.
  return results.flatMap((result, index) =>
    result.type === 'success' && worksheetKey(result.doc.id) === entries[index]?.[0] ? [result.doc] : [],
  );
}

/** A performance mark the dashboard benchmark reads (test/bench/dashboard.mjs); nothing else. */
function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/**
 * Calls `listener` when another tab saves or removes a worksheet (the same messages the store
 * sends); returns the function that stops listening.
 */
export function watchOtherTabs(
  listener: () => void,
  factory: ChannelFactory = browserChannelFactory,
): () => void {
  const tabs = createTabSync(factory, STORAGE_KEYS.BROADCAST_CHANNEL);
  tabs.subscribe(() => listener());
  return () => tabs.close();
}
