import { describe, expect, test } from 'vitest';
import {
  describeReason,
  goalHealth,
  healthLabel,
  likelihoodTrend,
  personHealth,
  type GoalDoc,
  type HealthState,
} from '../../../../src/lib/tracking';
import { firstNumber, milestoneProgress } from '../../../../src/lib/tracking/progress';
import { coachingPolicy } from '../../../../src/lib/policy';
import { doc } from './helpers';

const today = '2026-06-15';
const goal = (data: unknown, created = '2026-03-01') => doc('smart-ar', data, { created }) as GoalDoc;
const m = (target: string, date: string, reachedOn = '') => ({
  indicator: 'Conversion',
  target,
  date,
  reachedOn,
});

describe('goalHealth(): progress against the goal’s own schedule', () => {
  test.each<[string, unknown[], HealthState, string]>([
    ['zero milestones and no likelihood', [], 'no-data', 'nothing-recorded'],
    ['milestones with no dates', [m('13%', ''), m('14%', '')], 'no-data', 'nothing-recorded'],
    ['a milestone due tomorrow, not reached', [m('13%', '2026-06-16')], 'on-track', 'on-schedule'],
    ['a milestone due today, not reached', [m('13%', '2026-06-15')], 'on-track', 'on-schedule'],
    [
      'a milestone due yesterday, not reached (1 of 1 due: 100 points behind)',
      [m('13%', '2026-06-14')],
      'off-track',
      'behind-schedule',
    ],
    [
      '1 of 4 due and not reached: 25 points, at risk',
      [m('1', '2026-06-14'), m('2', '2026-07-01'), m('3', '2026-08-01'), m('4', '2026-09-01')],
      'at-risk',
      'behind-schedule',
    ],
    [
      'every milestone reached',
      [m('13%', '2026-04-01', '2026-03-30'), m('14%', '2026-09-01', '2026-06-01')],
      'on-track',
      'all-reached',
    ],
    [
      'on schedule: 1 due, 1 reached',
      [m('13%', '2026-05-01', '2026-04-28'), m('14%', '2026-07-01')],
      'on-track',
      'on-schedule',
    ],
  ])('%s → %s', (_name, milestones, state, firstReason) => {
    const health = goalHealth(goal({ milestones }), today);
    expect(health.state).toBe(state);
    expect(health.reasons[0]?.code).toBe(firstReason);
  });

  test.each<[string, number, HealthState]>([
    ['1 of 6 due and not reached: 17 points, over the at-risk line', 1, 'at-risk'],
    ['2 of 6 due and not reached: 33 points, over the off-track line', 2, 'off-track'],
  ])('%s', (_name, due, state) => {
    const milestones = Array.from({ length: 6 }, (_, i) =>
      m(String(i + 1), i < due ? `2026-06-0${i + 1}` : `2026-0${7 + (i % 3)}-01`),
    );
    const health = goalHealth(goal({ milestones }), today);
    const gap = Number(health.reasons.find((r) => r.code === 'behind-schedule')?.facts['gap']);
    expect(gap).toBeGreaterThanOrEqual(
      state === 'off-track' ? coachingPolicy.offTrackGapPoints : coachingPolicy.atRiskGapPoints,
    );
    expect(health.state).toBe(state);
  });
});

describe('goalHealth(): the likelihood', () => {
  test.each<[string, unknown, HealthState | 'no reason']>([
    ['7 of 10', { scale: 'ten', value: 7 }, 'on-track'],
    ['6 of 10 (at the at-risk line)', { scale: 'ten', value: 6 }, 'at-risk'],
    ['5 of 10', { scale: 'ten', value: 5 }, 'at-risk'],
    ['4 of 10 (at the off-track line)', { scale: 'ten', value: 4 }, 'off-track'],
    ['3 of 5 (0.6)', { scale: 'five', value: 3 }, 'at-risk'],
    ['2 of 5 (0.4)', { scale: 'five', value: 2 }, 'off-track'],
    ['4 of 5', { scale: 'five', value: 4 }, 'on-track'],
  ])('%s → %s', (_name, likelihood, state) => {
    expect(goalHealth(goal({ likelihood }), today).state).toBe(state);
  });

  test('a trend needs two readings and compares them on one scale', () => {
    expect(likelihoodTrend([])).toBeUndefined();
    expect(likelihoodTrend([{ date: '2026-05-01', scale: 'ten', value: 6 }])).toBeUndefined();
    expect(
      likelihoodTrend([
        { date: '2026-05-01', scale: 'ten', value: 6 },
        { date: '2026-06-01', scale: 'five', value: 2 },
      ]),
    ).toBe('down');
    expect(
      likelihoodTrend([
        { date: '2026-05-01', scale: 'five', value: 3 },
        { date: '2026-06-01', scale: 'ten', value: 6 },
      ]),
    ).toBe('flat');
  });
});

