import type { Locale } from '../../i18n/locales';
import { filled, resolveToday, type Hint, type HintContext } from '../hint';
import { findVagueWords, hasDate, hasMeasure } from '../text-rules';
import { isLikelihoodLow, smartArLetters, type SmartArData, type SmartArLetter } from './schema';

interface SmartArHintText {
  goalEmpty: string;
  directionEmpty: string;
  noNumber: string;
  noDate: string;
  vagueWords: (words: readonly string[]) => string;
  letterQuestion: Record<SmartArLetter, string>;
  likelihoodMissing: string;
  lowWithoutConditions: string;
  nextReviewMissing: string;
  nextReviewPast: (date: string) => string;
  milestoneNoTarget: string;
  milestoneNoDate: string;
  adjustmentNoReason: string;
  adjustmentNoBeforeAfter: string;
}

const text: Record<Locale, SmartArHintText> = {
  'zh-CN': {
    goalEmpty: '先请对方用自己的话写下这个目标，再一起打磨。',
    directionEmpty: '补一句全年方向：今年组织最看重的是什么？目标要对着它。',
    noNumber: '这个目标里还没有数字：用什么来衡量完成了？',
    noDate: '还没有时间边界：到哪一天要看到结果？',
    vagueWords: (words) =>
      `${words.map((word) => `「${word}」`).join('')}描述的是努力，不是结果。做成之后别人能看到什么？换成一个看得见的结果或数字。`,
    letterQuestion: {
      specific: '具体要做成什么？请对方用一句话复述目标，让不在场的人也能听懂。',
      measurable: '用哪个数字或哪个看得见的结果，来判断已经做到了？',
      achievable: '按现在的人手和时间，做到的把握有几成？还缺什么？',
      relevant: '这个目标和团队这个季度最看重的事，是怎么连起来的？',
      timeBased: '最后期限是哪一天？中间哪几个日子应该看到阶段结果？',
      agile: '出现什么样的事实，我们就坐下来调整这个目标？',
      reviewable: '多久一起看一次进展？下一次约在哪一天？',
    },
    likelihoodMissing: '现在做到的把握有多大？先打个分，再聊还缺什么。',
    lowWithoutConditions: '把握不算高，但还没写缺什么：要把它往上提一档，需要哪些条件？',
    nextReviewMissing: '复盘节奏有了，再定下下一次复盘的日期。',
    nextReviewPast: (date) => `下次复盘日期（${date}）已经过去了：约一个新的日子吧。`,
    milestoneNoTarget: '这个里程碑还没有目标值：到时候看到多少才算达成？',
    milestoneNoDate: '这个里程碑还没有日期：什么时候检查它？',
    adjustmentNoReason: '这次调整还没写原因：是哪些事实让我们改的？',
    adjustmentNoBeforeAfter: '把调整前后各写一句，日后回看才知道改了什么。',
  },
  en: {
    goalEmpty: 'Start with the goal in the employee’s own words, then sharpen it together.',
    directionEmpty:
      'Add the direction for the year: what does the organization value most? The goal should point at it.',
    noNumber: 'There’s no number in this goal yet: what will show that it’s done?',
    noDate: 'There’s no time limit yet: by what date should the result be visible?',
    vagueWords: (words) =>
      `${words.map((word) => `“${word}”`).join(', ')} ${words.length === 1 ? 'describes' : 'describe'} effort, not a result. What will others see once it’s done? Try a visible outcome or a number instead.`,
    letterQuestion: {
      specific:
        'What exactly will be achieved? Ask for the goal in one sentence someone outside the room would understand.',
      measurable: 'Which number or visible result will tell you it has been reached?',
      achievable: 'With the people and time available now, how likely is it? What’s missing?',
      relevant: 'How does this goal connect to what the team cares about most this quarter?',
      timeBased: 'What is the final date, and on which dates should partial results show?',
      agile: 'What facts would make us sit down and adjust this goal?',
      reviewable: 'How often will you look at progress together, and when is the next time?',
    },
    likelihoodMissing: 'How likely is it right now? Put a number on it, then talk about what’s missing.',
    lowWithoutConditions:
      'The likelihood is modest but nothing is listed as missing: what would raise it one step?',
    nextReviewMissing: 'You have a review rhythm; now pick the date of the next review.',
    nextReviewPast: (date) => `The next review date (${date}) has passed: agree on a new one.`,
    milestoneNoTarget: 'This milestone has no target value yet: how much counts as reached?',
    milestoneNoDate: 'This milestone has no date yet: when will you check it?',
    adjustmentNoReason: 'This change has no reason yet: which facts led to it?',
    adjustmentNoBeforeAfter:
      'Write one line each for before and after, so the change still makes sense months from now.',
  },
};

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
  const t = text[locale];
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `smart-ar/${id}`, field, level, message });

  if (!filled(data.direction)) add('direction-empty', 'direction', 'info', t.directionEmpty);
  if (!filled(data.goal)) {
    add('goal-empty', 'goal', 'info', t.goalEmpty);
    return hints;
  }

  const measurable =
    hasMeasure(data.goal) || data.milestones.some((milestone) => hasMeasure(milestone.target));
  const dated = hasDate(data.goal) || data.milestones.some((milestone) => milestone.date !== '');
  if (!measurable) add('no-number', 'goal', 'warning', t.noNumber);
  if (!dated) add('no-date', 'goal', 'warning', t.noDate);
  const vagueWords = findVagueWords(data.goal);
  if (vagueWords.length > 0) {
    // A vague verb next to a number ("提升转化率到 15%") is a style note, not a gap.
    add('vague-words', 'goal', measurable ? 'info' : 'warning', t.vagueWords(vagueWords));
  }

  for (const letter of smartArLetters) {
    if (!letterCovered(data, letter, measurable, dated)) {
      add(`letter-${letter}`, `letters.${letter}`, 'info', t.letterQuestion[letter]);
    }
  }

  if (data.likelihood.value === null)
    add('likelihood-missing', 'likelihood.value', 'info', t.likelihoodMissing);
  else if (isLikelihoodLow(data.likelihood) && !filled(data.missingConditions)) {
    add('low-without-conditions', 'missingConditions', 'warning', t.lowWithoutConditions);
  }

  if (filled(data.reviewCadence) && data.nextReviewDate === '') {
    add('next-review-missing', 'nextReviewDate', 'info', t.nextReviewMissing);
  }
  if (data.nextReviewDate !== '' && data.nextReviewDate < resolveToday(context)) {
    add('next-review-past', 'nextReviewDate', 'warning', t.nextReviewPast(data.nextReviewDate));
  }

  data.milestones.forEach((milestone, index) => {
    if (!filled(milestone.indicator)) return;
    if (!filled(milestone.target))
      add('milestone-no-target', `milestones.${index}.target`, 'info', t.milestoneNoTarget);
    if (milestone.date === '')
      add('milestone-no-date', `milestones.${index}.date`, 'info', t.milestoneNoDate);
  });

  data.adjustments.forEach((adjustment, index) => {
    const changed = filled(adjustment.before) || filled(adjustment.after);
    if (changed && !filled(adjustment.reason)) {
      add('adjustment-no-reason', `adjustments.${index}.reason`, 'warning', t.adjustmentNoReason);
    }
    if (filled(adjustment.reason) && !(filled(adjustment.before) && filled(adjustment.after))) {
      const field = filled(adjustment.before) ? 'after' : 'before';
      add('adjustment-no-before-after', `adjustments.${index}.${field}`, 'info', t.adjustmentNoBeforeAfter);
    }
  });

  return hints;
}
