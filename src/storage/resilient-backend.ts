import { getAll, setAll, type KeyValueBackend } from './backend';
import { createMemoryBackend, type MemoryBackend } from './memory-backend';

/** Where the store keeps data right now. */
export type StorageMode = 'persistent' | 'memory';

/**
 * Why the store left persistent storage: `unavailable` (no IndexedDB, private browsing, a
 * security block), `quota_exceeded`, `timeout` (the database never answered, typically an
 * upgrade blocked by another tab) or `error` (any other rejection).
 */
export type StorageFailureReason = 'unavailable' | 'quota_exceeded' | 'timeout' | 'error';

/** A failure of the persistent backend, as opposed to a bug in the code calling it. */
export class StorageFailure extends Error {
  constructor(
    readonly reason: StorageFailureReason,
    readonly detail: string,
  ) {
    super(`storage ${reason}: ${detail}`);
    this.name = 'StorageFailure';
  }
}

class StorageTimeout extends Error {
  constructor(milliseconds: number) {
    super(`no answer within ${milliseconds} ms`);
    this.name = 'TimeoutError';
  }
}

const unavailableNames = new Set([
  'SecurityError',
  'InvalidStateError',
  'NotFoundError',
  'NotAllowedError',
  'UnknownError',
  'VersionError',
  'AbortError',
]);

/** Sorts a rejection from IndexedDB or localforage into a reason the UI can explain. */
export function classifyStorageError(error: unknown): StorageFailureReason {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message))
    return 'quota_exceeded';
  if (name === 'TimeoutError') return 'timeout';
  if (unavailableNames.has(name) || /no available storage method|indexeddb|not supported/i.test(message))
    return 'unavailable';
  return 'error';
}

