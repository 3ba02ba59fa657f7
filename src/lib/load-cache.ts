/**
 * Code and words the browser fetches on demand (a worksheet kind's module, its hints, a
 * dictionary section, a phrasing book), each loaded once per key: callers asking at the same
 * time share one load, a loaded value is then read synchronously, and a failed load (the
 * connection dropped, a new deploy) is forgotten so the next call tries again.
 */
export interface LoadCache<Key, Value> {
  /** The loaded value, or `undefined` before its load has finished. */
  get(key: Key): Value | undefined;
  has(key: Key): boolean;
  /** Puts a value the caller already has (a module imported statically, words bundled with the code). */
  set(key: Key, value: Value): void;
  /** The value of `key`, starting `start()` unless it is loaded or already loading. */
  load(key: Key, start: () => Promise<Value>): Promise<Value>;
}

export function createLoadCache<Key, Value>(): LoadCache<Key, Value> {
  const loaded = new Map<Key, Value>();
  const pending = new Map<Key, Promise<Value>>();
  return {
    get: (key) => loaded.get(key),
    has: (key) => loaded.has(key),
    set: (key, value) => void loaded.set(key, value),
    load(key, start) {
      if (loaded.has(key)) return Promise.resolve(loaded.get(key) as Value);
      let one = pending.get(key);
      if (one === undefined) {
        one = start()
          .then((value) => {
            loaded.set(key, value);
            return value;
          })
          .finally(() => pending.delete(key));
        pending.set(key, one);
      }
      return one;
    },
  };
}
