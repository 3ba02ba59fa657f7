import { sectionText } from '../../i18n/sections';
import { sentenceRules, type Locale } from '../../i18n/locales';
import { buildCalendar, type AllDayEvent } from '../../calendar/ics';
import { todayIso } from '../../dates';
import { filled } from '../hint';
import type { ActionPlanData } from './schema';

/** A calendar summary is one line; the first line of the result names the action well enough. */
function oneLine(value: string, max = 120): string {
  const line = value.trim().split(/\r\n|\r|\n/)[0] ?? '';
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export interface ReviewEventSource {
  /** The worksheet's id: with the action's position it makes the event's stable UID. */
  id: string;
  title: string;
  person?: string | undefined;
  data: ActionPlanData;
}

/** One all-day event per action that has a review date, in the plan's order. */
export function reviewEvents(plan: ReviewEventSource, locale: Locale): AllDayEvent[] {
  const t = sectionText(locale, 'action-plan-calendar');
  const person = (plan.person ?? '').trim();
  const separator = sentenceRules(locale).colon;
  return plan.data.actions.flatMap((action, index) => {
    if (action.reviewDate === '') return [];
    const result = filled(action.result)
      ? oneLine(action.result)
      : t('calendar.review.untitled', { number: index + 1 });
    const details = [
      filled(action.result) ? action.result.trim() : '',
      ...(
        [
          ['responsible', action.responsible],
          ['resource', action.resource],
          ['risk', action.risk],
          ['contingency', action.contingency],
        ] as const
      )
        .filter(([, value]) => filled(value))
        .map(([label, value]) => `${t(`calendar.review.${label}`)}${separator}${value.trim()}`),
      action.microAction ? t('calendar.review.microAction') : '',
      filled(plan.title)
        ? `${t('calendar.review.plan')}${separator}${plan.title.trim()}`
        : t('calendar.review.plan'),
    ].filter((line) => line !== '');
    return [
      {
        uid: `${plan.id}-action-${index + 1}@coaching-toolkit`,
        date: action.reviewDate,
        summary:
          person === ''
            ? t('calendar.review.summary.alone', { result })
            : t('calendar.review.summary.withPerson', { result, person }),
        description: details.join('\n'),
      },
    ];
  });
}

/** The review dates of a plan as an .ics file's text. */
export function reviewCalendar(plan: ReviewEventSource, locale: Locale, now: Date = new Date()): string {
  return buildCalendar(reviewEvents(plan, locale), {
    prodId: '-//Coaching Conversations Toolkit//5R review dates//EN',
    now,
  });
}

/** The file name for the download, e.g. `5r-review-dates-2025-07-08.ics`, dated by the user's local day. */
export function reviewCalendarFileName(now: Date = new Date()): string {
  return `5r-review-dates-${todayIso(now)}.ics`;
}
