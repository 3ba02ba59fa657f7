import { useTranslations } from '../lib/i18n';
import { localeInfo, type Locale } from '../lib/i18n/locales';
import { localizePath } from '../lib/i18n/paths';

/** The web app manifest of one language, served at `<prefix>/manifest.webmanifest`. */
export function manifestResponse(locale: Locale): Response {
  const t = useTranslations(locale);
  const manifest = {
    name: t('site.name'),
    short_name: t('site.shortName'),
    description: t('site.tagline'),
    lang: localeInfo[locale].htmlLang,
    start_url: localizePath('/', locale),
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0f5f59',
    icons: [{ src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
}
