import { afterEach, describe, expect, test, vi } from 'vitest';

/**
 * Nothing in src/storage may touch storage at import time or during server rendering: the
 * first storage access happens on the first store call.
 */

const touched = vi.hoisted(() => ({ localforageLoaded: false, instances: 0, channels: 0, persist: 0 }));

vi.mock('localforage', () => {
  touched.localforageLoaded = true;
  const items = new Map<string, unknown>();
  const instance = {
    ready: () => Promise.resolve(),
    getItem: (key: string) => Promise.resolve(items.get(key) ?? null),
    setItem: (key: string, value: unknown) => Promise.resolve(void items.set(key, value)),
    removeItem: (key: string) => Promise.resolve(void items.delete(key)),
    keys: () => Promise.resolve([...items.keys()]),
  };
  return {
    default: {
      INDEXEDDB: 'asyncStorage',
      createInstance: (options: { name: string; driver: string }) => {
        touched.instances += 1;
        expect(options).toMatchObject({ name: 'coaching-toolkit', driver: 'asyncStorage' });
        return instance;
      },
    },
  };
});

class SpyChannel {
  onmessage = null;
  constructor() {
    touched.channels += 1;
  }
  postMessage() {}
  close() {}
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('src/storage', () => {
  test('touches no storage when imported or when the store is created, only on first use', async () => {
    vi.stubGlobal('BroadcastChannel', SpyChannel);
    vi.stubGlobal('navigator', {
      storage: { persist: () => ((touched.persist += 1), Promise.resolve(true)) },
    });

    const storage = await import('../../../src/storage');
    const store = storage.getWorksheetStore();
    expect(touched).toEqual({ localforageLoaded: false, instances: 0, channels: 0, persist: 0 });
    expect(storage.getWorksheetStore()).toBe(store);

    expect(await store.list()).toEqual([]);
    expect(touched).toMatchObject({ localforageLoaded: true, instances: 1, channels: 0, persist: 0 });

    const { sampleDoc } = await import('../lib/worksheets/fixtures');
    expect(await store.save(sampleDoc('feedback'))).toMatchObject({ type: 'success', mode: 'persistent' });
    await vi.waitFor(() => expect(touched).toMatchObject({ channels: 1, persist: 1 }));
    store.dispose();
  });
});
