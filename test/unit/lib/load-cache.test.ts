import { describe, expect, test, vi } from 'vitest';
import { createLoadCache } from '../../../src/lib/load-cache';

describe('a load cache', () => {
  test('shares one load between callers asking at the same time, then answers from memory', async () => {
    const cache = createLoadCache<string, number>();
    const start = vi.fn(() => Promise.resolve(42));
    const [a, b] = await Promise.all([cache.load('x', start), cache.load('x', start)]);
    expect([a, b]).toEqual([42, 42]);
    expect(await cache.load('x', start)).toBe(42);
    expect(start).toHaveBeenCalledTimes(1);
    expect(cache.get('x')).toBe(42);
  });

  test('forgets a failed load, so the next call tries again (a connection that drops once)', async () => {
    const cache = createLoadCache<string, string>();
    const start = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue('words');
    await expect(cache.load('en', start)).rejects.toThrow(TypeError);
    expect(cache.has('en')).toBe(false);
    expect(await cache.load('en', start)).toBe('words');
    expect(start).toHaveBeenCalledTimes(2);
  });

  test('a value put in by hand is used without loading', async () => {
    const cache = createLoadCache<string, string>();
    cache.set('zh-CN', 'bundled');
    const start = vi.fn(() => Promise.resolve('fetched'));
    expect(await cache.load('zh-CN', start)).toBe('bundled');
    expect(start).not.toHaveBeenCalled();
  });
});
