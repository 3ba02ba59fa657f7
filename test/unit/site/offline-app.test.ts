import { describe, expect, test } from 'vitest';
import { manifestResponse } from '../../../src/site/manifest';
import { pageAddress, precachePatterns } from '../../../src/site/service-worker-build';

describe('the service worker precache', () => {
  test('lists pages under the address hosts serve them at', () => {
    expect(pageAddress('index.html')).toBe('./');
    expect(pageAddress('en/index.html')).toBe('en/');
    expect(pageAddress('guide/goals/index.html')).toBe('guide/goals/');
    expect(pageAddress('404.html')).toBe('404.html');
    expect(pageAddress('_astro/site.abc123.js')).toBe('_astro/site.abc123.js');
  });

  test('takes pages, scripts, styles, fonts, icons and manifests', () => {
    for (const ext of ['html', 'js', 'css', 'woff2', 'svg', 'png', 'webmanifest']) {
      expect(precachePatterns[0]).toContain(ext);
    }
  });
});

describe('the web app manifests', () => {
  test.each([
    ['zh-CN', '/'],
    ['en', '/en/'],
  ] as const)('%s: its own app id and start page, with PNG and maskable icons', async (locale, start) => {
    const manifest = (await manifestResponse(locale).json()) as {
      icons: { sizes: string; type: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ id: start, start_url: start, scope: '/', display: 'standalone' });
    const icons = manifest.icons;
    for (const size of ['192x192', '512x512']) {
      expect(icons).toContainEqual(
        expect.objectContaining({ sizes: size, type: 'image/png', purpose: 'any' }),
      );
      expect(icons).toContainEqual(
        expect.objectContaining({ sizes: size, type: 'image/png', purpose: 'maskable' }),
      );
    }
  });
});
