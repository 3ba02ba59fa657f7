import { prepSheetSchema, type PrepSheet } from '../../grow/prep-sheet';
import type { PrepSheetData } from './schema';

export type GeneratorInputResult =
  | { type: 'success'; prep: PrepSheet }
  /** `path` is the first field the generator would reject, e.g. `'topics'` when none is filled. */
  | { type: 'error'; code: 'invalid_prep'; path: string };

/**
 * The prep sheet as the GROW question generator accepts it (`POST /api/grow-questions` and
 * the in-browser rules engine): trimmed, empty rows dropped, empty optional values omitted.
 */
export function prepSheetForGenerator(data: PrepSheetData): GeneratorInputResult {
  const list = (items: readonly string[]) => items.map((item) => item.trim()).filter((item) => item !== '');
  const candidate = {
    topics: list(data.topics),
    wins: list(data.wins),
    puzzles: list(data.puzzles),
    supportNeeded: list(data.supportNeeded),
    metrics: data.metrics
      .filter((metric) => metric.name.trim() !== '')
      .map((metric) => ({
        name: metric.name.trim(),
        ...optional('previous', metric.previous),
        ...optional('current', metric.current),
        ...optional('target', metric.target),
      })),
    projects: data.projects
      .filter((project) => project.name.trim() !== '')
      .map((project) => ({ name: project.name.trim(), ...optional('progress', project.progress) })),
  };
  const parsed = prepSheetSchema.safeParse(candidate);
  if (parsed.success) return { type: 'success', prep: parsed.data };
  const path = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
  return { type: 'error', code: 'invalid_prep', path };
}

/** `{ [key]: trimmed }`, or nothing when empty: the contract wants absent, not empty, optional values. */
function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  const trimmed = value.trim();
  return trimmed === '' ? {} : ({ [key]: trimmed } as Partial<Record<K, string>>);
}
