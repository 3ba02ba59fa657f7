import { afterEach, describe, expect, test, vi } from 'vitest';
import { browserCrossTabLock, inProcessLock } from '../../../src/storage/cross-tab-lock';
import { STORAGE_KEYS } from '../../../src/storage/keys';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('browserCrossTabLock()', () => {
  test('runs each operation under the index lock of navigator.locks', async () => {
    const request = vi.fn((_name: string, callback: () => Promise<unknown>) => callback());
    vi.stubGlobal('navigator', { locks: { request } });

    await expect(browserCrossTabLock()(() => Promise.resolve('done'))).resolves.toBe('done');
    expect(request).toHaveBeenCalledWith(STORAGE_KEYS.INDEX_LOCK, expect.any(Function));
  });

  test('runs the operation anyway when the browser refuses the lock', async () => {
    vi.stubGlobal('navigator', {
      locks: { request: () => Promise.reject(new DOMException('denied', 'SecurityError')) },
    });
    await expect(browserCrossTabLock()(() => Promise.resolve('done'))).resolves.toBe('done');
  });

  test('passes on an error of the operation itself, without running it twice', async () => {
    vi.stubGlobal('navigator', {
      locks: { request: (_name: string, callback: () => Promise<unknown>) => callback() },
    });
    const operation = vi.fn(() => Promise.reject(new Error('disk on fire')));
    await expect(browserCrossTabLock()(operation)).rejects.toThrow('disk on fire');
    expect(operation).toHaveBeenCalledTimes(1);
  });

  test('runs the operation directly where there is no navigator.locks', async () => {
    vi.stubGlobal('navigator', {});
    await expect(browserCrossTabLock()(() => Promise.resolve(42))).resolves.toBe(42);
  });
});

describe('inProcessLock()', () => {
  test('never lets two operations overlap, and a failure does not block the next', async () => {
    const lock = inProcessLock();
    const events: string[] = [];
    const step = (name: string, fail = false) =>
      lock(async () => {
        events.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`${name} end`);
        if (fail) throw new Error(name);
      });

    const results = await Promise.allSettled([step('a'), step('b', true), step('c')]);

    expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });
});
