import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  guideScreenshots,
  isGuideScreenshotName,
  renderScreenshot,
  screenshotSrc,
  type GuideScreenshotName,
} from '../../../../src/lib/markdown/guide-screenshots';
import { webpSize } from '../../../../src/lib/markdown/webp-size';
import { localeInfo, locales } from '../../../../src/lib/i18n/locales';

const root = new URL('../../../../', import.meta.url);
const publicDir = new URL('public/', root);
const names = Object.keys(guideScreenshots) as GuideScreenshotName[];
const chapter = (folder: string) =>
  readFileSync(new URL(`content/${folder}/guide/tracking.md`, root), 'utf8');

describe('webpSize', () => {
  test('reads the size of every shipped guide screenshot', () => {
    for (const name of names) {
      for (const locale of locales) {
        const size = webpSize(readFileSync(new URL(`.${screenshotSrc(name, locale)}`, publicDir)));
        expect(size?.width, `${name} ${locale}`).toBeGreaterThan(600);
        expect(size?.height, `${name} ${locale}`).toBeGreaterThan(300);
      }
    }
  });

  test('reads the lossless and extended layouts too', () => {
    const riff = (chunk: string, body: number[]) =>
      Uint8Array.from([
        ...'RIFF'.split('').map((c) => c.charCodeAt(0)),
        0,
        0,
        0,
        0,
        ...'WEBP'.split('').map((c) => c.charCodeAt(0)),
        ...chunk.split('').map((c) => c.charCodeAt(0)),
        0,
        0,
        0,
        0,
        ...body,
        ...new Array<number>(16).fill(0),
      ]);
    // VP8L: signature 0x2f, then 14 bits width-1 and 14 bits height-1: 800 x 600.
    const bits = 799 | (599 << 14);
    expect(
      webpSize(riff('VP8L', [0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, bits >>> 24])),
    ).toEqual({
      width: 800,
      height: 600,
    });
    // VP8X: flags and reserved (4 bytes), then 24-bit width-1 and height-1: 1200 x 900.
    expect(webpSize(riff('VP8X', [0, 0, 0, 0, 1199 & 255, 1199 >> 8, 0, 899 & 255, 899 >> 8, 0]))).toEqual({
      width: 1200,
      height: 900,
    });
  });

  test('says nothing for a file that is not WebP or is cut short', () => {
    expect(
      webpSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>')),
    ).toBeUndefined();
    const real = readFileSync(new URL(`.${screenshotSrc('dashboard-team', 'en')}`, publicDir));
    expect(webpSize(real.subarray(0, 20))).toBeUndefined();
  });
});

describe('screenshots in the guide', () => {
  test('each screenshot is sized from its file, lazy, described and linked to its page in the language', () => {
    const html = renderScreenshot('dashboard-team', 'My team with the sample data', 'en', {
      publicDir,
      file: 'tracking.md',
    });
    const size = webpSize(readFileSync(new URL('./guide/dashboard-team-en.webp', publicDir)));
    expect(html).toContain(`width="${size?.width}" height="${size?.height}"`);
    expect(html).toContain('src="/guide/dashboard-team-en.webp"');
    expect(html).toContain('alt="My team with the sample data"');
    expect(html).toContain('loading="lazy"');
    expect(html).toContain(`href="/en/dashboard/team/"`);
  });

  test('a missing file or an empty text alternative stops the build, naming the content file', () => {
    expect(() =>
      renderScreenshot('dashboard-team', 'x', 'en', {
        publicDir: new URL('nowhere/', root),
        file: 'tracking.md',
      }),
    ).toThrow(/tracking\.md: public\/guide\/dashboard-team-en\.webp is missing/);
    expect(() => renderScreenshot('dashboard-team', '  ', 'en', { publicDir, file: 'tracking.md' })).toThrow(
      /tracking\.md: .*text alternative/,
    );
    expect(isGuideScreenshotName('dashboard-nope')).toBe(false);
  });

  test.each(locales)(
    'the %s tracking chapter teaches the dashboards with every screenshot, in its section',
    (locale) => {
      const text = chapter(localeInfo[locale].contentFolder);
      const section = text.slice(text.indexOf('{#toolkit-dashboards}'), text.indexOf('{#flash-retro}'));
      expect(section.length).toBeGreaterThan(1000);
      const shown = [...section.matchAll(/^\[\[screenshot:([a-z-]+)\|(.+)\]\]$/gm)].map((m) => m[1]);
      expect(shown.sort()).toEqual([...names].sort());
    },
  );
});
