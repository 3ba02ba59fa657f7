import { migrateAndValidate, type LoadError, type WorksheetDoc, type WorksheetDocLike } from './document';
import type { DamagedWorksheet } from './damaged';
import { todayIso } from '../dates';
import { asRecord } from './migrations';

/**
 * The export file: an envelope `{ type, version, source, exportedAt, worksheets }` in the
 * manner of excalidraw's, so a file says what it is and which version of the format it
 * uses before anyone reads its worksheets. Each worksheet carries its own schema version
 * and is migrated on import like a stored one.
 */

export const EXPORT_FILE_TYPE = 'coaching-toolkit/worksheets';
export const EXPORT_FILE_VERSION = 1;
/** Five megabytes hold thousands of worksheets; anything larger is not ours or not sane. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** The file's envelope; `Worksheet` is `unknown` until each entry has been validated. */
export interface WorksheetExportEnvelope<Worksheet = unknown> {
  type: typeof EXPORT_FILE_TYPE;
  version: number;
  /** Where it was exported from (the site's origin), for the person who finds the file later. */
  source: string;
  /** ISO 8601 instant of the export. */
  exportedAt: string;
  worksheets: readonly Worksheet[];
}

/**
 * An export file this site wrote. `damaged` carries, as they were stored, the worksheets
 * that could not be read, so nothing is silently left behind; importing ignores it.
 */
export type WorksheetExportFile = WorksheetExportEnvelope<WorksheetDocLike> & {
  damaged?: readonly DamagedWorksheet[];
};

/** Whether a parsed value has the export envelope's shape; its worksheets are not checked. */
export function isWorksheetExportFile(value: unknown): value is WorksheetExportEnvelope {
  const record = asRecord(value);
  return (
    record !== undefined &&
    record['type'] === EXPORT_FILE_TYPE &&
    typeof record['version'] === 'number' &&
    Number.isInteger(record['version']) &&
    Array.isArray(record['worksheets'])
  );
}

export function createExportFile(
  docs: readonly WorksheetDocLike[],
  {
    source,
    now = new Date(),
    damaged = [],
  }: { source: string; now?: Date; damaged?: readonly DamagedWorksheet[] },
): WorksheetExportFile {
  return {
    type: EXPORT_FILE_TYPE,
    version: EXPORT_FILE_VERSION,
    source,
    exportedAt: now.toISOString(),
    worksheets: docs,
    ...(damaged.length > 0 ? { damaged } : {}),
  };
}

/** Pretty-printed JSON: people open these files in text editors. */
export function serializeExportFile(file: WorksheetExportFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A person's name as a piece of a file name: no path separators, quotes or spaces, at most 40 characters. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKC')
    .trim()
    .replace(/[^\p{L}\p{N}._-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 40);
}

/**
 * `coaching-worksheets-2025-03-31.json`, or for a single worksheet its kind and, when it has
 * one, the person: `coaching-prep-sheet-Lin-2025-03-31.json`. The date is the user's local
 * day (in Shanghai at 07:00 it is already tomorrow in UTC terms; the file says today).
 */
export function exportFileName(
  docs: readonly Pick<WorksheetDocLike, 'kind' | 'person'>[],
  now: Date = new Date(),
): string {
  const date = todayIso(now);
  const only = docs.length === 1 ? docs[0] : undefined;
  if (only === undefined) return `coaching-worksheets-${date}.json`;
  const person = fileNamePart(only.person ?? '');
  return `coaching-${only.kind}${person === '' ? '' : `-${person}`}-${date}.json`;
}

// ── Import ────────────────────────────────────────────────────────────────────

/** The part of the envelope that is wrong, named so the message can say exactly what. */
export type ExportFileField = 'root' | 'type' | 'version' | 'worksheets';

export type ImportFileError =
  | { type: 'error'; code: 'too_large'; byteLength: number; limit: number }
  | { type: 'error'; code: 'not_json' }
  | { type: 'error'; code: 'wrong_shape'; field: ExportFileField }
  | { type: 'error'; code: 'newer_version'; version: number; supported: number };

/** One worksheet of the file that cannot be imported, and why; the others still can. */
export interface ImportFailure {
  /** Its position in the file's `worksheets`, from 0. */
  index: number;
  error: LoadError;
}

export type ImportParseResult =
  | ImportFileError
  | {
      type: 'success';
      /** Valid, migrated worksheets, ready for `planImport`. */
      docs: WorksheetDoc[];
      failures: ImportFailure[];
      source: string;
      exportedAt: string;
    };

/**
 * Reads an export file. Checks the size before parsing, the envelope before the worksheets,
 * and each worksheet on its own, so one broken worksheet never blocks the rest. Never throws
 * and touches nothing but its arguments.
 *
 * @param byteLength the file's size in bytes (`File.size`), checked before the text is parsed.
 */
export function parseImportFile(text: string, byteLength: number): ImportParseResult {
  // A string never has more UTF-16 units than the UTF-8 bytes it encodes, so this also
  // catches a caller that passes a wrong byteLength.
  if (byteLength > MAX_IMPORT_BYTES || text.length > MAX_IMPORT_BYTES) {
    return {
      type: 'error',
      code: 'too_large',
      byteLength: Math.max(byteLength, text.length),
      limit: MAX_IMPORT_BYTES,
    };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { type: 'error', code: 'not_json' };
  }
  const record = asRecord(parsed);
  if (record === undefined) return { type: 'error', code: 'wrong_shape', field: 'root' };
  if (record['type'] !== EXPORT_FILE_TYPE) return { type: 'error', code: 'wrong_shape', field: 'type' };
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { type: 'error', code: 'wrong_shape', field: 'version' };
  }
  if (version > EXPORT_FILE_VERSION) {
    return { type: 'error', code: 'newer_version', version, supported: EXPORT_FILE_VERSION };
  }
  const worksheets = record['worksheets'];
  if (!Array.isArray(worksheets)) return { type: 'error', code: 'wrong_shape', field: 'worksheets' };

  const docs: WorksheetDoc[] = [];
  const failures: ImportFailure[] = [];
  worksheets.forEach((entry: unknown, index) => {
    const result = migrateAndValidate(entry);
    if (result.type === 'success') docs.push(result.doc);
    else failures.push({ index, error: result });
  });
  return {
    type: 'success',
    docs,
    failures,
    source: typeof record['source'] === 'string' ? record['source'].slice(0, 200) : '',
    exportedAt: typeof record['exportedAt'] === 'string' ? record['exportedAt'].slice(0, 40) : '',
  };
}
