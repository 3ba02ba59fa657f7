/**
 * A sliding-window rate limiter kept in memory. On Cloudflare each isolate has its own
 * memory, so this is a per-instance brake against one client hammering the model (and the
 * bill), not a global quota; Cloudflare's rate-limiting rules are the place for that.
 */

export type RateLimitDecision =
  { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `key` when allowed; a refused request is not counted. */
  check(key: string): RateLimitDecision;
}

export interface SlidingWindowOptions {
  /** Requests allowed per key within the window. */
  limit: number;
  /** The window length in milliseconds. */
  windowMs: number;
  /** The clock; injectable so tests need not wait. */
  now?: () => number;
  /** Keys remembered at most; the least recently seen is forgotten first, bounding memory. */
  maxKeys?: number;
}

export function createSlidingWindowRateLimiter(options: SlidingWindowOptions): RateLimiter {
  const { limit, windowMs, now = Date.now, maxKeys = 10_000 } = options;
  const hits = new Map<string, number[]>();

  return {
    check(key) {
      const time = now();
      const recent = (hits.get(key) ?? []).filter((t) => t > time - windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        const oldest = recent[0] ?? time;
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - time) / 1000)),
        };
      }
      recent.push(time);
      // Re-inserting moves the key to the end of the Map's order: least recently seen first.
      hits.delete(key);
      hits.set(key, recent);
      while (hits.size > maxKeys) {
        const first = hits.keys().next();
        if (first.done) break;
        hits.delete(first.value);
      }
      return { allowed: true, remaining: limit - recent.length };
    },
  };
}

/** The contract's limit: 20 requests a minute per client. */
export const GROW_RATE_LIMIT = { limit: 20, windowMs: 60_000 } as const;
