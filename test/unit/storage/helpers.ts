import { getAll, type KeyValueBackend } from '../../../src/storage/backend';
import { createMemoryBackend, type MemoryBackend } from '../../../src/storage/memory-backend';
import type { ChannelFactory, ChannelLike } from '../../../src/storage/tab-sync';
import type { SyncStorage } from '../../../src/storage/unsaved-journal';

export interface CountingBackend extends MemoryBackend {
  calls: Record<'get' | 'set' | 'remove' | 'keys', number>;
  reset(): void;
}

/** A memory backend that counts calls, to check how much a store operation reads. */
export function countingBackend(): CountingBackend {
  const inner = createMemoryBackend();
  const calls = { get: 0, set: 0, remove: 0, keys: 0 };
  return {
    ...inner,
    name: 'counting',
    calls,
    reset: () => Object.assign(calls, { get: 0, set: 0, remove: 0, keys: 0 }),
    get: (key) => (calls.get++, inner.get(key)),
    set: (key, value) => (calls.set++, inner.set(key, value)),
    remove: (key) => (calls.remove++, inner.remove(key)),
    keys: () => (calls.keys++, inner.keys()),
  };
}

export type Operation = 'get' | 'set' | 'remove' | 'keys' | 'getMany';

/**
 * A backend that works until told to fail, then rejects the chosen operations the way
 * IndexedDB does (a DOMException-like error with a name), or never answers at all.
 */
export function breakableBackend(inner: KeyValueBackend = createMemoryBackend()) {
  let failing = new Set<Operation>();
  let error = new Error('not failing');
  let hang = false;
  const attempt = <T>(operation: Operation, run: () => Promise<T>): Promise<T> => {
    if (!failing.has(operation)) return run();
    if (hang) return new Promise<T>(() => {});
    return Promise.reject(error);
  };
  const backend: KeyValueBackend = {
    name: 'breakable',
    get: (key) => attempt('get', () => inner.get(key)),
    set: (key, value) => attempt('set', () => inner.set(key, value)),
    remove: (key) => attempt('remove', () => inner.remove(key)),
    keys: () => attempt('keys', () => inner.keys()),
    getMany: (keys) => attempt('getMany', () => getAll(inner, keys)),
  };
  return {
    backend,
    inner,
    fail(operations: readonly Operation[], name: string, message = `${name} happened`) {
      failing = new Set(operations);
      error = Object.assign(new Error(message), { name });
      hang = false;
    },
    hangOn(operations: readonly Operation[]) {
      failing = new Set(operations);
      hang = true;
    },
    heal() {
      failing = new Set();
    },
  };
}

/** Channels that deliver to every other channel of the same hub, like BroadcastChannel across tabs. */
export function channelHub() {
  const open = new Set<ChannelLike>();
  const posted: unknown[] = [];
  const factory: ChannelFactory = () => {
    const channel: ChannelLike = {
      onmessage: null,
      postMessage(message) {
        posted.push(message);
        for (const other of open)
          if (other !== channel) other.onmessage?.({ data: structuredClone(message) });
      },
      close() {
        open.delete(channel);
      },
    };
    open.add(channel);
    return channel;
  };
  return { factory, posted, openCount: () => open.size };
}

/** localStorage as a Map, with a switch to make every write throw (a full or blocked store). */
export function fakeWebStorage() {
  const items = new Map<string, string>();
  let failing = false;
  const storage: SyncStorage = {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (failing) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
  return { storage, items, fail: () => (failing = true) };
}
