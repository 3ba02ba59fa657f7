import { readFileSync } from 'node:fs';
import { escapeXml } from '../diagrams/svg-text';
import { localeInfo, type Locale } from '../i18n/locales';
import { localizePath } from '../i18n/paths';
import { webpSize } from './webp-size';

/**
 * Screenshots of the toolkit's own pages in the guide: `[[screenshot:NAME|ALT]]` alone in a
 * paragraph. Each is a WebP per language in public/guide/ (`NAME-zh-cn.webp`,
 * `NAME-en.webp`), made from the real page with sample data by
 * `node test/tools/guide-screenshots.mjs`, and links to the page it shows.
 */
export const guideScreenshots = {
  'dashboard-progress': '/dashboard/',
  'dashboard-actions': '/dashboard/',
  'dashboard-team': '/dashboard/team/',
} as const;

export type GuideScreenshotName = keyof typeof guideScreenshots;

export function isGuideScreenshotName(name: string): name is GuideScreenshotName {
  return Object.hasOwn(guideScreenshots, name);
}

/** The image's address on the site, for one language. */
export function screenshotSrc(name: GuideScreenshotName, locale: Locale): string {
  return `/guide/${name}-${localeInfo[locale].contentFolder}.webp`;
}

/**
 * The figure for one screenshot. Its width and height come from the file itself; a missing
 * or unreadable file, or an empty text alternative, stops the build with the content file named.
 */
export function renderScreenshot(
  name: GuideScreenshotName,
  alt: string,
  locale: Locale,
  options: { publicDir: URL; file: string },
): string {
  const src = screenshotSrc(name, locale);
  if (alt.trim() === '')
    throw new Error(`${options.file}: [[screenshot:${name}|…]] needs a text alternative`);
  let size: ReturnType<typeof webpSize>;
  try {
    size = webpSize(readFileSync(new URL(`.${src}`, options.publicDir)));
  } catch {
    throw new Error(`${options.file}: public${src} is missing; run node test/tools/guide-screenshots.mjs`);
  }
  if (size === undefined) throw new Error(`${options.file}: public${src} is not a WebP image`);
  const href = localizePath(guideScreenshots[name], locale);
  return (
    `<figure class="guide-shot"><a href="${href}">` +
    `<img src="${src}" alt="${escapeXml(alt.trim())}" width="${size.width}" height="${size.height}" loading="lazy" decoding="async" />` +
    `</a></figure>`
  );
}
