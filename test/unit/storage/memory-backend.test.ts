import { describe, expect, test } from 'vitest';
import { createMemoryBackend } from '../../../src/storage/memory-backend';

describe('createMemoryBackend()', () => {
  test('stores, lists and removes values', async () => {
    const backend = createMemoryBackend();
    await backend.set('a', { n: 1 });
    await backend.set('b', 'text');
    expect(await backend.get('a')).toEqual({ n: 1 });
    expect((await backend.keys()).sort()).toEqual(['a', 'b']);
    await backend.remove('a');
    expect(await backend.get('a')).toBeUndefined();
  });

  test('clones on the way in and out, as IndexedDB does', async () => {
    const backend = createMemoryBackend();
    const value = { list: [1] };
    await backend.set('a', value);
    value.list.push(2);
    const read = (await backend.get('a')) as { list: number[] };
    read.list.push(3);
    expect(await backend.get('a')).toEqual({ list: [1] });
  });

  test('starts from initial entries and hands out a snapshot', () => {
    const backend = createMemoryBackend([['k', 1]]);
    expect(backend.snapshot()).toEqual(new Map([['k', 1]]));
  });
});
