import type { Locale } from '../../i18n/locales';
import { addDays, isWithin } from '../../dates';
import { filled, resolveToday, type Hint, type HintContext } from '../hint';
import { findVagueWords, hasMeasure } from '../text-rules';
import type { ActionPlanData, PlannedAction } from './schema';
import { coachingPolicy } from '../../policy';

/**
 * "This week" is the seven days from today rather than the calendar week, so a plan made on
 * a Friday can still hold a micro-action for the days after the weekend.
 */
const MICRO_ACTION_WINDOW_DAYS = coachingPolicy.microActionWithinDays;

interface ActionPlanHintText {
  noActions: string;
  noMicroActionThisWeek: string;
  microActionNoDate: string;
  resultVague: string;
  resourceMissing: string;
  responsibleMissing: string;
  reviewMissing: string;
  reviewPast: (date: string) => string;
  riskNoContingency: string;
}

const text: Record<Locale, ActionPlanHintText> = {
  'zh-CN': {
    noActions: '写下一到三项行动：每项都要有看得见的成果。',
    noMicroActionThisWeek: `还没有 ${coachingPolicy.microActionWithinDays} 天内就能完成的微行动：挑一件小事，把复盘日期定在 ${coachingPolicy.microActionWithinDays} 天之内。`,
    microActionNoDate: `微行动也要有日期：${coachingPolicy.microActionWithinDays} 天内的哪一天看结果？`,
    resultVague: '成果写成看得见的样子：做完以后，会有什么不一样？',
    resourceMissing: '需要什么支持？课程、同事陪练、时间，写下来才会有人去安排。',
    responsibleMissing: '谁主责、谁协助？写上名字。',
    reviewMissing: '定一个复盘日期：哪天一起看进展？',
    reviewPast: (date) => `复盘日期（${date}）已过，这项还没完成：聊聊发生了什么，再定个新日期。`,
    riskNoContingency: '写了风险还没写预案：万一发生，第一步怎么做？',
  },
  en: {
    noActions: 'Write down one to three actions, each with a visible result.',
    noMicroActionThisWeek: `No micro-action is due within ${coachingPolicy.microActionWithinDays} days: pick one small step and set its review inside that window.`,
    microActionNoDate: `A micro-action needs a date too: which day in the next ${coachingPolicy.microActionWithinDays} days will you look at it?`,
    resultVague: 'Describe the result as something visible: what will be different once it’s done?',
    resourceMissing:
      'What support is needed? A course, a colleague to practice with, time: once written, someone can arrange it.',
    responsibleMissing: 'Who leads and who helps? Put names here.',
    reviewMissing: 'Set a review date: when will you look at progress together?',
    reviewPast: (date) =>
      `The review date (${date}) has passed and this isn’t done: talk about what happened and set a new date.`,
    riskNoContingency: 'There’s a risk but no fallback yet: if it happens, what’s the first move?',
  },
};

function isDueThisWeek(action: PlannedAction, today: string): boolean {
  return (
    action.reviewDate !== '' &&
    isWithin(action.reviewDate, today, addDays(today, MICRO_ACTION_WINDOW_DAYS - 1))
  );
}

export function actionPlanHints(data: ActionPlanData, locale: Locale, context?: HintContext): Hint[] {
  const t = text[locale];
  const today = resolveToday(context);
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `action-plan/${id}`, field, level, message });

  const written = data.actions.filter((action) => filled(action.result));
  if (written.length === 0) {
    add('no-actions', 'actions', 'info', t.noActions);
  } else if (
    !data.actions.some(
      (action) => action.microAction && (action.state === 'done' || isDueThisWeek(action, today)),
    )
  ) {
    add('no-micro-action-this-week', 'actions', 'warning', t.noMicroActionThisWeek);
  }

  data.actions.forEach((action, index) => {
    const at = (field: keyof PlannedAction) => `actions.${index}.${field}`;
    if (filled(action.risk) && !filled(action.contingency))
      add('risk-no-contingency', at('contingency'), 'warning', t.riskNoContingency);
    if (!filled(action.result)) return;
    if (findVagueWords(action.result).length > 0 && !hasMeasure(action.result))
      add('result-vague', at('result'), 'info', t.resultVague);
    if (!filled(action.resource)) add('resource-missing', at('resource'), 'info', t.resourceMissing);
    if (!filled(action.responsible))
      add('responsible-missing', at('responsible'), 'info', t.responsibleMissing);
    if (action.reviewDate === '') {
      add(
        action.microAction ? 'micro-action-no-date' : 'review-missing',
        at('reviewDate'),
        'info',
        action.microAction ? t.microActionNoDate : t.reviewMissing,
      );
    } else if (action.state === 'open' && action.reviewDate < today) {
      add('review-past', at('reviewDate'), 'warning', t.reviewPast(action.reviewDate));
    }
  });
  return hints;
}
