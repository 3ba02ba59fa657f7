import { interpolate } from '../i18n/interpolate';
import * as z from '../schema';
import { defaultLocale, type Locale } from '../i18n/locales';
import { localDateOf, todayIso } from '../dates';
import { MAX_SHORT } from './fields';
import { isWorksheetKind, worksheetKindInfo, worksheetKinds, type WorksheetKind } from './kinds';
import { asRecord, runMigrations } from './migrations';
import {
  erasedModule,
  getWorksheetModule,
  loadWorksheetModules,
  WorksheetModuleNotLoadedError,
  type WorksheetData,
} from './registry';

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

export interface CreateWorksheetOptions<K extends WorksheetKind> {
  locale?: Locale;
  title?: string;
  person?: string;
  practice?: string;
  /** Prefilled data (a role-play scenario, a flow helper's output); defaults to the empty worksheet. */
  data?: WorksheetData<K>;
  id?: string;
  now?: Date;
}

/** A new, unsaved worksheet at revision 0. */
export function createWorksheet<K extends WorksheetKind>(
  kind: K,
  options: CreateWorksheetOptions<K> = {},
): WorksheetDoc<K> {
  const clock = options.now ?? new Date();
  const now = clock.toISOString();
  const module = getWorksheetModule(kind);
  const doc = {
    id: options.id ?? newWorksheetId(),
    kind,
    schemaVersion: module.migrations.currentVersion,
    revision: 0,
    title: options.title ?? '',
    ...(options.person === undefined ? {} : { person: options.person }),
    ...(options.practice === undefined ? {} : { practice: options.practice }),
    createdAt: now,
    updatedAt: now,
    data: options.data ?? module.createDefault(options.locale, todayIso(clock)),
  };
  return doc as WorksheetDoc<K>;
}

/** The title to show: the user's, or the kind name and creation date when they gave none. */
export function displayTitle(
  summary: Pick<WorksheetMeta, 'title' | 'kind' | 'createdAt'>,
  locale: Locale = defaultLocale,
): string {
  const title = summary.title.trim();
  return title !== ''
    ? title
    : `${worksheetKindInfo[summary.kind].name[locale]} · ${localDateOf(summary.createdAt)}`;
}

/**
 * The title of a duplicate, from the dictionary's `ws.list.copyTitle` template (`{title} (copy)`),
 * the original cut so the whole still fits the title limit.
 */
export function titleForCopy(title: string, template: string): string {
  const room = MAX_TITLE - (template.length - '{title}'.length);
  return interpolate(template, { title: title.slice(0, Math.max(0, room)) });
}

// ── Load: migrate, then validate ──────────────────────────────────────────────

/** What went wrong with one field, independent of the validator's wording. */
export type FieldIssue =
  | 'missing'
  | 'wrong_type'
  | 'too_long'
  | 'too_short'
  | 'too_many'
  | 'too_few'
  | 'out_of_range'
  | 'bad_date'
  | 'bad_datetime'
  | 'bad_format'
  | 'not_allowed'
  | 'invalid';

/** Facts about the worksheet that failed, when they could be read, so the UI can name it. */
export interface FailedWorksheetFacts {
  id?: string;
  kind?: string;
  title?: string;
}

export type LoadError = FailedWorksheetFacts &
  (
    | { type: 'error'; code: 'not_object' }
    | { type: 'error'; code: 'unknown_kind' }
    | { type: 'error'; code: 'newer_version'; version: number; supported: number }
    | { type: 'error'; code: 'unsupported_version'; version: number; oldest: number }
    | { type: 'error'; code: 'migration_failed'; step: string }
    | {
        type: 'error';
        code: 'invalid_data';
        /** The failing field as a dotted path: `'title'`, `'data.milestones.0.date'`; `''` for the whole value. */
        path: string;
        issue: FieldIssue;
        /** The limit that was broken, for `too_long`, `too_many` and the like. */
        limit?: number;
      }
  );

export type LoadErrorCode = LoadError['code'];

export type LoadResult = { type: 'success'; doc: WorksheetDoc; migrated: boolean } | LoadError;

/**
 * Turns anything (a stored value, one entry of an imported file) into a current, valid
 * worksheet, or says precisely why it can't. Never throws for any input. The value's kind
 * must be loaded (see `loadKindAndValidate`); reading an unloaded kind is a programming
 * error and throws `WorksheetModuleNotLoadedError`.
 */
export function migrateAndValidate(value: unknown): LoadResult {
  try {
    return migrateAndValidateOrThrow(value);
  } catch (error) {
    if (error instanceof WorksheetModuleNotLoadedError) throw error;
    // The steps above are written not to throw; this keeps the promise if one ever does.
    return { type: 'error', code: 'invalid_data', path: '', issue: 'invalid' };
  }
}

/** `migrateAndValidate`, after loading the module of the value's kind if it names a known one. */
export async function loadKindAndValidate(value: unknown): Promise<LoadResult> {
  const kind = asRecord(value)?.['kind'];
  if (isWorksheetKind(kind)) await loadWorksheetModules([kind]);
  return migrateAndValidate(value);
}

