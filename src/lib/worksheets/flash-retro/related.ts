import type { WorksheetSummary } from '../document';
import type { WorksheetKind } from '../kinds';
import { isSamePerson } from '../person';

export { isSamePerson };

/**
 * The worksheets of one kind about one person, newest change first: the 5R plans a retro
 * looks back on, the SMART-AR goals whose adjustment log it may add to. Practice worksheets
 * from workshop scenarios are left out unless the retro itself is practice.
 */
export function relatedWorksheets(
  summaries: readonly WorksheetSummary[],
  kind: WorksheetKind,
  person: string | undefined,
  options: { includePractice?: boolean } = {},
): WorksheetSummary[] {
  return summaries
    .filter(
      (summary) =>
        summary.kind === kind &&
        isSamePerson(summary.person, person) &&
        (options.includePractice === true || summary.practice === undefined),
    )
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
}
