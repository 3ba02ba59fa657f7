import { describe, expect, test } from 'vitest';
import { agendaLimits } from '../../../../src/lib/worksheets/prep-planner';
import { agendaLength, toAgendaMinutes } from '../../../../src/lib/worksheets/prep-planner/agenda-minutes';

describe('agenda minutes', () => {
  test('a typed value becomes whole minutes within the range of one part', () => {
    expect(toAgendaMinutes('7.6')).toBe(8);
    expect(toAgendaMinutes('-3')).toBe(0);
    expect(toAgendaMinutes('abc')).toBe(0);
    expect(toAgendaMinutes('')).toBe(0);
    expect(toAgendaMinutes(String(agendaLimits.blockMinutes + 50))).toBe(agendaLimits.blockMinutes);
  });

  test('the total is off when the conversation is shorter or longer than a 1:1 should be', () => {
    const parts = (minutes: number[]) => minutes.map((m) => ({ label: 'x', minutes: m }));
    expect(agendaLength(parts([10, 10, 10]))).toEqual({
      total: 30,
      outOfRange: agendaLimits.minMinutes > 30,
    });
    expect(agendaLength(parts([1])).outOfRange).toBe(true);
    expect(agendaLength(parts([agendaLimits.maxMinutes, 1])).outOfRange).toBe(true);
    expect(agendaLength(parts([agendaLimits.minMinutes])).outOfRange).toBe(false);
  });
});
