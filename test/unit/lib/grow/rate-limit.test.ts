import { describe, expect, test } from 'vitest';
import { createSlidingWindowRateLimiter } from '../../../../src/lib/grow/rate-limit';

function limiterWithClock(limit = 3, windowMs = 60_000, maxKeys?: number) {
  let now = 1_000_000;
  const limiter = createSlidingWindowRateLimiter({
    limit,
    windowMs,
    now: () => now,
    ...(maxKeys ? { maxKeys } : {}),
  });
  return { limiter, advance: (ms: number) => (now += ms) };
}

describe('createSlidingWindowRateLimiter()', () => {
  test('allows up to the limit within the window, then refuses', () => {
    const { limiter } = limiterWithClock(3);
    expect([1, 2, 3].map(() => limiter.check('a').allowed)).toEqual([true, true, true]);
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 60 });
  });

  test('counts each client separately', () => {
    const { limiter } = limiterWithClock(1);
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('b').allowed).toBe(true);
    expect(limiter.check('a').allowed).toBe(false);
  });

  test('slides: a request becomes possible again once the oldest one leaves the window', () => {
    const { limiter, advance } = limiterWithClock(2);
    limiter.check('a');
    advance(30_000);
    limiter.check('a');
    advance(10_000);
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 20 });
    advance(20_001);
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('a').allowed).toBe(false);
  });

  test('does not count refused requests', () => {
    const { limiter, advance } = limiterWithClock(1);
    limiter.check('a');
    for (let i = 0; i < 10; i++) limiter.check('a');
    advance(60_001);
    expect(limiter.check('a').allowed).toBe(true);
  });

  test('never asks to wait less than one second', () => {
    const { limiter, advance } = limiterWithClock(1, 1_000);
    limiter.check('a');
    advance(999);
    expect(limiter.check('a')).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  test('forgets the least recently seen client when it holds too many', () => {
    const { limiter } = limiterWithClock(1, 60_000, 2);
    limiter.check('a');
    limiter.check('b');
    limiter.check('c');
    expect(limiter.check('a').allowed).toBe(true);
    expect(limiter.check('c').allowed).toBe(false);
  });
});
