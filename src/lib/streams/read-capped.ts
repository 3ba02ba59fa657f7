/**
 * Reads a byte stream to the end, or stops as soon as it passes `limit` bytes and cancels
 * it. One reader for every stream whose size the sender controls: the function's request
 * body (a Content-Length can lie or be absent), a model's reply, and a link's inflated
 * payload (a few KB of deflate can expand to megabytes).
 */
export type CappedRead = { type: 'ok'; bytes: Uint8Array<ArrayBuffer> } | { type: 'too_large' };

export async function readCapped(
  stream: ReadableStream<Uint8Array> | null,
  limit: number,
): Promise<CappedRead> {
  if (!stream) return { type: 'ok', bytes: new Uint8Array() };
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return { type: 'too_large' };
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { type: 'ok', bytes };
}
