import type { WorksheetKind } from './kinds';

/**
 * Versioned migrations of worksheet data, in the manner of tldraw's record migrations: each
 * kind has a current version and a list of named steps, each step lifting data from one
 * version to the next. A stored or imported worksheet is migrated up step by step before it
 * is validated, so old files keep opening. Every registered step must have a test; the sweep
 * in test/unit/lib/worksheets/migrations.test.ts fails when one has none.
 */

export interface MigrationStep {
  /** Unique and stable, `<kind>/<to-version>-<what>`, e.g. `'smart-ar/1-likelihood-scale'`. Tests are keyed by it. */
  readonly id: string;
  /** The version this step reads; it produces `from + 1`. */
  readonly from: number;
  /** Why the shape changed, for the next person reading the list. */
  readonly description: string;
  /**
   * Lifts the data. Receives data that has not been validated (it may come from a file), so
   * it must cope with anything, and returns something the next step or the schema will judge.
   */
  up(data: unknown): unknown;
}

export interface MigrationSequence {
  readonly kind: WorksheetKind;
  /** The version `createDefault()` produces and the schema validates. */
  readonly currentVersion: number;
  /** Steps in order; step `n` has `from === firstVersion + n`. */
  readonly steps: readonly MigrationStep[];
}

export type MigrationResult =
  | { type: 'success'; data: unknown; version: number; applied: readonly string[] }
  | { type: 'error'; code: 'newer_version'; version: number; supported: number }
  | { type: 'error'; code: 'unsupported_version'; version: number; oldest: number }
  | { type: 'error'; code: 'migration_failed'; step: string; message: string };

export function defineMigrations(
  kind: WorksheetKind,
  currentVersion: number,
  steps: readonly MigrationStep[],
): MigrationSequence {
  return { kind, currentVersion, steps };
}

/** The oldest version this sequence can read. */
export function oldestVersion(sequence: MigrationSequence): number {
  return sequence.steps[0]?.from ?? sequence.currentVersion;
}

/** Migrates `data` from `version` to the current version. Never throws: a failing step is an error result. */
export function runMigrations(sequence: MigrationSequence, version: number, data: unknown): MigrationResult {
  if (version > sequence.currentVersion) {
    return { type: 'error', code: 'newer_version', version, supported: sequence.currentVersion };
  }
  const oldest = oldestVersion(sequence);
  if (version < oldest) {
    return { type: 'error', code: 'unsupported_version', version, oldest };
  }
  let current = data;
  const applied: string[] = [];
  for (const step of sequence.steps) {
    if (step.from < version) continue;
    try {
      current = step.up(current);
    } catch (error) {
      return { type: 'error', code: 'migration_failed', step: step.id, message: String(error) };
    }
    applied.push(step.id);
  }
  return { type: 'success', data: current, version: sequence.currentVersion, applied };
}

/** Reads a plain object out of unvalidated data, or `undefined`; for use inside `up()`. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
