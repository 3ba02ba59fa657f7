import { sentenceRules, type Locale } from './locales';

/** The sentences of a message, in order: the reverse of `joinSentences`. */
export function splitSentences(locale: Locale, text: string): string[] {
  const { script } = sentenceRules(locale);
  // Chinese sentences end on full-width marks with nothing after them; Latin ones on . ! ?
  // followed by a space (so "1:1." ends one, "e.g. this" would too: keep such text short).
  const ends = script === 'cjk' ? /(?<=[。！？])/u : /(?<=[.!?])\s+/u;
  return text
    .split(ends)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * Joins whole sentences into one message, with the language's own joiner: Chinese full-width
 * punctuation carries its own spacing, so Chinese sentences follow each other directly.
 */
export function joinSentences(locale: Locale, ...sentences: readonly string[]): string {
  const parts = sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  return parts.join(sentenceRules(locale).sentenceJoiner);
}

/** Words the user wrote, each quoted as the language quotes: `「坚持」「努力」`, `“keep at it”, “try”`. */
export function quotedList(locale: Locale, words: readonly string[]): string {
  const { quoteOpen, quoteClose, quotedListJoiner } = sentenceRules(locale);
  return words.map((word) => `${quoteOpen}${word}${quoteClose}`).join(quotedListJoiner);
}
