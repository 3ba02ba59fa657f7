import { describe, expect, test } from 'vitest';
import { isSamePerson } from '../../../../src/lib/worksheets/person';

describe('isSamePerson()', () => {
  test.each([
    ['Lin', 'lin ', true],
    ['Ｌｉｎ', 'Lin', true],
    ['林蔚', ' 林蔚', true],
    ['Lin', 'Lina', false],
    [undefined, '', true],
  ] as const)('%j and %j → %s', (a, b, expected) => {
    expect(isSamePerson(a, b)).toBe(expected);
  });
});
