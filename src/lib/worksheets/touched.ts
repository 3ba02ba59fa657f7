/**
 * Which parts of a worksheet the user has touched, so hints speak only about those: a new,
 * untouched form shows none. A path is touched when its value differs from the empty
 * worksheet's (what was typed, now or in an earlier visit), when it changed during this
 * visit (typed and then cleared again), or when the user left that field.
 */

import type { WorksheetKind } from './kinds';

/**
 * Fields whose hints answer a choice made elsewhere: picking "negative feedback" is what
 * makes the framework suggestion worth saying, though the framework itself was not touched.
 */
const linkedFields: Partial<Record<WorksheetKind, Readonly<Record<string, readonly string[]>>>> = {
  feedback: { scenario: ['framework'] },
};

/** `touched` with the fields linked to a touched one added. */
export function withLinkedFields(kind: WorksheetKind, touched: ReadonlySet<string>): ReadonlySet<string> {
  const links = linkedFields[kind];
  if (links === undefined) return touched;
  const extra = [...touched].flatMap((path) => links[path] ?? []);
  return extra.length === 0 ? touched : new Set([...touched, ...extra]);
}

/** The dotted paths (`goal`, `actions.1.result`) whose leaf values differ between `a` and `b`. */
export function changedPaths(a: unknown, b: unknown, prefix = ''): string[] {
  if (Object.is(a, b)) return [];
  const aObject = typeof a === 'object' && a !== null;
  const bObject = typeof b === 'object' && b !== null;
  if (!aObject || !bObject || Array.isArray(a) !== Array.isArray(b)) return [prefix];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const paths: string[] = [];
  for (const key of keys) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    paths.push(
      ...changedPaths((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], path),
    );
  }
  // A list that grew or shrank counts as touched as a whole, so its own hints may speak.
  if (Array.isArray(a) && Array.isArray(b) && a.length !== b.length && prefix !== '') paths.push(prefix);
  return paths;
}

/**
 * Whether a hint about `field` may speak: the field itself, something inside it (a list's
 * item for the list's hint), or what contains it (the list for one of its items) is touched.
 */
export function isTouched(field: string, touched: ReadonlySet<string>): boolean {
  if (touched.has(field)) return true;
  for (const path of touched) {
    if (path.startsWith(`${field}.`) || field.startsWith(`${path}.`)) return true;
  }
  return false;
}
