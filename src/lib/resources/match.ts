import { sentenceRules, type Locale } from '../i18n/locales';
import type { ResourceArea } from './schema';

/**
 * Which development areas an action's Result points to, from the catalog's keywords. Pure
 * and small on purpose: a suggestion the manager confirms with one click, not a classifier.
 */

export interface AreaMatch {
  area: ResourceArea;
  /** The keywords (and the area name) found in the text, in catalog order; one inside another counts once. */
  matched: string[];
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/u;

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Chinese (and other unspaced scripts) has no word boundaries, so a keyword matches anywhere;
 * a Latin keyword matches at the start of a word, so `present` finds "presentations" but `ask`
 * does not fire inside "task".
 */
export function containsKeyword(text: string, keyword: string): boolean {
  const needle = normalize(keyword).trim();
  if (needle === '') return false;
  const haystack = normalize(text);
  if (CJK.test(needle)) return haystack.includes(needle);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}`, 'u').test(haystack);
}

/** The areas whose keywords appear in `text`, most matches first, catalog order among equals. */
export function matchAreas(text: string, areas: readonly ResourceArea[]): AreaMatch[] {
  if (text.trim() === '') return [];
  return areas
    .map((area, order) => {
      const words = [area.name, ...area.keywords];
      const found = words.filter(
        (word, index) => words.indexOf(word) === index && containsKeyword(text, word),
      );
      // `present` inside a matched `presentation` is the same evidence, not a second one.
      const matched = found.filter(
        (word) => !found.some((other) => other !== word && normalize(other).includes(normalize(word))),
      );
      return { area, matched, order };
    })
    .filter((candidate) => candidate.matched.length > 0)
    .sort((a, b) => b.matched.length - a.matched.length || a.order - b.order)
    .map(({ area, matched }) => ({ area, matched }));
}

export type AppendResourceResult =
  | { type: 'appended'; value: string }
  /** The name is already in the field; nothing changed. */
  | { type: 'present'; value: string }
  /** Appending would pass the field's limit; nothing changed. */
  | { type: 'too_long'; value: string };

/**
 * Adds a resource name to what the Resource field already says, never replacing it: an empty
 * field takes the name, a filled one gets it after a separator, a name already there is not
 * repeated, and a field that would pass `max` is left alone.
 */
export function appendResource(
  current: string,
  name: string,
  locale: Locale,
  max: number,
): AppendResourceResult {
  const trimmedName = name.trim();
  if (current.trim() === '') {
    return trimmedName.length > max
      ? { type: 'too_long', value: current }
      : { type: 'appended', value: trimmedName };
  }
  if (normalize(current).includes(normalize(trimmedName))) return { type: 'present', value: current };
  const value = `${current.replace(/[\s;；,，、。.]+$/u, '')}${sentenceRules(locale).semicolon}${trimmedName}`;
  return value.length > max ? { type: 'too_long', value: current } : { type: 'appended', value };
}
