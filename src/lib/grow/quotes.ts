/**
 * Quoted spans are someone's own words, not the grammar of the sentence around them. Kept
 * apart from question-rules.ts so the worksheets' text rules can use it without loading the
 * question checks on every worksheet page.
 */
const QUOTED_SPAN = /“[^“”]*”|‘[^‘’]*’|"[^"]*"|「[^「」]*」|『[^『』]*』/gu;
const QUOTE_PLACEHOLDER = 'QUOTE';

/** Replaces quoted spans so a quoted "Should we hire?" does not make a question closed. */
export function withoutQuotes(text: string): string {
  return text.replace(QUOTED_SPAN, QUOTE_PLACEHOLDER);
}
