import { sectionText } from '../../i18n/sections';
import { pluralOf } from '../../i18n/plural';
import { quotedList } from '../../i18n/sentences';
import type { Locale } from '../../i18n/locales';
import { filled, type Hint } from '../hint';
import { findJudgmentalWords, hasTimeWindowOrCount, isQuestion } from '../text-rules';
import { frameworkFields, type FeedbackData, type FeedbackField } from './schema';

/** Praise this short, or made only of stock words, says nothing the person can repeat. */
const GENERIC_PRAISE =
  /^(很好|不错|挺好|很棒|真棒|辛苦了|做得好|干得漂亮|good job|great( job| work)?|well done|nice( work| job)?|awesome|keep it up)[!！。.\s]*$/i;

export function feedbackHints(data: FeedbackData, locale: Locale): Hint[] {
  const t = sectionText(locale, 'feedback-hints');
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `feedback/${id}`, field, level, message });

  if (data.scenario === 'negative' && data.framework === '3e')
    add('prefer-best', 'framework', 'info', t('hint.feedback.preferBest'));
  if (data.scenario === 'positive' && data.framework === 'best')
    add('prefer-3e', 'framework', 'info', t('hint.feedback.prefer3e'));

  const fields: readonly FeedbackField[] = frameworkFields[data.framework];
  for (const field of fields) {
    const words = findJudgmentalWords(data[field]);
    if (words.length > 0)
      add(
        'judgmental',
        field,
        'warning',
        t(`hint.feedback.judgmental.${pluralOf(words.length, locale)}`, { words: quotedList(locale, words) }),
      );
  }

  if (data.framework === 'best') {
    if (!filled(data.behavior)) add('behavior-empty', 'behavior', 'info', t('hint.feedback.behaviorEmpty'));
    else if (!hasTimeWindowOrCount(data.behavior))
      add('behavior-no-window', 'behavior', 'warning', t('hint.feedback.behaviorNoWindow'));
    if (!filled(data.effect)) add('effect-empty', 'effect', 'info', t('hint.feedback.effectEmpty'));
    if (!filled(data.seek)) add('seek-empty', 'seek', 'info', t('hint.feedback.seekEmpty'));
    else if (!isQuestion(data.seek))
      add('seek-no-question', 'seek', 'warning', t('hint.feedback.seekNoQuestion'));
    if (!filled(data.target)) add('target-empty', 'target', 'info', t('hint.feedback.targetEmpty'));
  } else {
    if (!filled(data.encourage))
      add('encourage-empty', 'encourage', 'info', t('hint.feedback.encourageEmpty'));
    else if (GENERIC_PRAISE.test(data.encourage.trim()))
      add('encourage-generic', 'encourage', 'warning', t('hint.feedback.encourageGeneric'));
    if (!filled(data.explore)) add('explore-empty', 'explore', 'info', t('hint.feedback.exploreEmpty'));
    else if (!isQuestion(data.explore))
      add('explore-no-question', 'explore', 'info', t('hint.feedback.exploreNoQuestion'));
    if (!filled(data.empower)) add('empower-empty', 'empower', 'info', t('hint.feedback.empowerEmpty'));
  }
  return hints;
}
