import * as z from '../schema';
import { MAX_SHORT } from './fields';
import { worksheetKinds, type WorksheetKind } from './kinds';
import type { WorksheetData } from './registry';

/**
 * The stored worksheet: an envelope of metadata around one kind's data. It is what storage
 * keeps, what an export file lists, and what `migrateAndValidate` returns, so loading from
 * IndexedDB and importing a file go through the same checks.
 */

export const MAX_TITLE = MAX_SHORT;
export const MAX_PERSON = 80;

/** Ids are keys in storage and in files: short, and free of characters that need escaping. */
const worksheetId = z.string().check(z.minLength(1), z.maxLength(100), z.regex(/^[A-Za-z0-9_-]+$/));

export const worksheetMetaSchema = z.object({
  /** Unique on this device; a new id is given when an import is kept alongside an existing one. */
  id: worksheetId,
  kind: z.enum(worksheetKinds),
  /** The data's schema version; always the current one after `migrateAndValidate`. */
  schemaVersion: z.int().check(z.minimum(0)),
  /**
   * Counts saves on this device. A save based on an older revision than the stored one is a
   * conflict (another tab saved in between) and is refused rather than overwriting.
   */
  revision: z._default(z.int().check(z.minimum(0)), 0),
  /** The user's name for it; empty shows as the kind name and date. */
  title: z._default(z.string().check(z.maxLength(MAX_TITLE)), ''),
  /** Whom it is about: a name or a pseudonym, so one device can hold a history per team member. */
  person: z.optional(z.string().check(z.maxLength(MAX_PERSON))),
  /** The workshop scenario that loaded this as sample data; such worksheets can be cleared together. */
  practice: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
  /** ISO 8601 instants. */
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});

export type WorksheetMeta = z.output<typeof worksheetMetaSchema>;

/** A stored worksheet of one kind (or, without a type argument, of any kind: a union narrowed by `kind`). */
export type WorksheetDoc<K extends WorksheetKind = WorksheetKind> = {
  [P in K]: Omit<WorksheetMeta, 'kind'> & { kind: P; data: WorksheetData<P> };
}[K];

/**
 * Any worksheet, as a parameter type. A form holds a `WorksheetDoc<K>` for its own `K`; for
 * a generic `K` TypeScript cannot match that to one member of the `WorksheetDoc` union, so
 * functions that accept every kind take this looser shape (and validate the data anyway).
 */
export type WorksheetDocLike = Omit<WorksheetMeta, 'kind'> & { kind: WorksheetKind; data: unknown };

/**
 * What "My worksheets" lists: everything but the data (id, kind, title, person, practice,
 * dates, and the revision and schema version that saves check against).
 */
export type WorksheetSummary = WorksheetMeta;

export function summarize(doc: WorksheetDocLike): WorksheetSummary {
  const { data: _data, ...meta } = doc;
  return meta;
}

/** A random id: `crypto.randomUUID` where available (secure contexts), a random fallback elsewhere. */
export function newWorksheetId(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (typeof cryptoApi?.randomUUID === 'function') return cryptoApi.randomUUID();
  return `w${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;
}
