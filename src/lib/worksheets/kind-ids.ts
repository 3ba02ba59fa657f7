/**
 * The worksheet kinds. Each is also the URL slug of its page (`/worksheets/<kind>/`), the
 * `kind` of a stored worksheet and of an exported one, so none of them may ever be renamed.
 */
export const worksheetKinds = [
  'smart-ar',
  'prep-sheet',
  'prep-planner',
  'feedback',
  'grow-questions',
  'action-plan',
  'flash-retro',
  'observer-checklist',
] as const;
export type WorksheetKind = (typeof worksheetKinds)[number];

export function isWorksheetKind(value: unknown): value is WorksheetKind {
  return typeof value === 'string' && (worksheetKinds as readonly string[]).includes(value);
}
