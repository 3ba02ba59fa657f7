import type { WorksheetSummary } from './document';
import { displayTitle } from './document';
import type { WorksheetKind } from './kinds';
import type { Locale } from '../i18n/locales';
import { personKey } from './person';

/** What "My worksheets" is narrowed to; an empty value means "all". */
export interface ListFilter {
  kind: WorksheetKind | '';
  person: string;
  /** Free text matched against the title (as shown), the person and the kind name. */
  query: string;
}

export const emptyFilter: ListFilter = { kind: '', person: '', query: '' };

function normalize(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase().trim();
}

/** The summaries that pass the filter, most recently changed first. */
export function filterSummaries(
  summaries: readonly WorksheetSummary[],
  filter: ListFilter,
  locale: Locale,
): WorksheetSummary[] {
  const query = normalize(filter.query);
  const person = personKey(filter.person);
  return summaries
    .filter((summary) => filter.kind === '' || summary.kind === filter.kind)
    .filter((summary) => person === '' || personKey(summary.person) === person)
    .filter((summary) => {
      if (query === '') return true;
      const haystack = normalize(`${displayTitle(summary, locale)} ${summary.person ?? ''}`);
      return haystack.includes(query);
    })
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}

/** The distinct people named on worksheets, sorted for a menu. */
export function peopleOf(summaries: readonly WorksheetSummary[], locale: Locale): string[] {
  const people = new Map<string, string>();
  for (const summary of summaries) {
    const name = summary.person?.trim();
    if (name) people.set(personKey(name), name);
  }
  return [...people.values()].sort((a, b) => a.localeCompare(b, locale));
}

/** Worksheets about one person (or about nobody in particular: `person` undefined). */
export interface PersonGroup {
  person: string | undefined;
  summaries: WorksheetSummary[];
}

/**
 * The (already filtered and sorted) summaries grouped by person: the person worked on most
 * recently first, each group most recent first, worksheets about nobody last.
 */
export function groupByPerson(sorted: readonly WorksheetSummary[]): PersonGroup[] {
  const groups = new Map<string, PersonGroup>();
  const nobody: PersonGroup = { person: undefined, summaries: [] };
  for (const summary of sorted) {
    const key = personKey(summary.person);
    if (key === '') {
      nobody.summaries.push(summary);
      continue;
    }
    const group = groups.get(key) ?? { person: summary.person?.trim(), summaries: [] };
    group.summaries.push(summary);
    groups.set(key, group);
  }
  return [...groups.values(), ...(nobody.summaries.length > 0 ? [nobody] : [])];
}

/** Which copy changed last, when an imported worksheet meets the stored one with its id. */
export function newerCopy(stored: string | undefined, incoming: string): 'file' | 'here' | 'same' {
  if (stored === undefined || stored < incoming) return 'file';
  return stored > incoming ? 'here' : 'same';
}
