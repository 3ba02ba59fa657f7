import type { Milestone, SmartArData } from '../worksheets/smart-ar/schema';
import { daysBetween } from '../dates';

/**
 * Progress of a SMART-AR goal, from what its milestones record.
 *
 * - **Progress** is the share of milestones ticked "reached". Only the tick counts: a
 *   current value can run either way (a conversion rate climbs, a release cycle shrinks),
 *   so it is shown next to its target but never turned into a percentage by guessing.
 * - **Expected** is the share of milestones whose date is before today: the goal's own
 *   schedule, i.e. the time elapsed measured in the steps the goal set itself. A milestone
 *   due today is not yet expected.
 * - **Elapsed** is the share of calendar time between the day the goal was written and its
 *   last milestone date, shown beside the bar.
 *
 * Milestones with neither an indicator nor a target are left out (an empty row in the form).
 */

/** The first number in a text: "11%" → 11, "2 of 5" → 2, "１２" → 12, "1,200" → 1200; `undefined` if none. */
export function firstNumber(text: string): number | undefined {
  const match = /-?\d+(?:[.,]\d+)*/.exec(text.normalize('NFKC'));
  if (match === null) return undefined;
  const raw = match[0];
  // "1,200" is a thousands separator; "2,5" a decimal comma.
  const cleaned = /,\d{3}(?!\d)/.test(raw) ? raw.replace(/,/g, '') : raw.replace(',', '.');
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : undefined;
}

const ALMOST_WHOLE = 0.99;

/**
 * A milestone's bar for display: 1 when reached; otherwise current ÷ target when both hold
 * a number and current is below target (capped just under 1), else 0. Display only: health
 * uses the reached ticks (see above).
 */
export function milestoneProgress(milestone: Milestone): { value: number; measured: boolean } {
  if (milestone.reachedOn !== '') return { value: 1, measured: true };
  const current = firstNumber(milestone.current);
  const target = firstNumber(milestone.target);
  if (current === undefined || target === undefined || target <= 0) return { value: 0, measured: false };
  return { value: Math.min(ALMOST_WHOLE, Math.max(0, current / target)), measured: true };
}

export interface GoalProgress {
  /** Share of milestones reached, 0–1; `undefined` with no milestone. */
  progress: number | undefined;
  /** Share of milestones due before today, 0–1; `undefined` when no milestone has a date. */
  expected: number | undefined;
  /** Share of the goal's time span already past, 0–1; `undefined` without a milestone date. */
  elapsed: number | undefined;
  /** The goal's start (creation day) and due day (latest milestone date). */
  start: string;
  due: string | undefined;
  milestones: { milestone: Milestone; progress: number; measured: boolean; overdue: boolean }[];
}

export function goalProgress(data: SmartArData, start: string, today: string): GoalProgress {
  const milestones = data.milestones
    .filter((milestone) => milestone.indicator.trim() !== '' || milestone.target.trim() !== '')
    .map((milestone) => {
      const { value, measured } = milestoneProgress(milestone);
      return {
        milestone,
        progress: value,
        measured,
        overdue: milestone.reachedOn === '' && milestone.date !== '' && milestone.date < today,
      };
    });
  const progress =
    milestones.length === 0
      ? undefined
      : milestones.filter((entry) => entry.milestone.reachedOn !== '').length / milestones.length;
  const dates = milestones.map((entry) => entry.milestone.date).filter((date) => date !== '');
  const expected =
    dates.length === 0 ? undefined : dates.filter((date) => date < today).length / milestones.length;
  const due = dates.length === 0 ? undefined : dates.reduce((a, b) => (a > b ? a : b));
  let elapsed: number | undefined;
  if (due !== undefined) {
    const span = daysBetween(start, due);
    const past = daysBetween(start, today);
    if (span !== undefined && past !== undefined)
      elapsed = span <= 0 ? (past >= 0 ? 1 : 0) : Math.min(1, Math.max(0, past / span));
  }
  return { progress, expected, elapsed, start, due, milestones };
}
