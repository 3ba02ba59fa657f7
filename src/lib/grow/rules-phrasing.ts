import type { GrowStage } from './question';

/**
 * The shape of the rules engine's phrasings. Each phrasing belongs to one stage and needs
 * one kind of material from the prep sheet; the engine fills its slots with the employee's
 * own words (already shortened and quoted) and checks the result against question-rules.
 */

export type MaterialKind =
  /** One of the employee's topics; `t` (a quotation, or "the first topic on your list"). */
  | 'topic'
  /** Two different topics; `t` and `t2`. */
  | 'topicPair'
  /** Something that went well; `t`. */
  | 'win'
  /** Something that puzzles the employee; `t`. */
  | 'puzzle'
  /** A kind of support the employee asked for; `t`. */
  | 'support'
  /** Any metric; `n` (its quoted name). */
  | 'metric'
  /** A metric with a current value and a target; `n`, `cur`, `tgt`. */
  | 'metricGap'
  /** A metric with a previous and a current value; `n`, `prev`, `cur`. */
  | 'metricTrend'
  /** Any project; `p` (its quoted name). */
  | 'project'
  /** A project with its progress; `p`, `prog`. */
  | 'projectProgress'
  /** Nothing from the sheet: a general question for the stage. */
  | 'none';

/** Slot values, already cleaned, shortened and quoted where they are the employee's words. */
export interface Slots {
  t: string;
  t2: string;
  n: string;
  prev: string;
  cur: string;
  tgt: string;
  p: string;
  prog: string;
}

export interface Phrasing {
  needs: MaterialKind;
  render: (slots: Slots) => string;
}

/**
 * One language's book: its phrasings for each stage, and what else the engine needs to know
 * about the language to quote a sheet well. One typed file per language
 * (`rules-phrasing.<locale>.ts`); the engine loads only the page's (`phrasing-books.ts`).
 */
export interface PhrasingBook extends Record<GrowStage, readonly Phrasing[]> {
  /** How the language refers to a topic it cannot quote. */
  topicReference: TopicReference;
  /**
   * Quotation lengths tried in order, longest first. A question that breaks a rule with a long
   * quote (too much English in a Chinese question, say) often passes with a shorter one.
   * Counts are characters: Chinese needs fewer of them than English for the same idea.
   */
  quoteLengths: readonly number[];
  /**
   * A topic written as a question of its own in this language ("Should I move into
   * product?", "是否转向产品经理"), matched against the cleaned topic; such a topic is
   * referred to by its place instead of quoted. A trailing `?`/`？` counts in every language.
   */
  questionLike: RegExp;
}

/** Shorthand for writing phrasing books as tables. */
export function phrasing(needs: MaterialKind, render: (slots: Slots) => string): Phrasing {
  return { needs, render };
}

/** How a locale refers to a topic it cannot quote (judgmental words, another script). */
export interface TopicReference {
  /** The only topic on the sheet. */
  only: string;
  /** The topic at `index` (0-based) of several. */
  nth: (index: number) => string;
}
