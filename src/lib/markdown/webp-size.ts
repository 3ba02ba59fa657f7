/**
 * The pixel size of a WebP image, read from its header (RIFF container; simple lossy `VP8 `,
 * lossless `VP8L` or extended `VP8X` layout), so the guide can give every screenshot its
 * width and height and the page does not move when it loads. Returns undefined for anything
 * that is not a WebP file it can read.
 */
export function webpSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const ascii = (start: number, length: number) =>
    String.fromCharCode(...bytes.subarray(start, start + length));
  if (bytes.length < 30 || ascii(0, 4) !== 'RIFF' || ascii(8, 4) !== 'WEBP') return undefined;
  const u8 = (at: number) => bytes[at] ?? 0;
  const u16 = (at: number) => u8(at) | (u8(at + 1) << 8);
  const u24 = (at: number) => u16(at) | (u8(at + 2) << 16);
  switch (ascii(12, 4)) {
    case 'VP8 ':
      // Frame header: a 3-byte frame tag, the start code 9d 01 2a, then 14-bit sizes.
      if (u8(23) !== 0x9d || u8(24) !== 0x01 || u8(25) !== 0x2a) return undefined;
      return { width: u16(26) & 0x3fff, height: u16(28) & 0x3fff };
    case 'VP8L': {
      if (u8(20) !== 0x2f) return undefined;
      const bits = u8(21) | (u8(22) << 8) | (u8(23) << 16) | (u8(24) << 24);
      return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
    }
    case 'VP8X':
      return { width: u24(24) + 1, height: u24(27) + 1 };
    default:
      return undefined;
  }
}
