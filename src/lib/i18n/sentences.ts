import type { Locale } from './locales';

/**
 * Joins whole sentences into one message. Chinese full-width punctuation carries its own
 * spacing, so Chinese sentences follow each other directly; English ones take a space.
 */
export function joinSentences(locale: Locale, ...sentences: readonly string[]): string {
  const parts = sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence !== '');
  return parts.join(locale === 'zh-CN' ? '' : ' ');
}
