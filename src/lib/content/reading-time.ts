import { sentenceRules, type Locale } from '../i18n/locales';

/**
 * Minutes to read a Markdown body, rounded up, at least 1: Chinese characters or English
 * words at the language's study-reading speed.
 */
export function readingMinutes(markdown: string, locale: Locale): number {
  const text = markdown.replace(/<[^>]+>/g, ' ').replace(/\[\[[^\]]*\]\]/g, ' ');
  const { script, readingPerMinute } = sentenceRules(locale);
  const units =
    script === 'cjk'
      ? (text.match(/[\u3400-\u9fff]/g)?.length ?? 0)
      : (text.match(/[A-Za-z0-9’'-]+/g)?.length ?? 0);
  return Math.max(1, Math.ceil(units / readingPerMinute));
}
