import { isLocale, locales, type Locale } from './locales-list';

export { isLocale, locales, type Locale };

/** What each language looks like in URLs, files and markup. */
export interface LocaleInfo {
  /** The URL prefix: `''` for the default language, which lives at `/`. */
  urlPrefix: string;
  /** The folder of its content: `content/<folder>/…`. */
  contentFolder: string;
  /** The `lang` attribute and hreflang value. */
  htmlLang: string;
  /** The language's own name, for the language switch. */
  label: string;
}

const fixed: Record<Locale, Omit<LocaleInfo, 'urlPrefix'> & { slug: string }> = {
  'zh-CN': { slug: 'zh-cn', contentFolder: 'zh-cn', htmlLang: 'zh-CN', label: '中文' },
  en: { slug: 'en', contentFolder: 'en', htmlLang: 'en', label: 'English' },
};

/** Locale information for a site whose root `/` shows `defaultLocale`; the others get `/<slug>/`. */
export function buildLocaleInfo(defaultLocale: Locale): Record<Locale, LocaleInfo> {
  const info = {} as Record<Locale, LocaleInfo>;
  for (const locale of locales) {
    const { slug: _slug, ...rest } = fixed[locale];
    info[locale] = { ...rest, urlPrefix: locale === defaultLocale ? '' : fixed[locale].slug };
  }
  return info;
}

/**
 * The default language, from `content/settings.yaml` (`defaultLanguage`), which
 * astro.config.mjs reads and hands to the build as PUBLIC_DEFAULT_LOCALE. Outside the
 * build (unit tests) it is zh-CN.
 */
function configuredDefault(): unknown {
  try {
    // Replaced with the setting at build time; missing where no bundler defines it (the
    // Workers runtime of the function), which then uses zh-CN.
    return import.meta.env.PUBLIC_DEFAULT_LOCALE;
  } catch {
    return undefined;
  }
}

const configured = configuredDefault();
export const defaultLocale: Locale = isLocale(configured) ? configured : 'zh-CN';

export const localeInfo: Record<Locale, LocaleInfo> = buildLocaleInfo(defaultLocale);

/** The languages that live under a URL prefix (every one but the default). */
export const prefixedLocales: readonly Locale[] = locales.filter((locale) => locale !== defaultLocale);
