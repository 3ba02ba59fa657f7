import { describe, expect, test } from 'vitest';
import { readCapped } from '../../../../src/lib/streams/read-capped';

function streamOf(chunks: number[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const size = chunks[index++];
      if (size === undefined) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(65));
    },
    cancel() {
      onCancel?.();
    },
  });
}

describe('readCapped()', () => {
  test('joins every chunk of a stream within the limit', async () => {
    const read = await readCapped(streamOf([3, 4, 5]), 12);
    expect(read.type).toBe('ok');
    if (read.type === 'ok') expect(read.bytes.byteLength).toBe(12);
  });

  test('stops one byte past the limit and cancels the stream', async () => {
    let cancelled = false;
    const read = await readCapped(
      streamOf([10, 10, 10_000_000], () => (cancelled = true)),
      20 - 1,
    );
    expect(read).toEqual({ type: 'too_large' });
    expect(cancelled).toBe(true);
  });

  test('reads a missing body as empty', async () => {
    const read = await readCapped(null, 10);
    expect(read.type === 'ok' && read.bytes.byteLength).toBe(0);
  });
});
