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

/** Expands an IPv6 address to its eight 16-bit groups, or undefined when it is not one. */
function ipv6Groups(address: string): number[] | undefined {
  let text = address.trim().toLowerCase();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1);
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  if (!text.includes(':')) return undefined;
  // An embedded IPv4 tail (::ffff:192.0.2.1) counts as two groups.
  const v4 = /^(.*:)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/u.exec(text);
  if (v4) {
    const octets = v4.slice(2, 6).map(Number);
    if (octets.some((octet) => octet > 255)) return undefined;
    const [a = 0, b = 0, c = 0, d = 0] = octets;
    text = `${v4[1] ?? ''}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string | undefined) => (part ? part.split(':') : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const groups = [...head, ...Array<string>(halves.length === 1 ? 0 : missing).fill('0'), ...tail];
  if (groups.some((group) => !/^[0-9a-f]{1,4}$/u.test(group))) return undefined;
  return groups.map((group) => parseInt(group, 16));
}

/**
 * The rate-limit key for a client address. An IPv4 address is its own key. An IPv6 client
 * usually holds a whole /64 (its ISP hands out the prefix, the device picks the rest and
 * can change it at will), so per-address keys would let one client rotate through 2^64
 * keys: IPv6 addresses are keyed on their /64. IPv4-mapped IPv6 (`::ffff:192.0.2.1`) is
 * keyed as the IPv4 address it is.
 */
export function rateLimitKey(address: string | null | undefined): string {
  const text = address?.trim() ?? '';
  if (text === '') return 'unknown-client';
  const groups = ipv6Groups(text);
  if (!groups) return text;
  const isMappedV4 = groups.slice(0, 5).every((group) => group === 0) && groups[5] === 0xffff;
  if (isMappedV4) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return [hi >> 8, hi & 0xff, lo >> 8, lo & 0xff].join('.');
  }
  return `${groups
    .slice(0, 4)
    .map((group) => group.toString(16))
    .join(':')}::/64`;
}
