import { STORAGE_KEYS } from './keys';

/** How long a read may wait for the database (another tab upgrading it can hold it). */
const OPEN_TIMEOUT_MS = 3000;

export interface ReadStoredOptions {
  /** The database and object store; the store's own names unless a test passes others. */
  database?: string;
  storeName?: string;
  /** Where IndexedDB comes from; tests pass `null` for a browser without it. */
  indexedDb?: IDBFactory | null;
}

/** The browser's IndexedDB; none in Node, or where touching it throws (some sandboxed frames). */
function browserIndexedDb(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}

/** A key and what is stored under it. */
export type StoredEntry = readonly [key: string, value: unknown];

/**
 * Every key and value stored under a key prefix, read straight from the IndexedDB database the store
 * writes through localforage (same database, same object store, keys as localforage stores
 * them: it adds no prefix in IndexedDB), in one readonly transaction, without loading
 * localforage or the store. For a page that only reads (the dashboards): about 12 KB gzip
 * less script, and no lock, index or damaged-record scan before the first figures.
 *
 * Resolves `[]` when nothing was ever saved on this device (no database, or no object store
 * yet), creating neither, and `undefined` when IndexedDB cannot be read here (missing, refused,
 * blocked past the timeout): the caller then takes the store's path, which has the fallbacks.
 */
export function readStoredEntries(
  prefix: string,
  options: ReadStoredOptions = {},
): Promise<StoredEntry[] | undefined> {
  const factory = options.indexedDb === undefined ? browserIndexedDb() : options.indexedDb;
  const database = options.database ?? STORAGE_KEYS.DATABASE;
  const storeName = options.storeName ?? STORAGE_KEYS.STORE;
  if (factory === null || factory === undefined) return Promise.resolve(undefined);

  return new Promise((resolve) => {
    let settled = false;
    const finish = (entries: StoredEntry[] | undefined) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(entries);
    };
    const timer = setTimeout(() => finish(undefined), OPEN_TIMEOUT_MS);

    let request: IDBOpenDBRequest;
    try {
      request = factory.open(database);
    } catch {
      finish(undefined);
      return;
    }
    let absent = false;
    request.onupgradeneeded = () => {
      // No database yet: nothing was saved. Abort so that reading creates nothing.
      absent = true;
      request.transaction?.abort();
    };
    request.onerror = (event) => {
      event.preventDefault();
      finish(absent ? [] : undefined);
    };
    request.onsuccess = () => {
      const db = request.result;
      // Never stand in the way of the store upgrading the database in another tab.
      db.onversionchange = () => db.close();
      if (settled || !db.objectStoreNames.contains(storeName)) {
        db.close();
        finish(settled ? undefined : []);
        return;
      }
      try {
        const transaction = db.transaction(storeName, 'readonly');
        const store = transaction.objectStore(storeName);
        const range = IDBKeyRange.bound(prefix, `${prefix}\uffff`);
        // Both requests run in one snapshot and list the range in the same key order.
        const keys = store.getAllKeys(range);
        const values = store.getAll(range);
        transaction.oncomplete = () => {
          db.close();
          const found = values.result as unknown[];
          // Keys under a string prefix are strings.
          finish(keys.result.map((key, index) => [key as string, found[index]] as const));
        };
        transaction.onerror = transaction.onabort = () => {
          db.close();
          finish(undefined);
        };
      } catch {
        db.close();
        finish(undefined);
      }
    };
  });
}
