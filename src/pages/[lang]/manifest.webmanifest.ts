import type { APIRoute } from 'astro';
import type { Locale } from '../../lib/i18n/locales';
import { prefixedLocalePaths } from '../../site/locale-paths';
import { manifestResponse } from '../../site/manifest';

export const getStaticPaths = prefixedLocalePaths;

/** The web app manifest of each language that lives under a prefix. */
export const GET: APIRoute<{ locale: Locale }> = ({ props }) => manifestResponse(props.locale);
