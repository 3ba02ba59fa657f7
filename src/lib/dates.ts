/**
 * Calendar-date helpers on `YYYY-MM-DD` strings, for worksheets, tracking and calendars alike. Worksheets store dates without a time or a
 * zone (a review date is a day, not an instant), so the arithmetic happens in UTC where no
 * day is 23 or 25 hours long.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(value: string): boolean {
  return ISO_DATE.test(value);
}

/** Today in the user's own time zone: a review "today" means the user's today. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * The user's calendar day of an instant (an ISO timestamp such as `createdAt`): in Shanghai,
 * `2026-03-02T23:30:00Z` is already the 3rd. File names, default titles and Markdown use this,
 * never the UTC date that `toISOString().slice(0, 10)` would give.
 */
export function localDateOf(instant: string | Date): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return typeof instant === 'string' ? instant.slice(0, 10) : '';
  return todayIso(date);
}

export function addDays(isoDate: string, days: number): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) return isoDate;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}

/** Whether `date` lies in `[from, to]`; ISO dates compare correctly as strings. */
export function isWithin(date: string, from: string, to: string): boolean {
  return date >= from && date <= to;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier; `undefined` for a non-date. */
export function daysBetween(from: string, to: string): number | undefined {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  if (Number.isNaN(a) || Number.isNaN(b)) return undefined;
  return Math.round((b - a) / 86_400_000);
}

/** `YYYY-MM` of a date. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}
