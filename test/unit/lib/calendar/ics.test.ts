import { describe, expect, test } from 'vitest';
import { buildCalendar, escapeText, foldLine, formatUtcDateTime } from '../../../../src/lib/calendar/ics';

const octets = (line: string) => new TextEncoder().encode(line).length;
const now = new Date('2025-07-01T09:30:05.123Z');

/** Undoes folding (RFC 5545 §3.1): a line break followed by one space joins the lines. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '');

describe('escapeText()', () => {
  test.each([
    ['a backslash', 'C:\\notes', 'C:\\\\notes'],
    ['a semicolon', 'a;b', 'a\\;b'],
    ['a comma', 'coach, mentor', 'coach\\, mentor'],
    ['a line feed', 'one\ntwo', 'one\\ntwo'],
    ['a CRLF and a lone CR', 'one\r\ntwo\rthree', 'one\\ntwo\\nthree'],
    ['all of them, backslash first', 'a\\;b,\n', 'a\\\\\\;b\\,\\n'],
    ['Chinese punctuation, which needs none', '复盘：行动，一；二', '复盘：行动，一；二'],
    ['control characters, by dropping them', 'a\u0000b\u0007c\u001Bd\u007Fe\u0085f', 'abcdef'],
    ['a tab, which TEXT allows', 'a\tb', 'a\tb'],
  ])('escapes %s', (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine()', () => {
  test('leaves a line of 75 octets alone', () => {
    const line = 'x'.repeat(75);
    expect(foldLine(line)).toBe(line);
  });

  test('folds a long ASCII line at 75 octets with CRLF and a space', () => {
    const folded = foldLine('SUMMARY:' + 'a'.repeat(200));
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines[0]).toHaveLength(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(unfold(folded)).toBe('SUMMARY:' + 'a'.repeat(200));
  });

  test('never cuts a Chinese character (3 octets) in half', () => {
    const line = 'SUMMARY:' + '复盘行动计划'.repeat(20);
    const lines = foldLine(line).split('\r\n');
    for (const part of lines) {
      expect(octets(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(unfold(foldLine(line))).toBe(line);
  });

  test('keeps an emoji (a surrogate pair) whole', () => {
    const line = 'DESCRIPTION:' + '🎯'.repeat(40);
    expect(unfold(foldLine(line))).toBe(line);
    for (const part of foldLine(line).split('\r\n')) expect(octets(part)).toBeLessThanOrEqual(75);
  });
});

describe('formatUtcDateTime()', () => {
  test('writes a UTC DATE-TIME without separators or milliseconds', () => {
    expect(formatUtcDateTime(now)).toBe('20250701T093005Z');
  });
});

describe('buildCalendar()', () => {
  const ics = buildCalendar(
    [
      {
        uid: 'plan-1-action-1@test',
        date: '2025-07-08',
        summary: 'Review: demo, script; v2',
        description: 'Line one\nLine two',
      },
      { uid: 'plan-1-action-2@test', date: '2025-12-31', summary: '复盘：年终' },
    ],
    { prodId: '-//Test//EN', now },
  );

  test('wraps the events in one VCALENDAR with version and product', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics.match(/END:VEVENT/g)).toHaveLength(2);
  });

  test('uses CRLF line breaks only', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('writes all-day events: DTSTART as a DATE and DTEND on the next day', () => {
    expect(ics).toContain('DTSTART;VALUE=DATE:20250708\r\nDTEND;VALUE=DATE:20250709\r\n');
    expect(ics).toContain('DTSTART;VALUE=DATE:20251231\r\nDTEND;VALUE=DATE:20260101\r\n');
  });

  test('gives every event its UID and the same DTSTAMP', () => {
    expect(ics).toContain('UID:plan-1-action-1@test\r\n');
    expect(ics).toContain('UID:plan-1-action-2@test\r\n');
    expect(ics.match(/DTSTAMP:20250701T093005Z/g)).toHaveLength(2);
  });

  test('escapes SUMMARY and DESCRIPTION text', () => {
    expect(ics).toContain('SUMMARY:Review: demo\\, script\\; v2\r\n');
    expect(ics).toContain('DESCRIPTION:Line one\\nLine two\r\n');
    expect(ics).toContain('SUMMARY:复盘：年终\r\n');
  });

  test('leaves DESCRIPTION out when there is none', () => {
    const second = ics.slice(ics.indexOf('UID:plan-1-action-2@test'));
    expect(second.slice(0, second.indexOf('END:VEVENT'))).not.toContain('DESCRIPTION');
  });

  test('skips an event whose date is not a calendar date', () => {
    const out = buildCalendar([{ uid: 'x', date: '', summary: 'no date' }], { prodId: '-//Test//EN', now });
    expect(out).not.toContain('BEGIN:VEVENT');
  });

  test('folds long lines so none is over 75 octets', () => {
    const out = buildCalendar(
      [
        {
          uid: 'long@test',
          date: '2025-07-08',
          summary: '复盘：' + '把每次拜访的三个关键问题写下来'.repeat(10),
          description: 'word, '.repeat(60),
        },
      ],
      { prodId: '-//Test//EN', now },
    );
    for (const line of out.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(unfold(out)).toContain('SUMMARY:复盘：' + '把每次拜访的三个关键问题写下来'.repeat(10) + '\r\n');
  });
});
