import type { KeyValueBackend } from './backend';
import { STORAGE_KEYS } from './keys';

type LocalForageInstance = ReturnType<(typeof import('localforage'))['createInstance']>;

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
  let opening: Promise<LocalForageInstance> | undefined;
  const open = () => {
    opening ??= (async () => {
      const { default: localforage } = await import('localforage');
      const instance = localforage.createInstance({
        name: options.name ?? STORAGE_KEYS.DATABASE,
        storeName: options.storeName ?? STORAGE_KEYS.STORE,
        driver: localforage.INDEXEDDB,
      });
      await instance.ready();
      return instance;
    })();
    return opening;
  };
  return {
    name: 'localforage',
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
  };
}
