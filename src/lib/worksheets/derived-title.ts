import type { Locale } from '../i18n/locales';
import { displayTitle, MAX_TITLE, type WorksheetMeta } from './document';
import { worksheetKindInfo, type WorksheetKind } from './kinds';

/**
 * The title of a worksheet started from another one: its kind's name and the source's title,
 * e.g. "PREP planner · Sam's October prep". A source without a title contributes its kind
 * name and date, as everywhere else. Cut to the title limit.
 */
export function titleFromSource(
  kind: WorksheetKind,
  source: Pick<WorksheetMeta, 'title' | 'kind' | 'createdAt'>,
  locale: Locale,
): string {
  return `${worksheetKindInfo[kind].name[locale]} · ${displayTitle(source, locale)}`.slice(0, MAX_TITLE);
}
