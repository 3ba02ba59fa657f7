import { todayIso } from '../dates';

/** How strongly a hint speaks: `warning` for something that weakens the conversation, `info` for a nudge. */
export type HintLevel = 'info' | 'warning';

/**
 * A live coaching hint shown next to a form field. Hints never block saving: a draft is
 * allowed to be unfinished.
 */
export interface Hint {
  /** The rule that produced it, stable across languages, e.g. `'smart-ar/no-number'`. */
  id: string;
  /**
   * The field it is about, as a dotted path into the worksheet data (`'goal'`,
   * `'actions.1.reviewDate'`). `id` + `field` is unique within one `hints()` result, so
   * `hintKey()` makes a React key.
   */
  field: string;
  level: HintLevel;
  /** The hint, already in the requested language. Plain text, never HTML. */
  message: string;
}

/** What a hint rule may need beyond the data. Injectable so date rules are testable. */
export interface HintContext {
  /** Today as `YYYY-MM-DD`; defaults to the user's today. */
  today?: string;
}

export function hintKey(hint: Hint): string {
  return `${hint.id}@${hint.field}`;
}

export function resolveToday(context: HintContext | undefined): string {
  return context?.today ?? todayIso();
}

/** Whether the user has written something there (whitespace does not count). */
export function filled(text: string): boolean {
  return text.trim() !== '';
}
