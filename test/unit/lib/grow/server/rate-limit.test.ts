import { describe, expect, test } from 'vitest';
import { createSlidingWindowRateLimiter, rateLimitKey } from '../../../../../src/lib/grow/server/rate-limit';

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

describe('rateLimitKey()', () => {
  test.each([
    ['203.0.113.7', '203.0.113.7'],
    [' 203.0.113.7 ', '203.0.113.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff:ffff:ffff:ffff', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['[2001:db8:1:2::9]', '2001:db8:1:2::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['::ffff:192.0.2.1', '192.0.2.1'],
    ['::ffff:c000:201', '192.0.2.1'],
    ['64:ff9b::192.0.2.1', '64:ff9b:0:0::/64'],
    ['', 'unknown-client'],
    [null, 'unknown-client'],
  ] as const)('%j → %j', (address, key) => {
    expect(rateLimitKey(address)).toBe(key);
  });

  test('two addresses in one /64 share a key; neighbouring /64s do not', () => {
    expect(rateLimitKey('2001:db8:aa:bb::1')).toBe(rateLimitKey('2001:db8:aa:bb:dead:beef:0:1'));
    expect(rateLimitKey('2001:db8:aa:bb::1')).not.toBe(rateLimitKey('2001:db8:aa:bc::1'));
  });

  test('something that is not an address is kept as it is (never crashes)', () => {
    expect(rateLimitKey('not:an:address:at:all:zz')).toBe('not:an:address:at:all:zz');
    expect(rateLimitKey('1:2:3:4:5:6:7:8:9')).toBe('1:2:3:4:5:6:7:8:9');
  });
});
