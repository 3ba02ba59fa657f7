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
