import { STORAGE_KEYS } from './keys';

/**
 * Runs storage operations one at a time across every tab of the site. Within a tab the
 * store already queues its operations; across tabs, two saves of different worksheets at
 * the same instant would each read the summary index, add their own entry and write it
 * back, and the later write would drop the earlier entry. The Web Locks API closes that:
 * an operation holds the lock from its first read of the index to its last write.
 */
export type CrossTabLock = <T>(operation: () => Promise<T>) => Promise<T>;

interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** The browser's lock manager, or none (older browsers, tests, server rendering). */
function browserLockManager(): LockManagerLike | undefined {
  const locks = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
  return typeof locks?.request === 'function' ? locks : undefined;
}

/**
 * `navigator.locks` where the browser has it (every current browser). Where it is missing,
 * or refuses the request (some sandboxed frames), the operation runs at once, as it would
 * without locks: only the cross-tab guarantee is lost, never the operation.
 */
export function browserCrossTabLock(): CrossTabLock {
  const locks = browserLockManager();
  if (locks === undefined) return (operation) => operation();
  return async <T>(operation: () => Promise<T>): Promise<T> => {
    let started = false;
    try {
      return await locks.request(STORAGE_KEYS.INDEX_LOCK, () => {
        started = true;
        return operation();
      });
    } catch (error) {
      if (started) throw error;
      return operation();
    }
  };
}

/** A lock shared by stores in one JavaScript realm: the tests' stand-in for two tabs' Web Locks. */
export function inProcessLock(): CrossTabLock {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(operation: () => Promise<T>): Promise<T> => {
    const result = tail.then(operation, operation);
    tail = result.catch(() => undefined);
    return result;
  };
}
