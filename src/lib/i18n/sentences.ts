import { sentenceRules, type Locale } from './locales';

/**
 * Joins whole sentences into one message, with the language's own joiner: Chinese full-width
 * punctuation carries its own spacing, so Chinese sentences follow each other directly.
 */
export function joinSentences(locale: Locale, ...sentences: readonly string[]): string {
  const parts = sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  return parts.join(sentenceRules(locale).sentenceJoiner);
}
