import { describe, expect, test } from 'vitest';
import { setAll, type KeyValueBackend } from '../../../src/storage/backend';
import { createMemoryBackend } from '../../../src/storage/memory-backend';

describe('setAll()', () => {
  test('uses the backend’s batch write when it has one', async () => {
    const batches: number[] = [];
    const memory = createMemoryBackend();
    const batching: KeyValueBackend = {
      ...memory,
      name: 'batching',
      setMany: async (entries) => {
        batches.push(entries.length);
        for (const [key, value] of entries) await memory.set(key, value);
      },
    };
    await setAll(batching, [
      ['a', 1],
      ['b', 2],
    ]);
    expect(batches).toEqual([2]);
    expect(memory.snapshot()).toEqual(
      new Map([
        ['a', 1],
        ['b', 2],
      ]),
    );
  });

  test('writes one by one on a backend without a batch write', async () => {
    const memory = createMemoryBackend();
    await setAll(memory, [
      ['x', { n: 1 }],
      ['y', { n: 2 }],
    ]);
    expect(memory.snapshot()).toEqual(
      new Map([
        ['x', { n: 1 }],
        ['y', { n: 2 }],
      ]),
    );
  });
});
