import type { WorksheetStore } from './worksheet-store';

/**
 * The page's one store, once something created it (see `getWorksheetStore` in ./index). Kept
 * in this tiny module so a page that only reads can ask "is there a store on this page?"
 * without loading the store's code.
 */
let current: WorksheetStore | undefined;

export function existingWorksheetStore(): WorksheetStore | undefined {
  return current;
}

export function rememberWorksheetStore(store: WorksheetStore): WorksheetStore {
  current = store;
  return store;
}
