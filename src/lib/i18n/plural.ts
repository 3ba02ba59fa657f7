import type { Locale } from './locales';

/** The plural forms a dictionary key may end in (`….one`, `….other`); every language has both keys. */
export type PluralForm = 'one' | 'other';

/**
 * Which plural form a count takes in a language (Intl's rules: English "1 day" / "2 days";
 * Chinese has one form, "other"). Forms other than "one" fall back to "other".
 */
export function pluralOf(count: number, locale: Locale): PluralForm {
  return new Intl.PluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}
