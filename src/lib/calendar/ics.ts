import { addDays, isIsoDate } from '../dates';

/**
 * A minimal iCalendar (RFC 5545) writer for all-day reminders, such as the review dates of a
 * 5R plan. Pure: it returns the file's text; the caller downloads it.
 */

/** One all-day event. */
export interface AllDayEvent {
  /** Globally unique and stable, so importing the file again updates the event instead of duplicating it. */
  uid: string;
  /** The day, `YYYY-MM-DD`. */
  date: string;
  summary: string;
  description?: string;
  /** Repeats every month from `date` (RFC 5545 §3.8.5.3 `RRULE:FREQ=MONTHLY`); omitted: once. */
  monthly?: boolean;
}

export interface CalendarOptions {
  /** The product that made the file (PRODID), e.g. `-//Example//Worksheets//EN`. */
  prodId: string;
  /** When the file was made; becomes every event's DTSTAMP. */
  now: Date;
}

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_LINE_OCTETS = 75;

/**
 * Control characters other than tab and line breaks: RFC 5545's TEXT has no place for them
 * (§3.3.11, TSAFE-CHAR), and a calendar app may refuse the whole file over one pasted in.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/gu;

/**
 * RFC 5545 §3.3.11: TEXT drops control characters, escapes backslash, semicolon and comma,
 * and writes line breaks as `\n`.
 */
export function escapeText(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: folds a content line into lines of at most 75 octets, each continuation
 * starting with one space (which counts towards its 75). Cuts between characters, never
 * inside a UTF-8 sequence, so Chinese text stays readable.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** A DATE value: `20250708`. */
function formatDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** A UTC DATE-TIME value: `20250708T093000Z`. */
export function formatUtcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * The calendar file: one VEVENT per event, all-day (DTSTART;VALUE=DATE and DTEND on the next
 * day, since DTEND is exclusive). Events without a valid date are left out.
 */
export function buildCalendar(events: readonly AllDayEvent[], options: CalendarOptions): string {
  const stamp = formatUtcDateTime(options.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${options.prodId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  for (const event of events) {
    if (!isIsoDate(event.date)) continue;
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${formatDate(event.date)}`,
      `DTEND;VALUE=DATE:${formatDate(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.monthly === true) lines.push('RRULE:FREQ=MONTHLY');
    if (event.description !== undefined && event.description !== '') {
      lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    }
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
