import { describe, expect, test } from 'vitest';
import type { WorksheetSummary } from '../../../../src/lib/worksheets/document';
import {
  emptyFilter,
  filterSummaries,
  groupByPerson,
  newerCopy,
  peopleOf,
} from '../../../../src/lib/worksheets/list-view';

function summary(id: string, patch: Partial<WorksheetSummary> = {}): WorksheetSummary {
  return {
    id,
    kind: 'smart-ar',
    schemaVersion: 1,
    revision: 1,
    title: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...patch,
  };
}

const list = [
  summary('a', { title: 'Q3 support goal', person: 'Lin', updatedAt: '2026-03-01T00:00:00.000Z' }),
  summary('b', { kind: 'prep-sheet', title: '', person: 'lin ', updatedAt: '2026-05-01T00:00:00.000Z' }),
  summary('c', {
    kind: 'action-plan',
    title: '五月行动',
    person: 'Ana',
    updatedAt: '2026-04-01T00:00:00.000Z',
  }),
];

describe('filterSummaries()', () => {
  test('lists everything, most recently changed first, when nothing is filtered', () => {
    expect(filterSummaries(list, emptyFilter, 'en').map((s) => s.id)).toEqual(['b', 'c', 'a']);
  });

  test('keeps one kind when a kind is chosen', () => {
    expect(filterSummaries(list, { ...emptyFilter, kind: 'action-plan' }, 'en').map((s) => s.id)).toEqual([
      'c',
    ]);
  });

  test('matches a person regardless of case and surrounding spaces', () => {
    expect(filterSummaries(list, { ...emptyFilter, person: 'LIN' }, 'en').map((s) => s.id)).toEqual([
      'b',
      'a',
    ]);
  });

  test('searches the shown title, including the kind name of an untitled worksheet', () => {
    expect(filterSummaries(list, { ...emptyFilter, query: 'prep sheet' }, 'en').map((s) => s.id)).toEqual([
      'b',
    ]);
    expect(filterSummaries(list, { ...emptyFilter, query: '行动' }, 'zh-CN').map((s) => s.id)).toEqual(['c']);
  });
});

describe('peopleOf()', () => {
  test('lists each person once, sorted', () => {
    expect(peopleOf(list, 'en')).toEqual(['Ana', 'lin']);
  });
});

describe('groupByPerson()', () => {
  test('puts the person worked on last first, most recent first inside, and nobody last', () => {
    const sorted = filterSummaries(
      [...list, summary('d', { updatedAt: '2026-06-01T00:00:00.000Z' })],
      emptyFilter,
      'en',
    );
    const groups = groupByPerson(sorted);
    expect(groups.map((group) => group.person)).toEqual(['lin', 'Ana', undefined]);
    expect(groups[0]?.summaries.map((s) => s.id)).toEqual(['b', 'a']);
    expect(groups[2]?.summaries.map((s) => s.id)).toEqual(['d']);
  });
});

describe('newerCopy()', () => {
  test('says which copy changed last', () => {
    expect(newerCopy('2026-01-01T00:00:00.000Z', '2026-01-02T00:00:00.000Z')).toBe('file');
    expect(newerCopy('2026-01-03T00:00:00.000Z', '2026-01-02T00:00:00.000Z')).toBe('here');
    expect(newerCopy('2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z')).toBe('same');
  });
});
