import type { WorksheetStore } from './worksheet-store';

/**
 * The page's one store, with the storage code (the store, IndexedDB through localforage,
 * cross-tab sync: about 15 KB gzip) loaded on first use. Pages import this instead of
 * `./index` when they can open without reading storage, e.g. a blank new worksheet: the
 * code then loads with the first save or the first list, not with the page. Rejects when
 * the code cannot load (the connection dropped); the next call tries again.
 */
export async function loadWorksheetStore(): Promise<WorksheetStore> {
  const { getWorksheetStore } = await import('./index');
  return getWorksheetStore();
}
