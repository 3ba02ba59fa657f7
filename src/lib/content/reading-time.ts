import type { Locale } from '../i18n/locales';

/** Characters per minute for Chinese and words per minute for English, typical for study reading. */
const CJK_PER_MINUTE = 400;
const WORDS_PER_MINUTE = 220;

/** Minutes to read a Markdown body, rounded up, at least 1. */
export function readingMinutes(markdown: string, locale: Locale): number {
  const text = markdown.replace(/<[^>]+>/g, ' ').replace(/\[\[[^\]]*\]\]/g, ' ');
  const amount =
    locale === 'zh-CN'
      ? (text.match(/[\u3400-\u9fff]/g)?.length ?? 0) / CJK_PER_MINUTE
      : (text.match(/[A-Za-z0-9’'-]+/g)?.length ?? 0) / WORDS_PER_MINUTE;
  return Math.max(1, Math.ceil(amount));
}