/**
 * `migrateAndValidate` for many values: the modules of every known kind among them load once
 * (in parallel), then each value is checked. For reading a whole device (export, dashboards).
 */
export async function loadKindsAndValidateAll(values: readonly unknown[]): Promise<LoadResult[]> {
  const kinds = new Set<WorksheetKind>();
  for (const value of values) {
    const kind = asRecord(value)?.['kind'];
    if (isWorksheetKind(kind)) kinds.add(kind);
  }
  await loadWorksheetModules(kinds);
  return values.map((value) => migrateAndValidate(value));
}

function migrateAndValidateOrThrow(value: unknown): LoadResult {
  const record = asRecord(value);
  if (record === undefined) return { type: 'error', code: 'not_object' };
  const facts = readFacts(record);
  const kind = record['kind'];
  if (!isWorksheetKind(kind)) return { ...facts, type: 'error', code: 'unknown_kind' };

  const version = record['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    return {
      ...facts,
      type: 'error',
      code: 'invalid_data',
      path: 'schemaVersion',
      issue: version === undefined ? 'missing' : 'wrong_type',
    };
  }
  const module = erasedModule(kind);
  const migrated = runMigrations(module.migrations, version, record['data']);
  if (migrated.type === 'error') {
    switch (migrated.code) {
      case 'newer_version':
        return { ...facts, type: 'error', code: 'newer_version', version, supported: migrated.supported };
      case 'unsupported_version':
        return { ...facts, type: 'error', code: 'unsupported_version', version, oldest: migrated.oldest };
      case 'migration_failed':
        return { ...facts, type: 'error', code: 'migration_failed', step: migrated.step };
    }
  }

  const meta = worksheetMetaSchema.safeParse({ ...record, schemaVersion: migrated.version });
  if (!meta.success) return { ...facts, ...describeIssue(meta.error.issues, record, '') };
  const data = module.schema.safeParse(migrated.data);
  if (!data.success) return { ...facts, ...describeIssue(data.error.issues, migrated.data, 'data') };

  const doc = { ...meta.data, data: data.data } as WorksheetDoc;
  return { type: 'success', doc, migrated: migrated.applied.length > 0 };
}

function readFacts(record: Record<string, unknown>): FailedWorksheetFacts {
  const facts: FailedWorksheetFacts = {};
  const short = (value: unknown) => (typeof value === 'string' ? value.slice(0, MAX_TITLE) : undefined);
  const id = short(record['id']);
  const kind = short(record['kind']);
  const title = short(record['title']);
  if (id !== undefined) facts.id = id;
  if (kind !== undefined) facts.kind = kind;
  if (title !== undefined) facts.title = title;
  return facts;
}

type InvalidData = Extract<LoadError, { code: 'invalid_data' }>;

/** The first issue as a path, a kind of problem and a limit; the validator's wording stays out of the UI. */
function describeIssue(issues: readonly z.Issue[], input: unknown, prefix: string): InvalidData {
  const issue = pickIssue(issues);
  const segments = issue === undefined ? [] : issue.path.map(String);
  const path = [prefix, ...segments].filter((part) => part !== '').join('.');
  const base = { type: 'error', code: 'invalid_data', path } as const;
  if (issue === undefined) return { ...base, issue: 'invalid' };
  switch (issue.code) {
    case 'invalid_type':
      return { ...base, issue: valueAt(input, issue.path) === undefined ? 'missing' : 'wrong_type' };
    case 'too_big':
      return { ...base, issue: sizeIssue(issue.origin, 'big'), limit: Number(issue.maximum) };
    case 'too_small':
      return { ...base, issue: sizeIssue(issue.origin, 'small'), limit: Number(issue.minimum) };
    case 'invalid_format':
      return {
        ...base,
        issue:
          issue.format === 'date' ? 'bad_date' : issue.format === 'datetime' ? 'bad_datetime' : 'bad_format',
      };
    case 'invalid_value':
      return { ...base, issue: 'not_allowed' };
    default:
      return { ...base, issue: 'invalid' };
  }
}

/**
 * A union (a date or `''`) reports one issue per branch; the branch that got furthest
 * (a malformed date rather than "not the empty string") says what is wrong.
 */
function pickIssue(issues: readonly z.Issue[]): z.Issue | undefined {
  const first = issues[0];
  if (first?.code !== 'invalid_union') return first;
  const branches = first.errors.flat();
  const telling =
    branches.find((issue) => issue.code !== 'invalid_value' && issue.code !== 'invalid_type') ?? branches[0];
  return telling === undefined ? first : { ...telling, path: [...first.path, ...telling.path] };
}

function sizeIssue(origin: string, direction: 'big' | 'small'): FieldIssue {
  if (origin === 'string') return direction === 'big' ? 'too_long' : 'too_short';
  if (origin === 'array' || origin === 'set') return direction === 'big' ? 'too_many' : 'too_few';
  return 'out_of_range';
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
