import * as z from '../schema';
import { MAX_TEXT } from '../grow/prep-sheet';

/**
 * Field builders shared by the worksheet schemas. They are form-friendly: a field the user
 * has not reached yet is an empty string, never `undefined`, so drafts always validate and a
 * controlled input never switches between controlled and uncontrolled. Strings are not
 * trimmed here: trimming while the user types would eat the space they just entered.
 */

export { MAX_TEXT };
/** Short labels: a metric name, an indicator, a person's role. */
export const MAX_SHORT = 120;
/** Paragraphs: a Reason with several observations, an Example told in full. */
export const MAX_LONG = 2000;

/** A text field that may be empty while drafting; missing input becomes `''`. */
export function draftText(max: number) {
  return z._default(z.string().check(z.maxLength(max)), '');
}

/** A calendar date as `YYYY-MM-DD`, or `''` while not chosen yet. */
export const isoDateOrEmpty = z._default(z.union([z.literal(''), z.iso.date()]), '');

/** The id of another stored worksheet this one was built from or links to. */
export const worksheetRef = z.string().check(z.minLength(1), z.maxLength(100));
