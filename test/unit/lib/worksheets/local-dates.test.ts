import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { reviewCalendarFileName } from '../../../../src/lib/worksheets/action-plan/calendar';
import { localDateOf, todayIso } from '../../../../src/lib/dates';
import { displayTitle } from '../../../../src/lib/worksheets/document';
import { exportFileName, fileNamePart } from '../../../../src/lib/worksheets/export-file';
import { documentHeader } from '../../../../src/lib/worksheets/markdown';

// 07:30 UTC on 1 July is 15:30 on 1 July in Shanghai, and 23:30 UTC on 1 July is already 2 July there.
const earlyUtc = new Date('2025-07-01T23:30:00.000Z');

describe('dates are the user’s local day, not UTC', () => {
  let zone: string | undefined;
  beforeEach(() => {
    zone = process.env['TZ'];
    process.env['TZ'] = 'Asia/Shanghai';
  });
  afterEach(() => {
    if (zone === undefined) delete process.env['TZ'];
    else process.env['TZ'] = zone;
  });

  test('today and the day of an instant follow the local zone', () => {
    expect(todayIso(earlyUtc)).toBe('2025-07-02');
    expect(localDateOf('2025-07-01T23:30:00.000Z')).toBe('2025-07-02');
    expect(localDateOf('not a date')).toBe('not a date');
  });

  test('export and calendar file names carry the local date', () => {
    expect(exportFileName([{ kind: 'smart-ar' }], earlyUtc)).toBe('coaching-smart-ar-2025-07-02.json');
    expect(exportFileName([], earlyUtc)).toBe('coaching-worksheets-2025-07-02.json');
    expect(reviewCalendarFileName(earlyUtc)).toBe('5r-review-dates-2025-07-02.ics');
  });

  test('default titles and the Markdown header use the local date', () => {
    const createdAt = earlyUtc.toISOString();
    expect(displayTitle({ title: '', kind: 'prep-sheet', createdAt }, 'en')).toBe('Prep sheet · 2025-07-02');
    const header = documentHeader({ kind: 'prep-sheet', title: 'x', updatedAt: createdAt }, 'en');
    expect(header).toContain('2025-07-02');
    expect(header).not.toContain('2025-07-01');
  });
});

describe('exportFileName() with a person', () => {
  test('a single worksheet names its person', () => {
    const now = new Date(2025, 6, 1, 10);
    expect(exportFileName([{ kind: 'prep-sheet', person: 'Lin Wei' }], now)).toBe(
      'coaching-prep-sheet-Lin-Wei-2025-07-01.json',
    );
    expect(exportFileName([{ kind: 'prep-sheet', person: '王芳' }], now)).toBe(
      'coaching-prep-sheet-王芳-2025-07-01.json',
    );
    expect(exportFileName([{ kind: 'prep-sheet', person: '  ' }], now)).toBe(
      'coaching-prep-sheet-2025-07-01.json',
    );
  });

  test('a person cannot smuggle a path or odd characters into the name', () => {
    expect(fileNamePart('../a/b\\c:"d"')).toBe('a-b-c-d');
    expect(fileNamePart('x'.repeat(80))).toHaveLength(40);
  });
});
