import type { Locale } from '../../../lib/i18n/locales';

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** A stored timestamp as the user reads it; one formatter per language (one per row would dominate a long list). */
export function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}
