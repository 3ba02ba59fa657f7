import { describe, expect, test } from 'vitest';
import type { GrowStage } from '../../../../src/lib/grow/question';
import {
  moveQuestionWithinStage,
  positionInStage,
} from '../../../../src/lib/worksheets/grow-questions/reorder';

const q = (id: string, stage: GrowStage) => ({ id, stage });
const list = [
  q('g1', 'goal'),
  q('g2', 'goal'),
  q('r1', 'reality'),
  q('o1', 'options'),
  q('r2', 'reality'),
  q('w1', 'will'),
];
const ids = (questions: readonly { id: string }[]) => questions.map((question) => question.id);

describe('moveQuestionWithinStage()', () => {
  test('swaps a question with the one above it in its stage', () => {
    expect(ids(moveQuestionWithinStage(list, 'g2', 'up'))).toEqual(['g2', 'g1', 'r1', 'o1', 'r2', 'w1']);
  });

  test('skips questions of other stages and leaves them in place', () => {
    expect(ids(moveQuestionWithinStage(list, 'r1', 'down'))).toEqual(['g1', 'g2', 'r2', 'o1', 'r1', 'w1']);
    expect(ids(moveQuestionWithinStage(list, 'r2', 'up'))).toEqual(['g1', 'g2', 'r2', 'o1', 'r1', 'w1']);
  });

  test.each([
    ['g1', 'up'],
    ['g2', 'down'],
    ['w1', 'up'],
    ['w1', 'down'],
    ['missing', 'up'],
  ] as const)('returns the same list when %s cannot move %s', (id, direction) => {
    expect(moveQuestionWithinStage(list, id, direction)).toBe(list);
  });

  test('keeps the other fields of the questions', () => {
    const full = [
      { id: 'a', stage: 'goal' as const, text: 'A?', asked: true },
      { id: 'b', stage: 'goal' as const, text: 'B?', asked: false },
    ];
    expect(moveQuestionWithinStage(full, 'a', 'down')).toEqual([full[1], full[0]]);
  });
});

describe('positionInStage()', () => {
  test('counts from 1 within the question’s own stage', () => {
    expect(positionInStage(list, 'g2')).toBe(2);
    expect(positionInStage(list, 'r2')).toBe(2);
    expect(positionInStage(list, 'o1')).toBe(1);
  });

  test('is 0 for an unknown id', () => {
    expect(positionInStage(list, 'nope')).toBe(0);
  });
});