async function withTimeout<T>(start: () => Promise<T>, milliseconds: number): Promise<T> {
  // `start` runs inside a promise chain so that a backend throwing synchronously becomes a rejection.
  const operation = Promise.resolve().then(start);
  if (!Number.isFinite(milliseconds) || milliseconds <= 0) return operation;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeout(milliseconds)), milliseconds);
  });
  try {
    return await Promise.race([operation, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export interface FallbackEvent {
  reason: StorageFailureReason;
  detail: string;
  /** Whether everything the persistent backend held could be copied into memory. */
  complete: boolean;
}

/** Waits before each new attempt at the persistent backend: 1 s, 2 s, 5 s, 10 s, then every 30 s. */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [1000, 2000, 5000, 10_000, 30_000];

export interface ResilientBackendOptions {
  /** The persistent backend; `null` starts (and stays) in memory. */
  primary: KeyValueBackend | null;
  /**
   * Milliseconds before an unanswered call counts as failed. Loading the backend's code
   * (`prepare`) is not counted: a slow network is not a broken database.
   */
  timeoutMs: number;
  /** Runs after a switch to memory and before the failed operation is retried there. */
  onFallback: (event: FallbackEvent, memory: MemoryBackend) => Promise<void>;
  /**
   * Writes what changed in memory while the persistent backend was failing (`changed`: the
   * keys set or removed meanwhile) back to it. Runs when a retry is due, before the
   * operation that found it due; if it throws a storage failure the backend stays in memory
   * and waits longer before the next try.
   */
  onRecover: (
    persistent: KeyValueBackend,
    memory: MemoryBackend,
    changed: ReadonlySet<string>,
  ) => Promise<void>;
  /** The waits between attempts; the last one repeats. */
  retryDelaysMs?: readonly number[];
  /** Milliseconds, for the retry schedule; defaults to `Date.now`. */
  now?: () => number;
}

export interface ResilientBackend {
  readonly mode: StorageMode;
  /** When (by `now`) the persistent backend will next be tried; `undefined` while it works. */
  readonly nextRetryAt: number | undefined;
  /**
   * Runs an operation against storage. If the persistent backend fails anywhere in it, the
   * backend switches to memory and the whole operation runs again there; memory already
   * mirrors everything read or written so far, so nothing the user had is lost. The
   * persistent backend is tried again on the first operation after each wait; when it
   * works, what changed in memory is written back and the backend is persistent again.
   * Errors that are not storage failures (bugs) propagate.
   */
  run<T>(operation: (storage: KeyValueBackend) => Promise<T>): Promise<T>;
}

/** A rejection as a `StorageFailure`, classified (quota, unavailable, timeout…). */
function failure(error: unknown): StorageFailure {
  return error instanceof StorageFailure
    ? error
    : new StorageFailure(
        classifyStorageError(error),
        error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      );
}

/** The persistent backend, with every successful read and write copied into memory. */
function mirrored(persistent: KeyValueBackend, memory: KeyValueBackend): KeyValueBackend {
  return {
    name: persistent.name,
    async get(key) {
      const value = await persistent.get(key);
      if (value === undefined) await memory.remove(key);
      else await memory.set(key, value);
      return value;
    },
    async set(key, value) {
      await persistent.set(key, value);
      await memory.set(key, value);
    },
    async remove(key) {
      await persistent.remove(key);
      await memory.remove(key);
    },
    keys: () => persistent.keys(),
    async setMany(entries) {
      await setAll(persistent, entries);
      await setAll(memory, entries);
    },
    async getMany(keys) {
      const values = await getAll(persistent, keys);
      for (const [index, key] of keys.entries()) {
        const value = values[index];
        if (value === undefined) await memory.remove(key);
        else await memory.set(key, value);
      }
      return values;
    },
  };
}

/** Memory, noting every key changed, for the write-back when the persistent backend works again. */
function tracked(memory: KeyValueBackend, changed: Set<string>): KeyValueBackend {
  return {
    name: memory.name,
    get: (key) => memory.get(key),
    keys: () => memory.keys(),
    set: (key, value) => (changed.add(key), memory.set(key, value)),
    remove: (key) => (changed.add(key), memory.remove(key)),
    setMany: (entries) => {
      for (const [key] of entries) changed.add(key);
      return setAll(memory, entries);
    },
  };
}

/**
 * Copies what memory has not seen yet from the persistent backend, when it can still be
 * read (a full disk still reads fine). A backend that is gone or hanging is not asked again.
 */
async function copyRemaining(
  persistent: KeyValueBackend,
  memory: KeyValueBackend,
  reason: StorageFailureReason,
): Promise<boolean> {
  if (reason === 'unavailable' || reason === 'timeout') return false;
  try {
    const known = new Set(await memory.keys());
    for (const key of await persistent.keys()) {
      if (known.has(key)) continue;
      const value = await persistent.get(key);
      if (value !== undefined) await memory.set(key, value);
    }
    return true;
  } catch {
    return false;
  }
}

export function createResilientBackend({
  primary,
  timeoutMs,
  onFallback,
  onRecover,
  retryDelaysMs = DEFAULT_RETRY_DELAYS_MS,
  now = Date.now,
}: ResilientBackendOptions): ResilientBackend {
  const memory = createMemoryBackend();
  let mode: StorageMode = primary === null ? 'memory' : 'persistent';
  /** Keys written or removed in memory since the persistent backend last worked. */
  const changed = new Set<string>();
  const trackedMemory = tracked(memory, changed);
  let failures = 0;
  let retryAt: number | undefined;

  let prepared: Promise<void> | undefined;
  /** The backend's code, loaded once and outside the timeout; a failed load is tried again later. */
  const prepare = (persistent: KeyValueBackend): Promise<void> => {
    prepared ??= Promise.resolve()
      .then(() => persistent.prepare?.())
      .catch((error: unknown) => {
        prepared = undefined;
        throw failure(error);
      });
    return prepared;
  };

  const guarded = async <T>(persistent: KeyValueBackend, call: () => Promise<T>): Promise<T> => {
    await prepare(persistent);
    return withTimeout(call, timeoutMs).catch((error: unknown) => {
      throw failure(error);
    });
  };

  /** The persistent backend behind the timeout, with rejections as `StorageFailure`s. */
  const checked = (persistent: KeyValueBackend): KeyValueBackend => ({
    name: persistent.name,
    get: (key) => guarded(persistent, () => persistent.get(key)),
    set: (key, value) => guarded(persistent, () => persistent.set(key, value)),
    remove: (key) => guarded(persistent, () => persistent.remove(key)),
    keys: () => guarded(persistent, () => persistent.keys()),
    setMany: (entries) => guarded(persistent, () => setAll(persistent, entries)),
    getMany: (keys) => guarded(persistent, () => getAll(persistent, keys)),
  });

  const waitAfterFailure = () => {
    failures += 1;
    const delays = retryDelaysMs.length > 0 ? retryDelaysMs : [0];
    retryAt = now() + (delays[Math.min(failures, delays.length) - 1] ?? 0);
  };

  return {
    get mode() {
      return mode;
    },
    get nextRetryAt() {
      return mode === 'memory' && primary !== null ? retryAt : undefined;
    },
    async run(operation) {
      if (primary === null) return operation(trackedMemory);
      const persistent = checked(primary);
      if (mode === 'memory' && retryAt !== undefined && now() >= retryAt) {
        try {
          await onRecover(persistent, memory, changed);
          changed.clear();
          failures = 0;
          retryAt = undefined;
          mode = 'persistent';
        } catch (error) {
          if (!(error instanceof StorageFailure)) throw error;
          waitAfterFailure();
        }
      }
      if (mode === 'persistent') {
        try {
          return await operation(mirrored(persistent, memory));
        } catch (error) {
          if (!(error instanceof StorageFailure)) throw error;
          mode = 'memory';
          waitAfterFailure();
          const complete = await copyRemaining(persistent, memory, error.reason);
          await onFallback({ reason: error.reason, detail: error.detail, complete }, memory);
        }
      }
      return operation(trackedMemory);
    },
  };
}
