import { describe, expect, test } from 'vitest';
import {
  describeSignal,
  groupByPerson,
  riskSignals,
  signalLabel,
  type PersonDocs,
  type SignalCode,
} from '../../../../src/lib/tracking';
import { coachingPolicy } from '../../../../src/lib/policy';
import type { WorksheetDocLike } from '../../../../src/lib/worksheets/document';
import { doc } from './helpers';

const today = '2026-06-15';
const person = (...docs: WorksheetDocLike[]): PersonDocs => groupByPerson(docs).get('li')!;
const codes = (p: PersonDocs) => riskSignals(p, today).map((signal) => signal.code);
const plan = (actions: unknown[], conversationDate = '2026-06-01', id?: string) =>
  doc('action-plan', { conversationDate, actions }, { person: 'Li', ...(id ? { id } : {}) });

describe('overdue actions', () => {
  test.each<[string, unknown, boolean]>([
    ['review date yesterday, open', { result: 'r', reviewDate: '2026-06-14', microAction: true }, true],
    ['review date today, open', { result: 'r', reviewDate: '2026-06-15', microAction: true }, false],
    ['review date tomorrow, open', { result: 'r', reviewDate: '2026-06-16', microAction: true }, false],
    [
      'review date yesterday, done',
      { result: 'r', reviewDate: '2026-06-14', microAction: true, state: 'done' },
      false,
    ],
    [
      'review date yesterday, blocked',
      { result: 'r', reviewDate: '2026-06-14', microAction: true, state: 'blocked' },
      false,
    ],
    ['no review date', { result: 'r', reviewDate: '', microAction: true }, false],
    ['no result written', { result: '', reviewDate: '2026-06-01', microAction: true }, false],
  ])('%s → overdue: %s', (_name, action, overdue) => {
    expect(codes(person(plan([action]))).includes('overdue-action')).toBe(overdue);
  });

  test('says which action, when it was due and how long ago, in both languages', () => {
    const [signal] = riskSignals(
      person(plan([{ result: 'Mock visit', reviewDate: '2026-06-14', microAction: true }])),
      today,
    );
    expect(describeSignal(signal!, 'en')).toBe(
      '“Mock visit” was due for review on 2026-06-14, 1 day ago, and isn’t done.',
    );
    expect(describeSignal(signal!, 'zh-CN')).toBe(
      '“Mock visit”的复盘日期是 2026-06-14，已过 1 天，还没完成。',
    );
    expect(signal!.guide).toEqual({ module: 'action', anchor: '5r' });
  });
});

describe('blocked actions', () => {
  test('carry their reason', () => {
    const [signal] = riskSignals(
      person(
        plan([
          {
            result: 'Course',
            reviewDate: '2026-07-01',
            microAction: true,
            state: 'blocked',
            blockedReason: 'No seat',
          },
        ]),
      ),
      today,
    );
    expect(signal?.code).toBe('blocked-action');
    expect(describeSignal(signal!, 'en')).toBe('“Course” is blocked: No seat.');
  });
});

describe('review dates moved later', () => {
  const move = (from: string, to: string) => ({ from, to, on: '2026-06-01' });
  test.each<[string, unknown[], boolean]>([
    ['once', [move('2026-06-01', '2026-06-08')], false],
    [
      `${coachingPolicy.repeatedDelays} times`,
      [move('2026-06-01', '2026-06-08'), move('2026-06-08', '2026-06-20')],
      true,
    ],
    ['twice, but once earlier', [move('2026-06-01', '2026-06-08'), move('2026-06-08', '2026-06-05')], false],
  ])('an action’s review moved later %s → signal: %s', (_name, reviewMoves, fires) => {
    const p = person(plan([{ result: 'r', reviewDate: '2026-06-20', microAction: true, reviewMoves }]));
    expect(codes(p).includes('review-delayed')).toBe(fires);
  });

  test('a goal’s next review moved later twice fires too', () => {
    const goal = doc(
      'smart-ar',
      {
        goal: 'Conversion to 15%',
        nextReviewDate: '2026-06-30',
        nextReviewMoves: [move('2026-06-01', '2026-06-10'), move('2026-06-10', '2026-06-30')],
      },
      { person: 'Li' },
    );
    const [signal] = riskSignals(person(goal), today);
    expect(describeSignal(signal!, 'en')).toBe(
      'The review of “Conversion to 15%” was moved later 2 times; it’s now 2026-06-30.',
    );
  });
});

