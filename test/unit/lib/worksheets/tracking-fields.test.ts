import { describe, expect, test } from 'vitest';
import { setActionState, isUnfinished, emptyAction } from '../../../../src/lib/worksheets/action-plan/schema';
import {
  isFollowedUp,
  needsFollowUp,
  createDefaultFeedback,
} from '../../../../src/lib/worksheets/feedback/schema';
import { recordLikelihood } from '../../../../src/lib/worksheets/smart-ar/schema';
import { laterMoves, recordDateMove, type DateMove } from '../../../../src/lib/worksheets/tracking-fields';

describe('recordDateMove()', () => {
  const today = '2026-05-10';
  test.each<[string, DateMove[], string, string, DateMove[]]>([
    ['setting a first date is not a move', [], '', '2026-05-20', []],
    ['clearing a date is not a move', [], '2026-05-20', '', []],
    ['the same date is not a move', [], '2026-05-20', '2026-05-20', []],
    [
      'a change is one move, dated today',
      [],
      '2026-05-20',
      '2026-05-27',
      [{ from: '2026-05-20', to: '2026-05-27', on: today }],
    ],
    [
      'further changes the same day extend that move',
      [{ from: '2026-05-20', to: '2026-05-21', on: today }],
      '2026-05-21',
      '2026-05-27',
      [{ from: '2026-05-20', to: '2026-05-27', on: today }],
    ],
    [
      'a same-day change back to the start undoes the move',
      [{ from: '2026-05-20', to: '2026-05-27', on: today }],
      '2026-05-27',
      '2026-05-20',
      [],
    ],
    [
      'a change on another day is a second move',
      [{ from: '2026-05-20', to: '2026-05-27', on: '2026-05-09' }],
      '2026-05-27',
      '2026-06-03',
      [
        { from: '2026-05-20', to: '2026-05-27', on: '2026-05-09' },
        { from: '2026-05-27', to: '2026-06-03', on: today },
      ],
    ],
  ])('%s', (_name, moves, previous, next, expected) => {
    expect(recordDateMove(moves, previous, next, today)).toEqual(expected);
  });

  test('keeps at most 50 moves, dropping the oldest', () => {
    const moves = Array.from({ length: 50 }, (_, i) => ({
      from: '2026-01-01',
      to: '2026-01-02',
      on: `2026-02-${String((i % 28) + 1).padStart(2, '0')}`,
    }));
    const next = recordDateMove(moves, '2026-01-02', '2026-01-09', today);
    expect(next).toHaveLength(50);
    expect(next.at(-1)).toEqual({ from: '2026-01-02', to: '2026-01-09', on: today });
  });

  test('laterMoves() counts only moves that pushed the date later', () => {
    expect(
      laterMoves([
        { from: '2026-05-20', to: '2026-05-27', on: '' },
        { from: '2026-05-27', to: '2026-05-22', on: '' },
      ]),
    ).toHaveLength(1);
  });
});

describe('recordLikelihood()', () => {
  test('adds a reading, replacing one made the same day', () => {
    const first = recordLikelihood([], { scale: 'ten', value: 7 }, '2026-05-01');
    const again = recordLikelihood(first, { scale: 'ten', value: 6 }, '2026-05-01');
    const later = recordLikelihood(again, { scale: 'ten', value: 5 }, '2026-05-15');
    expect(later).toEqual([
      { date: '2026-05-01', scale: 'ten', value: 6 },
      { date: '2026-05-15', scale: 'ten', value: 5 },
    ]);
  });

  test('leaves the log alone when the score is cleared', () => {
    const log = [{ date: '2026-05-01', scale: 'ten' as const, value: 7 }];
    expect(recordLikelihood(log, { scale: 'five', value: null }, '2026-05-02')).toEqual(log);
  });
});

describe('setActionState()', () => {
  const action = { ...emptyAction(), result: 'Mock visit' };
  test('done records today, and keeps a day already set', () => {
    expect(setActionState(action, 'done', '2026-05-10')).toMatchObject({
      state: 'done',
      doneOn: '2026-05-10',
    });
    expect(setActionState({ ...action, doneOn: '2026-05-08' }, 'done', '2026-05-10').doneOn).toBe(
      '2026-05-08',
    );
  });
  test('reopening clears the done day and any blocked reason', () => {
    const blocked = { ...action, state: 'blocked' as const, blockedReason: 'No seat' };
    expect(setActionState(blocked, 'open', '2026-05-10')).toMatchObject({
      state: 'open',
      doneOn: '',
      blockedReason: '',
    });
    expect(setActionState(blocked, 'blocked', '2026-05-10').blockedReason).toBe('No seat');
  });
  test('isUnfinished() is open or blocked with a result written', () => {
    expect(isUnfinished(action)).toBe(true);
    expect(isUnfinished({ ...action, state: 'blocked' })).toBe(true);
    expect(isUnfinished({ ...action, state: 'done' })).toBe(false);
    expect(isUnfinished(emptyAction())).toBe(false);
  });
});

describe('feedback follow-up', () => {
  test.each([
    ['positive', '3e', false],
    ['improvement', '3e', true],
    ['negative', 'best', true],
    ['positive', 'best', true],
  ] as const)('%s feedback with %s needs a follow-up: %s', (scenario, framework, expected) => {
    expect(needsFollowUp({ scenario, framework })).toBe(expected);
  });
  test('a day or an outcome counts as followed up', () => {
    const draft = createDefaultFeedback();
    expect(isFollowedUp(draft)).toBe(false);
    expect(isFollowedUp({ followUp: { date: '2026-05-01', outcome: '' } })).toBe(true);
    expect(isFollowedUp({ followUp: { date: '', outcome: 'Better' } })).toBe(true);
    expect(isFollowedUp({ followUp: { date: '', outcome: '  ' } })).toBe(false);
  });
});
