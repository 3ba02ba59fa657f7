import { sectionText } from '../../i18n/sections';
import { pluralOf } from '../../i18n/plural';
import { quotedList } from '../../i18n/sentences';
import type { Locale } from '../../i18n/locales';
import { filled, resolveToday, type Hint, type HintContext } from '../hint';
import { findVagueWords, hasDate, hasMeasure } from '../text-rules';
import { isLikelihoodLow, smartArLetters, type SmartArData, type SmartArLetter } from './schema';

/**
 * A letter counts as answered when its own answer is filled or the rest of the worksheet
 * already covers it (a number in the goal answers M), so the builder doesn't ask twice.
 */
function letterCovered(
  data: SmartArData,
  letter: SmartArLetter,
  measurable: boolean,
  dated: boolean,
): boolean {
  if (filled(data.letters[letter])) return true;
  switch (letter) {
    case 'measurable':
      return measurable;
    case 'timeBased':
      return dated;
    case 'achievable':
      return data.likelihood.value !== null;
    case 'reviewable':
      return filled(data.reviewCadence);
    case 'specific':
    case 'relevant':
    case 'agile':
      return false;
  }
}

export function smartArHints(data: SmartArData, locale: Locale, context?: HintContext): Hint[] {
  const t = sectionText(locale, 'smart-ar-hints');
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `smart-ar/${id}`, field, level, message });

  if (!filled(data.direction)) add('direction-empty', 'direction', 'info', t('hint.smartAr.directionEmpty'));
  if (!filled(data.goal)) {
    add('goal-empty', 'goal', 'info', t('hint.smartAr.goalEmpty'));
    return hints;
  }

  const measurable =
    hasMeasure(data.goal) || data.milestones.some((milestone) => hasMeasure(milestone.target));
  const dated = hasDate(data.goal) || data.milestones.some((milestone) => milestone.date !== '');
  if (!measurable) add('no-number', 'goal', 'warning', t('hint.smartAr.noNumber'));
  if (!dated) add('no-date', 'goal', 'warning', t('hint.smartAr.noDate'));
  const vagueWords = findVagueWords(data.goal);
  if (vagueWords.length > 0) {
    // A vague verb next to a number ("提升转化率到 15%") is a style note, not a gap.
    add(
      'vague-words',
      'goal',
      measurable ? 'info' : 'warning',
      t(`hint.smartAr.vagueWords.${pluralOf(vagueWords.length, locale)}`, {
        words: quotedList(locale, vagueWords),
      }),
    );
  }

  for (const letter of smartArLetters) {
    if (!letterCovered(data, letter, measurable, dated)) {
      add(`letter-${letter}`, `letters.${letter}`, 'info', t(`hint.smartAr.letterQuestion.${letter}`));
    }
  }

  if (data.likelihood.value === null)
    add('likelihood-missing', 'likelihood.value', 'info', t('hint.smartAr.likelihoodMissing'));
  else if (isLikelihoodLow(data.likelihood) && !filled(data.missingConditions)) {
    add('low-without-conditions', 'missingConditions', 'warning', t('hint.smartAr.lowWithoutConditions'));
  }

  if (filled(data.reviewCadence) && data.nextReviewDate === '') {
    add('next-review-missing', 'nextReviewDate', 'info', t('hint.smartAr.nextReviewMissing'));
  }
  if (data.nextReviewDate !== '' && data.nextReviewDate < resolveToday(context)) {
    add(
      'next-review-past',
      'nextReviewDate',
      'warning',
      t('hint.smartAr.nextReviewPast', { date: data.nextReviewDate }),
    );
  }

  data.milestones.forEach((milestone, index) => {
    if (!filled(milestone.indicator)) return;
    if (!filled(milestone.target))
      add('milestone-no-target', `milestones.${index}.target`, 'info', t('hint.smartAr.milestoneNoTarget'));
    if (milestone.date === '')
      add('milestone-no-date', `milestones.${index}.date`, 'info', t('hint.smartAr.milestoneNoDate'));
  });

  data.adjustments.forEach((adjustment, index) => {
    const changed = filled(adjustment.before) || filled(adjustment.after);
    if (changed && !filled(adjustment.reason)) {
      add(
        'adjustment-no-reason',
        `adjustments.${index}.reason`,
        'warning',
        t('hint.smartAr.adjustmentNoReason'),
      );
    }
    if (filled(adjustment.reason) && !(filled(adjustment.before) && filled(adjustment.after))) {
      const field = filled(adjustment.before) ? 'after' : 'before';
      add(
        'adjustment-no-before-after',
        `adjustments.${index}.${field}`,
        'info',
        t('hint.smartAr.adjustmentNoBeforeAfter'),
      );
    }
  });

  return hints;
}
