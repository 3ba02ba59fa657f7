import { describe, expect, test } from 'vitest';
import type { WorksheetSummary } from '../../../../src/lib/worksheets/document';
import type { WorksheetKind } from '../../../../src/lib/worksheets/kinds';
import { prepSheetChoices } from '../../../../src/lib/worksheets/prep-sheet/choices';

const summary = (id: string, kind: WorksheetKind, updatedAt: string): WorksheetSummary => ({
  id,
  kind,
  schemaVersion: 1,
  revision: 1,
  title: id,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt,
});

describe('prepSheetChoices()', () => {
  const summaries = [
    summary('old', 'prep-sheet', '2025-03-01T10:00:00.000Z'),
    summary('plan', 'prep-planner', '2025-05-01T10:00:00.000Z'),
    summary('new', 'prep-sheet', '2025-04-01T10:00:00.000Z'),
    summary('middle', 'prep-sheet', '2025-03-15T10:00:00.000Z'),
  ];

  test('keeps only prep sheets, most recently changed first', () => {
    expect(prepSheetChoices(summaries).map((choice) => choice.id)).toEqual(['new', 'middle', 'old']);
  });

  test('offers at most `limit` of them', () => {
    expect(prepSheetChoices(summaries, 2).map((choice) => choice.id)).toEqual(['new', 'middle']);
  });

  test('leaves the given list untouched', () => {
    const before = summaries.map((item) => item.id);
    prepSheetChoices(summaries);
    expect(summaries.map((item) => item.id)).toEqual(before);
  });

  test('returns nothing when there is no prep sheet', () => {
    expect(prepSheetChoices([summary('plan', 'prep-planner', '2025-05-01T10:00:00.000Z')])).toEqual([]);
  });
});
