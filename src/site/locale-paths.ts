import { localeInfo, prefixedLocales, type Locale } from '../lib/i18n/locales';

/**
 * Pages exist once per language: the default language's at the root (`src/pages/…`), every
 * other language's under `src/pages/[lang]/…`, where `lang` is its URL prefix. Which
 * language is the default comes from content/settings.yaml.
 */

/** `getStaticPaths` for a page under `[lang]/` with no other parameter. */
export function prefixedLocalePaths() {
  return prefixedLocales.map((locale) => ({
    params: { lang: localeInfo[locale].urlPrefix },
    props: { locale },
  }));
}

interface StaticPath {
  params: Record<string, string | undefined>;
  props?: Record<string, unknown>;
}

/** `getStaticPaths` for a page under `[lang]/` that has its own parameters, built per locale. */
export async function withPrefixedLocales<Path extends StaticPath>(
  build: (locale: Locale) => Path[] | Promise<Path[]>,
) {
  const perLocale = await Promise.all(
    prefixedLocales.map(async (locale) =>
      (await build(locale)).map((path) => ({
        params: { ...path.params, lang: localeInfo[locale].urlPrefix },
        props: { ...(path.props as Path['props']), locale },
      })),
    ),
  );
  return perLocale.flat();
}
