import type { KeyValueBackend } from './backend';
import { STORAGE_KEYS } from './keys';

type LocalForageInstance = ReturnType<(typeof import('localforage'))['createInstance']>;

/**
 * localforage keeps its open IndexedDB connection in `_dbInfo` (stable across the 1.x line,
 * and what localforage's own batch plugins use). Returns undefined when that is not there,
 * and the caller falls back to one `setItem` per entry.
 */
function indexedDbOf(
  instance: LocalForageInstance,
): { database: IDBDatabase; storeName: string } | undefined {
  const info = (instance as unknown as { _dbInfo?: { db?: unknown; storeName?: unknown } })._dbInfo;
  if (typeof IDBDatabase === 'undefined' || !(info?.db instanceof IDBDatabase)) return undefined;
  return typeof info.storeName === 'string' ? { database: info.db, storeName: info.storeName } : undefined;
}

/**
 * IndexedDB through localforage. Nothing happens until the first call: localforage is
 * imported and the database opened on demand, so importing this module during server
 * rendering or page load reads no storage. Only IndexedDB is allowed as a driver; when it
 * is missing or broken (private browsing, a blocked upgrade) the calls reject and the store
 * falls back to memory, rather than localforage quietly switching to a 5 MB localStorage.
 */
export function createLocalforageBackend(
  options: { name?: string; storeName?: string } = {},
): KeyValueBackend {
  let code: Promise<typeof import('localforage')> | undefined;
  const load = () => {
    code ??= import('localforage').then(
      (module) => module.default,
      (error: unknown) => {
        code = undefined;
        throw error;
      },
    );
    return code;
  };
  let opening: Promise<LocalForageInstance> | undefined;
  const open = () => {
    opening ??= (async () => {
      const localforage = await load();
      const instance = localforage.createInstance({
        name: options.name ?? STORAGE_KEYS.DATABASE,
        storeName: options.storeName ?? STORAGE_KEYS.STORE,
        driver: localforage.INDEXEDDB,
      });
      await instance.ready();
      return instance;
    })().catch((error: unknown) => {
      // A database that failed to open (blocked, refused) is opened afresh on the next try.
      opening = undefined;
      throw error;
    });
    return opening;
  };
  return {
    name: 'localforage',
    async prepare() {
      await load();
    },
    async get(key) {
      const value: unknown = await (await open()).getItem(key);
      return value ?? undefined;
    },
    async set(key, value) {
      await (await open()).setItem(key, value);
    },
    async remove(key) {
      await (await open()).removeItem(key);
    },
    async keys() {
      return (await open()).keys();
    },
    async getMany(keys) {
      const instance = await open();
      const db = indexedDbOf(instance);
      if (!db) {
        return Promise.all(keys.map(async (key) => (await instance.getItem<unknown>(key)) ?? undefined));
      }
      // The same object store and keys localforage uses, in one readonly transaction.
      return new Promise<unknown[]>((resolve, reject) => {
        const transaction = db.database.transaction(db.storeName, 'readonly');
        const store = transaction.objectStore(db.storeName);
        const values: unknown[] = new Array<unknown>(keys.length);
        keys.forEach((key, index) => {
          const request = store.get(key);
          request.onsuccess = () => {
            // localforage stores undefined as null; both mean "nothing here".
            values[index] = (request.result as unknown) ?? undefined;
          };
        });
        transaction.oncomplete = () => resolve(values);
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      });
    },
    async setMany(entries) {
      const instance = await open();
      const db = indexedDbOf(instance);
      if (!db) {
        await Promise.all(entries.map(([key, value]) => instance.setItem(key, value)));
        return;
      }
      // The same object store and keys localforage uses, in one readwrite transaction.
      await new Promise<void>((resolve, reject) => {
        const transaction = db.database.transaction(db.storeName, 'readwrite');
        const store = transaction.objectStore(db.storeName);
        for (const [key, value] of entries) store.put(value, key);
        transaction.oncomplete = () => resolve();
        transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
        transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
      });
    },
  };
}
