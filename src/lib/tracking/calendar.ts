import { sectionText } from '../i18n/sections';
import { buildCalendar, type AllDayEvent } from '../calendar/ics';
import type { Locale } from '../i18n/locales';
import { reviewEvents } from '../worksheets/action-plan/calendar';
import type { WorksheetDocLike } from '../worksheets/document';
import { groupByPerson, isArchived, isMine, type PeopleSettings } from './model';

/**
 * The team calendar: one .ics with every upcoming review date (open or blocked actions of
 * every 5R plan, and each goal's next review) for the people on the team, plus a monthly
 * flash-retro reminder per person, starting on the first day of next month and repeating
 * (RRULE:FREQ=MONTHLY). Archived people and practice worksheets are left out; "me" is
 * included (a manager's own reviews belong in their calendar too). Written by
 * `../calendar/ics.ts`, which escapes, folds and keeps the file valid RFC 5545.
 */

/** The first day of the month after `today`. */
export function firstOfNextMonth(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const next = month === 12 ? { y: year + 1, m: 1 } : { y: year, m: month + 1 };
  return `${String(next.y)}-${String(next.m).padStart(2, '0')}-01`;
}

export function teamCalendarEvents(
  docs: readonly WorksheetDocLike[],
  today: string,
  settings: PeopleSettings,
  locale: Locale,
): { events: AllDayEvent[]; reviews: number; reminders: number } {
  const t = sectionText(locale, 'tracking-calendar');
  const events: AllDayEvent[] = [];
  let reminders = 0;
  for (const person of groupByPerson(docs).values()) {
    if (isArchived(person.name, settings)) continue;
    for (const plan of person.plans) {
      const open = {
        ...plan.data,
        actions: plan.data.actions.map((action) =>
          action.state === 'done' ? { ...action, reviewDate: '' } : action,
        ),
      };
      events.push(
        ...reviewEvents({ id: plan.id, title: plan.title, person: plan.person, data: open }, locale).filter(
          (event) => event.date >= today,
        ),
      );
    }
    for (const goal of person.goals) {
      const date = goal.data.nextReviewDate;
      if (date === '' || date < today) continue;
      const name = (goal.data.goal.trim().split('\n')[0] ?? '').slice(0, 120) || goal.title;
      events.push({
        uid: `${goal.id}-review@coaching-toolkit`,
        date,
        summary:
          person.name === ''
            ? t('calendar.team.goalReview.alone', { goal: name })
            : t('calendar.team.goalReview.withPerson', { goal: name, person: person.name }),
      });
    }
    if (person.key !== '' && !isMine(person.name, settings)) {
      reminders += 1;
      events.push({
        uid: `flash-retro-${encodeURIComponent(person.key)}@coaching-toolkit`,
        date: firstOfNextMonth(today),
        summary: t('calendar.team.retro', { person: person.name }),
        description: t('calendar.team.retroBody'),
        monthly: true,
      });
    }
  }
  events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { events, reviews: events.length - reminders, reminders };
}

export function teamCalendar(events: readonly AllDayEvent[], now: Date): string {
  return buildCalendar(events, { prodId: '-//Coaching Conversations Toolkit//Team calendar//EN', now });
}
