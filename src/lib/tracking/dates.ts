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
