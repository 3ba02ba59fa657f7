import { sectionText } from '../../i18n/sections';
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

function isDueThisWeek(action: PlannedAction, today: string): boolean {
  return (
    action.reviewDate !== '' &&
    isWithin(action.reviewDate, today, addDays(today, MICRO_ACTION_WINDOW_DAYS - 1))
  );
}

export function actionPlanHints(data: ActionPlanData, locale: Locale, context?: HintContext): Hint[] {
  const t = sectionText(locale, 'action-plan-hints');
  const today = resolveToday(context);
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `action-plan/${id}`, field, level, message });

  const written = data.actions.filter((action) => filled(action.result));
  if (written.length === 0) {
    add('no-actions', 'actions', 'info', t('hint.actionPlan.noActions'));
  } else if (
    !data.actions.some(
      (action) => action.microAction && (action.state === 'done' || isDueThisWeek(action, today)),
    )
  ) {
    add('no-micro-action-this-week', 'actions', 'warning', t('hint.actionPlan.noMicroActionThisWeek'));
  }

  data.actions.forEach((action, index) => {
    const at = (field: keyof PlannedAction) => `actions.${index}.${field}`;
    if (filled(action.risk) && !filled(action.contingency))
      add('risk-no-contingency', at('contingency'), 'warning', t('hint.actionPlan.riskNoContingency'));
    if (!filled(action.result)) return;
    if (findVagueWords(action.result).length > 0 && !hasMeasure(action.result))
      add('result-vague', at('result'), 'info', t('hint.actionPlan.resultVague'));
    if (!filled(action.resource))
      add('resource-missing', at('resource'), 'info', t('hint.actionPlan.resourceMissing'));
    if (!filled(action.responsible))
      add('responsible-missing', at('responsible'), 'info', t('hint.actionPlan.responsibleMissing'));
    if (action.reviewDate === '') {
      add(
        action.microAction ? 'micro-action-no-date' : 'review-missing',
        at('reviewDate'),
        'info',
        action.microAction ? t('hint.actionPlan.microActionNoDate') : t('hint.actionPlan.reviewMissing'),
      );
    } else if (action.state === 'open' && action.reviewDate < today) {
      add(
        'review-past',
        at('reviewDate'),
        'warning',
        t('hint.actionPlan.reviewPast', { date: action.reviewDate }),
      );
    }
  });
  return hints;
}
