/**
 * Stored worksheets that can no longer be read, and how their raw content leaves the
 * browser (a download on "My worksheets", the `damaged` list of an export file). It imports
 * nothing, so the component that lists them stays a small chunk of its own.
 */

/**
 * A stored worksheet that cannot be read (a damaged envelope, data that fails its schema):
 * its id and whatever was stored, as JSON can carry it (see `toJsonSafe`).
 */
export interface DamagedWorksheet {
  id: string;
  raw: unknown;
}

/**
 * Whatever storage handed back, as a value `JSON.stringify` accepts: BigInts become strings,
 * Maps and other objects keep their JSON form, and anything that still cannot be written
 * (a cycle) becomes its text. Never throws.
 */
export function toJsonSafe(value: unknown): unknown {
  try {
    const text = JSON.stringify(value, (_key, item: unknown) =>
      typeof item === 'bigint' ? item.toString() : item,
    ) as string | undefined;
    return text === undefined ? null : (JSON.parse(text) as unknown);
  } catch {
    try {
      return String(value);
    } catch {
      return null;
    }
  }
}

/** `coaching-damaged-<id>.json`, with the id cut to characters every file system accepts. */
export function damagedFileName(id: string): string {
  const safe = id.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 60) || 'worksheet';
  return `coaching-damaged-${safe}.json`;
}

/** The raw content of a damaged worksheet as a file: pretty-printed JSON, for a text editor. */
export function serializeDamaged(entry: DamagedWorksheet): string {
  return `${JSON.stringify(entry.raw, null, 2) ?? 'null'}\n`;
}
