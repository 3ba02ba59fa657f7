import { localeInfo, locales, prefixedLocales, type Locale } from '../lib/i18n/locales';

/**
 * Each page is one file under `src/pages/[...lang]/`, built once per language: the default
 * language's copy at the root (`lang` undefined: `/guide/`), every other language's under its
 * URL prefix (`/en/guide/`). Which language is the default comes from content/settings.yaml.
 * Only the not-found pages stay twice (`404.astro`, `[lang]/404.astro`): a host serves the
 * root `404.html` by its exact name.
 */

/** The `lang` route parameter of a language: undefined for the default one. */
function langParam(locale: Locale): string | undefined {
  return localeInfo[locale].urlPrefix || undefined;
}

/** `getStaticPaths` for a page with no parameter of its own, in every language. */
export function everyLocalePaths() {
  return locales.map((locale) => ({ params: { lang: langParam(locale) }, props: { locale } }));
}

/** `getStaticPaths` for a page under `[lang]/` with no other parameter (the not-found page). */
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

/** `getStaticPaths` for a page with parameters of its own, built per language. */
export async function inEveryLocale<Path extends StaticPath>(
  build: (locale: Locale) => Path[] | Promise<Path[]>,
) {
  const perLocale = await Promise.all(
    locales.map(async (locale) =>
      (await build(locale)).map((path) => ({
        params: { ...path.params, lang: langParam(locale) },
        props: { ...(path.props as Path['props']), locale },
      })),
    ),
  );
  return perLocale.flat();
}
