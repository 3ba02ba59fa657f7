import { sentenceRules, type Locale } from '../i18n/locales';
import { sectionText } from '../i18n/sections';
import { MAX_ACTIONS, isUnfinished, type PlannedAction } from '../worksheets/action-plan/schema';
import { MAX_LONG } from '../worksheets/fields';

/**
 * The next 1:1 starts from the last one: one or two items picked on a dashboard (an overdue
 * action, an at-risk goal, an obstacle) become a PREP planner's Point and Reason, and a new
 * 5R plan carries the unfinished actions of the last one.
 */

/** At most this many items make one conversation's Point; more and it has none. */
export const MAX_PICKED_ITEMS = 2;

export interface PickedItem {
  /** What it is about, short: "Action overdue: Mock visit". */
  label: string;
  /** The facts behind it, as the dashboard words them. */
  facts: string;
}

function pointOf(labels: readonly string[], locale: Locale): string {
  const t = sectionText(locale, 'tracking');
  return t('tracking.next.point', { items: labels.join(sentenceRules(locale).semicolon) });
}

/** The PREP planner's Point and Reason from the picked items (the first two). */
export function prepFromItems(
  items: readonly PickedItem[],
  locale: Locale,
): { point: string; reason: string } {
  const picked = items.slice(0, MAX_PICKED_ITEMS);
  return {
    point: pointOf(
      picked.map((item) => item.label),
      locale,
    ).slice(0, MAX_LONG),
    reason: picked
      .map((item) => item.facts)
      .join('\n')
      .slice(0, MAX_LONG),
  };
}

/**
 * The actions a new 5R plan starts with: the unfinished ones of the last plan (open or
 * blocked), reopened with their review date cleared (the new conversation agrees a new one),
 * their history of moves left behind with the old plan. At most `MAX_ACTIONS`.
 */
export function carriedActions(actions: readonly PlannedAction[]): PlannedAction[] {
  return actions
    .filter(isUnfinished)
    .slice(0, MAX_ACTIONS)
    .map((action) => ({
      ...action,
      reviewDate: '',
      reviewMoves: [],
      state: 'open' as const,
      doneOn: '',
      blockedReason: '',
    }));
}

/** How to open on each action of the last plan: praise it, or ask what happened. */
export function outcomePrompt(action: Pick<PlannedAction, 'state'>, locale: Locale): string {
  return sectionText(locale, 'tracking')(`tracking.next.${action.state}`);
}
