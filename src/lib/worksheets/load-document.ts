import type * as z from '../schema';
import { isWorksheetKind, type WorksheetKind } from './kinds';
import { asRecord, runMigrations } from './migrations';
import { erasedModule, loadWorksheetModules, WorksheetModuleNotLoadedError } from './registry';
import { MAX_TITLE, worksheetMetaSchema, type WorksheetDoc } from './envelope';

/**
 * Loading a stored or imported worksheet: migrate it to the current version, then validate
 * it, or say precisely why it cannot be read.
 */

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
