import { sentenceRules, type Locale } from '../../i18n/locales';
import { frameworkFields, type FeedbackData } from './schema';

/**
 * The active framework's fields as one message to read aloud, in speaking order, each part
 * closed with a sentence mark so the parts don't run into each other.
 */
export function feedbackDraftMessage(data: FeedbackData, locale: Locale): string {
  const { endsSentence, fullStop, sentenceJoiner: joiner } = sentenceRules(locale);
  return frameworkFields[data.framework]
    .map((field) => data[field].trim().replace(/\s*\n+\s*/g, joiner === '' ? '' : ' '))
    .filter((part) => part !== '')
    .map((part) => (endsSentence.test(part) ? part : `${part}${fullStop}`))
    .join(joiner);
}