describe('goalHealth(): repeated adjustments', () => {
  const adjustment = (date: string, kind = 'goal') => ({ date, kind, reason: 'r', before: 'b', after: 'a' });
  test.each<[string, unknown[], boolean]>([
    ['two goal adjustments within 90 days', [adjustment('2026-04-01'), adjustment('2026-06-01')], true],
    ['one of them 91 days ago', [adjustment('2026-03-16'), adjustment('2026-06-01')], false],
    ['one exactly 90 days ago', [adjustment('2026-03-17'), adjustment('2026-06-01')], true],
    [
      'execution adjustments do not count',
      [adjustment('2026-04-01', 'execution'), adjustment('2026-06-01')],
      false,
    ],
    ['undated adjustments do not count', [adjustment(''), adjustment('2026-06-01')], false],
  ])('%s → repeated: %s', (_name, adjustments, repeated) => {
    const health = goalHealth(goal({ adjustments, likelihood: { scale: 'ten', value: 8 } }), today);
    expect(health.reasons.some((reason) => reason.code === 'repeated-adjustments')).toBe(repeated);
    expect(health.state).toBe(repeated ? 'at-risk' : 'on-track');
  });
});

describe('personHealth()', () => {
  test('is the worst judged goal, and no-data only when nothing can be judged', () => {
    const onTrack = goalHealth(goal({ likelihood: { scale: 'ten', value: 8 } }), today);
    const offTrack = goalHealth(goal({ likelihood: { scale: 'ten', value: 2 } }), today);
    const empty = goalHealth(goal({}), today);
    expect(personHealth([])).toBe('no-data');
    expect(personHealth([empty])).toBe('no-data');
    expect(personHealth([empty, onTrack])).toBe('on-track');
    expect(personHealth([onTrack, offTrack, empty])).toBe('off-track');
  });
});

describe('progress helpers', () => {
  test.each([
    ['11%', 11],
    ['2 of 5 clients', 2],
    ['１２', 12],
    ['1,200', 1200],
    ['2,5', 2.5],
    ['none', undefined],
  ])('firstNumber(%s) = %s', (text, value) => {
    expect(firstNumber(text)).toBe(value);
  });

  test('a milestone bar is 1 when reached, current ÷ target below it, 0 without numbers', () => {
    const base = { indicator: 'x', date: '', reachedOn: '' };
    expect(milestoneProgress({ ...base, target: '15%', current: '12%' }).value).toBeCloseTo(0.8);
    expect(milestoneProgress({ ...base, target: '15%', current: '20%' }).value).toBe(0.99);
    expect(milestoneProgress({ ...base, target: 'a lot', current: '3' })).toEqual({
      value: 0,
      measured: false,
    });
    expect(milestoneProgress({ ...base, target: '15%', current: '', reachedOn: '2026-01-01' }).value).toBe(1);
  });
});

describe('words', () => {
  test('every state has a label in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const)
      for (const state of ['on-track', 'at-risk', 'off-track', 'no-data'] as const)
        expect(healthLabel(state, locale).length).toBeGreaterThan(1);
  });

  test('a reason reads in both languages with its facts and points to a guide section', () => {
    const health = goalHealth(goal({ milestones: [m('13%', '2026-06-14')] }), today);
    const reason = health.reasons.find((r) => r.code === 'behind-schedule')!;
    expect(describeReason(reason, 'en')).toBe(
      '0% of milestones reached, 100% due by now: 100 points behind.',
    );
    expect(describeReason(reason, 'zh-CN')).toBe(
      '已达成 0% 的里程碑，按计划此时应达成 100%，落后 100 个百分点。',
    );
    for (const r of health.reasons) expect(r.guide.anchor).not.toBe('');
  });
});
