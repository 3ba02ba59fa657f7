/** The languages of the site, in the order the language switch lists them. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
