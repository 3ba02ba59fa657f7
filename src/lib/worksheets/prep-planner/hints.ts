import { sectionText } from '../../i18n/sections';
import { pluralOf } from '../../i18n/plural';
import { quotedList } from '../../i18n/sentences';
import type { Locale } from '../../i18n/locales';
import { filled, type Hint } from '../hint';
import { findJudgmentalWords, findVagueWords, hasDate, hasNumber, hasTimeWindowOrCount } from '../text-rules';
import { agendaLimits, agendaTotal, type PrepPlannerData } from './schema';

export function prepPlannerHints(data: PrepPlannerData, locale: Locale): Hint[] {
  const t = sectionText(locale, 'prep-planner-hints');
  const hints: Hint[] = [];
  const add = (id: string, field: string, level: Hint['level'], message: string) =>
    hints.push({ id: `prep-planner/${id}`, field, level, message });

  if (!filled(data.point)) add('point-empty', 'point', 'info', t('hint.prepPlanner.pointEmpty'));
  if (!filled(data.reason)) add('reason-empty', 'reason', 'info', t('hint.prepPlanner.reasonEmpty'));
  else if (!hasNumber(data.reason) && !hasTimeWindowOrCount(data.reason)) {
    add('reason-no-data', 'reason', 'info', t('hint.prepPlanner.reasonNoData'));
  }
  const verdicts = findJudgmentalWords(data.reason);
  if (verdicts.length > 0)
    add(
      'reason-judgmental',
      'reason',
      'warning',
      t(`hint.prepPlanner.reasonJudgmental.${pluralOf(verdicts.length, locale)}`, {
        words: quotedList(locale, verdicts),
      }),
    );
  if (!filled(data.example)) add('example-empty', 'example', 'info', t('hint.prepPlanner.exampleEmpty'));
  if (!filled(data.plan)) add('plan-empty', 'plan', 'info', t('hint.prepPlanner.planEmpty'));
  else if (findVagueWords(data.plan).length > 0 || !hasDate(data.plan))
    add('plan-vague', 'plan', 'info', t('hint.prepPlanner.planVague'));

  if (data.agenda.length === 0) add('agenda-empty', 'agenda', 'info', t('hint.prepPlanner.agendaEmpty'));
  else {
    const total = agendaTotal(data.agenda);
    if (total < agendaLimits.minMinutes)
      add('agenda-too-short', 'agenda', 'warning', t('hint.prepPlanner.agendaTooShort', { total }));
    if (total > agendaLimits.maxMinutes)
      add('agenda-too-long', 'agenda', 'warning', t('hint.prepPlanner.agendaTooLong', { total }));
  }
  data.agenda.forEach((block, index) => {
    if (filled(block.label) && block.minutes === 0)
      add('block-no-minutes', `agenda.${index}.minutes`, 'info', t('hint.prepPlanner.blockNoMinutes'));
  });
  return hints;
}
