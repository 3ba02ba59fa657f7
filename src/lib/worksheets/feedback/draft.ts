import type { Locale } from '../../i18n/locales';
import { frameworkFields, type FeedbackData } from './schema';

const sentenceEnd: Record<Locale, { pattern: RegExp; mark: string; joiner: string }> = {
  'zh-CN': { pattern: /[。！？!?…」”]$/, mark: '。', joiner: '' },
  en: { pattern: /[.!?…"”)]$/, mark: '.', joiner: ' ' },
};

/**
 * The active framework's fields as one message to read aloud, in speaking order, each part
 * closed with a sentence mark so the parts don't run into each other.
 */
export function feedbackDraftMessage(data: FeedbackData, locale: Locale): string {
  const { pattern, mark, joiner } = sentenceEnd[locale];
  return frameworkFields[data.framework]
    .map((field) => data[field].trim().replace(/\s*\n+\s*/g, joiner === '' ? '' : ' '))
    .filter((part) => part !== '')
    .map((part) => (pattern.test(part) ? part : `${part}${mark}`))
    .join(joiner);
}
