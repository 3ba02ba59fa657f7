import { agendaLimits, agendaTotal, type AgendaBlock } from './schema';

/** A typed number of minutes as a whole number in the agenda's range; anything else the nearest valid value. */
export function toAgendaMinutes(value: string): number {
  const number = Math.round(Number(value));
  if (!Number.isFinite(number)) return 0;
  return Math.min(agendaLimits.blockMinutes, Math.max(0, number));
}

/** The agenda's total, and whether it falls outside the length a 1:1 should have. */
export function agendaLength(agenda: readonly AgendaBlock[]): { total: number; outOfRange: boolean } {
  const total = agendaTotal(agenda);
  return { total, outOfRange: total < agendaLimits.minMinutes || total > agendaLimits.maxMinutes };
}