describe('feedback never followed up', () => {
  const cycle = coachingPolicy.conversationEveryWeeks.max * 7;
  const feedback = (data: Record<string, unknown>) => doc('feedback', data, { person: 'Li' });
  const daysAgo = (n: number) =>
    new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  test.each<[string, Record<string, unknown>, boolean]>([
    [
      'improvement, given a cycle and a day ago',
      { scenario: 'improvement', givenOn: daysAgo(cycle + 1) },
      true,
    ],
    ['improvement, given exactly a cycle ago', { scenario: 'improvement', givenOn: daysAgo(cycle) }, false],
    [
      'BEST, given long ago, followed up',
      { scenario: 'negative', framework: 'best', givenOn: daysAgo(90), followUp: { date: daysAgo(60) } },
      false,
    ],
    [
      'BEST, given long ago, only an outcome written',
      { scenario: 'negative', framework: 'best', givenOn: daysAgo(90), followUp: { outcome: 'Better' } },
      false,
    ],
    [
      'positive 3E, never followed up',
      { scenario: 'positive', framework: '3e', givenOn: daysAgo(90) },
      false,
    ],
    ['improvement with no given day, last edited long ago', { scenario: 'improvement' }, true],
  ])('%s → signal: %s', (_name, data, fires) => {
    expect(codes(person(feedback(data))).includes('feedback-no-follow-up')).toBe(fires);
  });
});

describe('no micro-action in the last plan', () => {
  test.each<[string, WorksheetDocLike[], boolean]>([
    [
      'the latest plan has none',
      [plan([{ result: 'a', microAction: true }], '2026-05-01'), plan([{ result: 'b' }], '2026-06-01')],
      true,
    ],
    [
      'the latest plan has one',
      [plan([{ result: 'a' }], '2026-05-01'), plan([{ result: 'b', microAction: true }], '2026-06-01')],
      false,
    ],
    ['the latest plan is empty', [plan([{ result: '' }], '2026-06-01')], false],
    ['no plan at all', [doc('smart-ar', {}, { person: 'Li' })], false],
  ])('%s → signal: %s', (_name, docs, fires) => {
    expect(codes(person(...docs)).includes('no-micro-action')).toBe(fires);
  });
});

describe('a goal problem with no adjustment', () => {
  const retro = (judgment: string, linkedGoalId?: string) =>
    doc(
      'flash-retro',
      { date: '2026-06-01', judgment, ...(linkedGoalId ? { linkedGoalId } : {}) },
      { person: 'Li' },
    );
  const goal = (adjustments: unknown[], id = 'g1') => doc('smart-ar', { adjustments }, { person: 'Li', id });
  const adjustment = (date: string, kind = 'goal') => ({ date, kind, reason: 'r', before: 'b', after: 'a' });
  test.each<[string, WorksheetDocLike[], boolean]>([
    ['judged goal, nothing adjusted', [retro('goal'), goal([])], true],
    ['judged goal, adjusted the same day', [retro('goal'), goal([adjustment('2026-06-01')])], false],
    ['judged goal, adjusted only before', [retro('goal'), goal([adjustment('2026-05-31')])], true],
    [
      'judged goal, only the way of working adjusted',
      [retro('goal'), goal([adjustment('2026-06-02', 'execution')])],
      true,
    ],
    [
      'judged goal, another goal adjusted than the linked one',
      [retro('goal', 'g1'), goal([], 'g1'), goal([adjustment('2026-06-02')], 'g2')],
      true,
    ],
    ['judged execution', [retro('execution'), goal([])], false],
    ['not judged yet', [retro('unsure')], false],
  ])('%s → signal: %s', (_name, docs, fires) => {
    expect(codes(person(...docs)).includes('goal-problem-unadjusted')).toBe(fires);
  });
});

describe('every signal', () => {
  test('has a label and a guide section, and reads in both languages', () => {
    const all: SignalCode[] = [
      'overdue-action',
      'blocked-action',
      'review-delayed',
      'feedback-no-follow-up',
      'no-micro-action',
      'goal-problem-unadjusted',
    ];
    for (const code of all) {
      expect(signalLabel(code, 'en')).not.toBe('');
      expect(signalLabel(code, 'zh-CN')).not.toBe('');
    }
  });

  test('practice worksheets never raise one', () => {
    const practice = doc(
      'action-plan',
      { actions: [{ result: 'r', reviewDate: '2026-06-01' }] },
      { person: 'Li', practice: 'x' },
    );
    expect(groupByPerson([practice]).get('li')).toBeUndefined();
  });
});
