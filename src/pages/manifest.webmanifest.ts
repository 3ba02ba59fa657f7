import type { APIRoute } from 'astro';
import { defaultLocale } from '../lib/i18n/locales';
import { manifestResponse } from '../site/manifest';

/** The web app manifest of the default language. */
export const GET: APIRoute = () => manifestResponse(defaultLocale);
