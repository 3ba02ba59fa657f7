/**
 * A tiny seeded random source for the rules engine. The same prep sheet and seed must give
 * the same questions in the browser and on the server, offline, so `Math.random` is out.
 */

/** FNV-1a over UTF-16 code units: fast, dependency-free, and stable across engines. */
export function hashString(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: a 32-bit generator with good enough spread for picking phrasings. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded by some content and a caller's seed (a number or a string). */
export function seededRandom(content: string, seed: number | string = 0): () => number {
  const seedHash = hashString(typeof seed === 'number' ? `n:${seed}` : `s:${seed}`);
  return mulberry32(hashString(content, seedHash));
}

/** Fisher–Yates on a copy. */
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = out[i] as T;
    out[i] = out[j] as T;
    out[j] = a;
  }
  return out;
}
