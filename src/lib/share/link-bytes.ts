import { readCapped } from '../streams/read-capped';

/** The bytes of a link: its checksum, deflate with a ceiling, and base64url. */

/**
 * FNV-1a (32 bit) of the version and payload, as 8 hex digits. It catches a link cut short by
 * a mail client, a character changed while copying or someone editing the link by hand, so
 * those open as a clear error rather than as odd data. It is not a signature: anyone can
 * compute it, so it proves nothing about who made the link (nothing here needs that, as the
 * link only ever fills a draft the reader sees in full). Synchronous and available everywhere,
 * unlike `crypto.subtle`, which browsers hide on plain-HTTP intranet addresses.
 */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

export async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** Inflates with a ceiling; `undefined` for anything that is not a deflate stream. */
export async function inflate(
  bytes: Uint8Array<ArrayBuffer>,
  limit: number,
): Promise<Uint8Array<ArrayBuffer> | 'too_large' | undefined> {
  try {
    const read = await readCapped(
      new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')),
      limit,
    );
    return read.type === 'ok' ? read.bytes : 'too_large';
  } catch {
    return undefined;
  }
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep `String.fromCharCode` under engines' argument limits.
  for (let index = 0; index < bytes.length; index += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text) || text.length % 4 === 1) return undefined;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}
