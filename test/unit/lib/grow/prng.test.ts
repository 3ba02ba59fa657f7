import { describe, expect, test } from 'vitest';
import { hashString, mulberry32, seededRandom, shuffled } from '../../../../src/lib/grow/prng';

describe('mulberry32()', () => {
  test('repeats its sequence for the same seed and stays within [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const values = Array.from({ length: 1000 }, () => a());
    expect(values).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('seededRandom()', () => {
  test('differs by content and by seed', () => {
    const first = (r: () => number) => r();
    expect(first(seededRandom('a', 1))).not.toBe(first(seededRandom('b', 1)));
    expect(first(seededRandom('a', 1))).not.toBe(first(seededRandom('a', 2)));
    expect(first(seededRandom('a', 1))).not.toBe(first(seededRandom('a', '1')));
  });
});

describe('hashString()', () => {
  test('is stable across runs', () => {
    expect(hashString('GROW')).toBe(hashString('GROW'));
    expect(hashString('')).toBe(0x811c9dc5);
  });
});

describe('shuffled()', () => {
  test('returns a permutation and leaves the input untouched', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffled(input, mulberry32(7));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
