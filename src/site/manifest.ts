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
    // One app per language: its own id and start page; both may browse the whole site, so
    // the language switch stays inside the installed app.
    id: localizePath('/', locale),
    start_url: localizePath('/', locale),
    scope: '/',
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0f5f59',
    // PNGs made from the favicon's artwork; the maskable ones keep it inside the safe circle.
    icons: [
      { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
}
