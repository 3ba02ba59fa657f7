import { setAll, type KeyValueBackend } from './backend';
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

export interface ResilientBackendOptions {
  /** The persistent backend; `null` starts (and stays) in memory. */
  primary: KeyValueBackend | null;
  /** Milliseconds before an unanswered call counts as failed. */
  timeoutMs: number;
  /** Runs after a switch to memory and before the failed operation is retried there. */
  onFallback: (event: FallbackEvent, memory: MemoryBackend) => Promise<void>;
}

export interface ResilientBackend {
  readonly mode: StorageMode;
  /**
   * Runs an operation against storage. If the persistent backend fails anywhere in it, the
   * backend switches to memory for good and the whole operation runs again there; memory
   * already mirrors everything read or written so far, so nothing the user had is lost.
   * Errors that are not storage failures (bugs) propagate.
   */
  run<T>(operation: (storage: KeyValueBackend) => Promise<T>): Promise<T>;
}

export function createResilientBackend({
  primary,
  timeoutMs,
  onFallback,
}: ResilientBackendOptions): ResilientBackend {
  const memory = createMemoryBackend();
  let mode: StorageMode = primary === null ? 'memory' : 'persistent';

  const guarded = <T>(call: () => Promise<T>): Promise<T> =>
    withTimeout(call, timeoutMs).catch((error: unknown) => {
      throw new StorageFailure(
        classifyStorageError(error),
        error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      );
    });

  /** The persistent backend, with every successful read and write copied into memory. */
  const mirrored = (persistent: KeyValueBackend): KeyValueBackend => ({
    name: persistent.name,
    async get(key) {
      const value = await guarded(() => persistent.get(key));
      if (value === undefined) await memory.remove(key);
      else await memory.set(key, value);
      return value;
    },
    async set(key, value) {
      await guarded(() => persistent.set(key, value));
      await memory.set(key, value);
    },
    async remove(key) {
      await guarded(() => persistent.remove(key));
      await memory.remove(key);
    },
    keys: () => guarded(() => persistent.keys()),
    async setMany(entries) {
      await guarded(() => setAll(persistent, entries));
      await setAll(memory, entries);
    },
  });

  /**
   * Copies what memory has not seen yet from the persistent backend, when it can still be
   * read (a full disk still reads fine). A backend that is gone or hanging is not asked again.
   */
  async function copyRemaining(persistent: KeyValueBackend, reason: StorageFailureReason): Promise<boolean> {
    if (reason === 'unavailable' || reason === 'timeout') return false;
    try {
      const known = new Set(await memory.keys());
      for (const key of await guarded(() => persistent.keys())) {
        if (known.has(key)) continue;
        const value = await guarded(() => persistent.get(key));
        if (value !== undefined) await memory.set(key, value);
      }
      return true;
    } catch {
      return false;
    }
  }

  return {
    get mode() {
      return mode;
    },
    async run(operation) {
      if (mode === 'persistent' && primary !== null) {
        try {
          return await operation(mirrored(primary));
        } catch (error) {
          if (!(error instanceof StorageFailure)) throw error;
          mode = 'memory';
          const complete = await copyRemaining(primary, error.reason);
          await onFallback({ reason: error.reason, detail: error.detail, complete }, memory);
        }
      }
      return operation(memory);
    },
  };
}
