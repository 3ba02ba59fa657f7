import { defaultLocale, localeInfo, locales, type Locale } from '../i18n/locales';

/** The locale of a content file from its path: `…/content/en/guide/goals.md` → `en`. */
export function localeOfContentPath(path: string): Locale {
  const normalized = path.replace(/\\/g, '/');
  return (
    locales.find((locale) => normalized.includes(`/content/${localeInfo[locale].contentFolder}/`)) ??
    defaultLocale
  );
}
