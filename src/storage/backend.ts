/**
 * The smallest storage surface the worksheet store needs. Two implementations: localforage
 * (IndexedDB) for the browser, and an in-memory one for tests, server rendering and the
 * fallback when the browser refuses to store anything.
 */
export interface KeyValueBackend {
  /** For status and diagnostics: `'localforage'`, `'memory'`, or a test double's name. */
  readonly name: string;
  /**
   * Loads what the backend needs before its first call (its code, over the network on a
   * page's first use). Not counted in the store's timeout; the calls themselves are.
   */
  prepare?(): Promise<void>;
  /** The value stored under `key`, or `undefined`. */
  get(key: string): Promise<unknown>;
  /** Stores a structured-cloneable value. */
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
  /**
   * Stores many values at once; where the backend can, in one transaction (an import of a
   * thousand worksheets is one IndexedDB commit instead of a thousand).
   */
  setMany?(entries: readonly (readonly [string, unknown])[]): Promise<void>;
  /**
   * Reads many values at once, in `keys` order (`undefined` where nothing is stored); where
   * the backend can, in one transaction (the dashboards read every worksheet).
   */
  getMany?(keys: readonly string[]): Promise<unknown[]>;
}

/** Reads every key, in one go when the backend supports it. */
export async function getAll(backend: KeyValueBackend, keys: readonly string[]): Promise<unknown[]> {
  if (backend.getMany) return backend.getMany(keys);
  return Promise.all(keys.map((key) => backend.get(key)));
}

/** Stores every entry, in one go when the backend supports it. */
export async function setAll(
  backend: KeyValueBackend,
  entries: readonly (readonly [string, unknown])[],
): Promise<void> {
  if (backend.setMany) await backend.setMany(entries);
  else await Promise.all(entries.map(([key, value]) => backend.set(key, value)));
}
