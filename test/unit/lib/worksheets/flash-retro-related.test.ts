import { describe, expect, test } from 'vitest';
import type { WorksheetSummary } from '../../../../src/lib/worksheets/document';
import { isSamePerson, relatedWorksheets } from '../../../../src/lib/worksheets/flash-retro/related';

const summary = (id: string, fields: Partial<WorksheetSummary>): WorksheetSummary => ({
  id,
  kind: 'action-plan',
  schemaVersion: 1,
  revision: 1,
  title: '',
  createdAt: '2025-06-01T08:00:00.000Z',
  updatedAt: '2025-06-01T08:00:00.000Z',
  ...fields,
});

describe('isSamePerson()', () => {
  test.each([
    ['Lin', 'lin', true],
    [' 小林 ', '小林', true],
    [undefined, '', true],
    ['Lin', 'Lina', false],
    ['Lin', undefined, false],
  ] as const)('%s and %s → %s', (a, b, expected) => {
    expect(isSamePerson(a, b)).toBe(expected);
  });
});

describe('relatedWorksheets()', () => {
  const all = [
    summary('plan-old', { person: 'Lin', updatedAt: '2025-06-01T08:00:00.000Z' }),
    summary('plan-new', { person: 'lin ', updatedAt: '2025-06-20T08:00:00.000Z' }),
    summary('plan-other', { person: 'Mia' }),
    summary('goal', { kind: 'smart-ar', person: 'Lin' }),
    summary('plan-practice', { person: 'Lin', practice: 'scenario-1' }),
  ];

  test('keeps one kind about one person, newest change first', () => {
    expect(relatedWorksheets(all, 'action-plan', 'Lin').map((s) => s.id)).toEqual(['plan-new', 'plan-old']);
    expect(relatedWorksheets(all, 'smart-ar', 'LIN').map((s) => s.id)).toEqual(['goal']);
  });

  test('leaves practice worksheets out unless asked', () => {
    expect(
      relatedWorksheets(all, 'action-plan', 'Lin', { includePractice: true }).map((s) => s.id),
    ).toContain('plan-practice');
  });

  test('finds untagged worksheets for an empty person', () => {
    expect(relatedWorksheets([summary('untagged', {})], 'action-plan', '').map((s) => s.id)).toEqual([
      'untagged',
    ]);
  });
});
