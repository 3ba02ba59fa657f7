import type { WorksheetSummary } from '../document';

/** How many prep sheets a "start from a prep sheet" chooser offers: the most recent ones. */
export const PREP_SHEET_CHOICES = 20;

/** The saved prep sheets to offer as a starting point, most recently changed first. */
export function prepSheetChoices(
  summaries: readonly WorksheetSummary[],
  limit = PREP_SHEET_CHOICES,
): WorksheetSummary[] {
  return summaries
    .filter((summary) => summary.kind === 'prep-sheet')
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .slice(0, limit);
}
