/**
 * The smallest storage surface the worksheet store needs. Two implementations: localforage
 * (IndexedDB) for the browser, and an in-memory one for tests, server rendering and the
 * fallback when the browser refuses to store anything.
 */
export interface KeyValueBackend {
  /** For status and diagnostics: `'localforage'`, `'memory'`, or a test double's name. */
  readonly name: string;
  /** The value stored under `key`, or `undefined`. */
  get(key: string): Promise<unknown>;
  /** Stores a structured-cloneable value. */
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  keys(): Promise<string[]>;
}
