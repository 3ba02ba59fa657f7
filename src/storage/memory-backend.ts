import type { KeyValueBackend } from './backend';

export interface MemoryBackend extends KeyValueBackend {
  /** A copy of everything stored, for tests and the fallback's bookkeeping. */
  snapshot(): Map<string, unknown>;
}

/**
 * A Map behind the backend interface. Values are cloned on the way in and out, as IndexedDB
 * does, so a caller that keeps editing an object after saving it cannot change what is stored.
 */
export function createMemoryBackend(initial: Iterable<readonly [string, unknown]> = []): MemoryBackend {
  const entries = new Map<string, unknown>();
  for (const [key, value] of initial) entries.set(key, structuredClone(value));
  return {
    name: 'memory',
    get: (key) => Promise.resolve(entries.has(key) ? structuredClone(entries.get(key)) : undefined),
    set: (key, value) => {
      entries.set(key, structuredClone(value));
      return Promise.resolve();
    },
    remove: (key) => {
      entries.delete(key);
      return Promise.resolve();
    },
    keys: () => Promise.resolve([...entries.keys()]),
    snapshot: () => new Map([...entries].map(([key, value]) => [key, structuredClone(value)])),
  };
}
