import type { Translate } from '../../lib/i18n';
import type { Agenda } from '../../lib/content/workshop-schema';
import { agendaTotalMinutes, commonSessionMinutes } from '../../lib/workshop/agenda-schedule';

/** "90 minutes", or "4 sessions of 45 minutes, 180 minutes in all". */
export function agendaDuration(agenda: Pick<Agenda, 'sessions'>, t: Translate): string {
  const total = agendaTotalMinutes(agenda);
  const count = agenda.sessions.length;
  if (count === 1) return t('workshop.minutes', { n: total });
  const each = commonSessionMinutes(agenda);
  return each === undefined
    ? t('workshop.sessionsMixed', { count, total })
    : t('workshop.sessionsEqual', { count, minutes: each, total });
}
