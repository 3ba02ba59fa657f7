/** The languages of the site. zh-CN is the default and lives at `/`; the others under `/<prefix>/`. */
export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'zh-CN';

/** How each locale appears in URLs (`''` for the unprefixed default) and in `content/<folder>/`. */
export const localeInfo: Record<
  Locale,
  { urlPrefix: string; contentFolder: string; htmlLang: string; label: string }
> = {
  'zh-CN': { urlPrefix: '', contentFolder: 'zh-cn', htmlLang: 'zh-CN', label: '中文' },
  en: { urlPrefix: 'en', contentFolder: 'en', htmlLang: 'en', label: 'English' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
