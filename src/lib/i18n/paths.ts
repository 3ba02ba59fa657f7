import { defaultLocale, localeInfo, locales, type Locale } from './locales';

/** Prefixes a site path (`/guide/goals/`) for a locale: `/en/guide/goals/` for English. */
export function localizePath(path: string, locale: Locale): string {
  const clean = path.startsWith('/') ? path : `/${path}`;
  const prefix = localeInfo[locale].urlPrefix;
  return prefix ? `/${prefix}${clean}` : clean;
}

/** Finds the locale of a URL path and the path without its locale prefix. */
export function splitLocalePath(pathname: string): { locale: Locale; path: string } {
  for (const locale of locales) {
    const prefix = localeInfo[locale].urlPrefix;
    if (!prefix) continue;
    if (pathname === `/${prefix}` || pathname.startsWith(`/${prefix}/`)) {
      const rest = pathname.slice(prefix.length + 1);
      return { locale, path: rest === '' ? '/' : rest };
    }
  }
  return { locale: defaultLocale, path: pathname === '' ? '/' : pathname };
}

/** The same page in another language: `/en/guide/goals/` ↔ `/guide/goals/`. */
export function twinPath(pathname: string, target: Locale): string {
  return localizePath(splitLocalePath(pathname).path, target);
}

/** The locale of a content entry id such as `en/guide/goals`. */
export function localeOfContentId(id: string): Locale | undefined {
  const folder = id.split('/')[0];
  return locales.find((locale) => localeInfo[locale].contentFolder === folder);
}
