import * as z from '../schema';
import { isoDateOrEmpty } from './fields';

/**
 * The light traces the dashboards read from the worksheets (issue 11): a review date's moves,
 * the likelihood over time. They are written by the forms as a side effect of an ordinary
 * edit (changing a date, picking a score), never typed in by hand.
 */

/** At most this many moves or readings are kept per field; the oldest go first. */
export const MAX_TRACE_ENTRIES = 50;

/** One move of a review date: from which day to which, and on which day it was moved. */
export const dateMoveSchema = z.object({
  from: z.iso.date(),
  to: z.iso.date(),
  on: isoDateOrEmpty,
});
export type DateMove = z.output<typeof dateMoveSchema>;

export const dateMovesSchema = z._default(
  z.array(dateMoveSchema).check(z.maxLength(MAX_TRACE_ENTRIES)),
  () => [],
);

/**
 * Records that a date changed from `previous` to `next` on `today`. Setting a first date or
 * clearing one is not a move. Several changes on the same day are one move (a date picker
 * steps through days on its way), and a same-day change back to where it started is none.
 */
export function recordDateMove(
  moves: readonly DateMove[],
  previous: string,
  next: string,
  today: string,
): DateMove[] {
  if (previous === '' || next === '' || previous === next) return [...moves];
  const last = moves.at(-1);
  if (last !== undefined && last.on === today && last.to === previous) {
    const rest = moves.slice(0, -1);
    return last.from === next ? rest : [...rest, { ...last, to: next }];
  }
  return [...moves, { from: previous, to: next, on: today }].slice(-MAX_TRACE_ENTRIES);
}

/** Moves that pushed the date later. */
export function laterMoves(moves: readonly DateMove[]): DateMove[] {
  return moves.filter((move) => move.to > move.from);
}
