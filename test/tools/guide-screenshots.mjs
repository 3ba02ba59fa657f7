#!/usr/bin/env node
/* global document, window, createImageBitmap */
// Makes the screenshots of the dashboards: the guide's (public/guide/*.webp), the home page's
// (src/assets/home/dashboard-*.png) and the README's (.github/screenshot-dashboard.png), from
// the built site served by `wrangler pages dev`, with the dashboards' sample team on a fixed
// day, in both languages. Run after `npx astro build` whenever a dashboard's look changes:
//
//   node test/tools/guide-screenshots.mjs
//
// The guide shows them with `[[screenshot:NAME|ALT]]` (src/lib/markdown/guide-screenshots.ts),
// which reads each file's size, so a new screenshot never makes the page move.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { freePort, startPagesDev } from '../bench/site-server.mjs';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const out = (name, folder) => new URL(`../../public/guide/${name}-${folder}.webp`, import.meta.url);
/** The day the sample team was made for (as in test/e2e/dashboards.spec.ts). */
const TODAY = new Date('2026-06-15T10:00:00');
/** Each language's address prefix, content folder and the sample employee shown on "My progress". */
const languages = [
  { prefix: '', folder: 'zh-cn', home: 'zh', employee: '赵一' },
  { prefix: '/en', folder: 'en', home: 'en', employee: 'Zhao' },
];
/** The home page's screenshots are 1280 x 752, as its worksheet screenshot. */
const HOME_VIEWPORT = { width: 1280, height: 752 };
/** About the guide's text column (42rem), so the screenshot shows at nearly its own size. */
const VIEWPORT = { width: 800, height: 1000 };
const SIDE = 12;

/** The area from the top of `first` to the bottom of `last`, as wide as the dashboard. */
async function clipBetween(page, first, last) {
  // Boxes are measured from the top of the page, as the clip is (saving "me" scrolls down).
  await page.evaluate(() => window.scrollTo(0, 0));
  const frame = await page.locator('.dash').boundingBox();
  const top = await page.locator(first).first().boundingBox();
  const bottom = await page.locator(last).last().boundingBox();
  if (!frame || !top || !bottom) throw new Error(`nothing to clip between ${first} and ${last}`);
  // Flush with the top (the sample-data bar sits right over the first part), room below.
  return {
    x: Math.max(0, frame.x - SIDE),
    y: top.y,
    width: frame.width + 2 * SIDE,
    height: bottom.y + bottom.height - top.y + SIDE,
  };
}

/** PNG bytes to WebP, encoded by Chromium itself (no image library needed). */
async function toWebp(browser, png) {
  const page = await browser.newPage();
  try {
    const dataUrl = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      canvas.getContext('2d').drawImage(image, 0, 0);
      return canvas.toDataURL('image/webp', 0.8);
    }, png.toString('base64'));
    return Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  } finally {
    await page.close();
  }
}

const server = await startPagesDev({ cwd: root, port: await freePort() });
const executablePath = findChromium(() => chromium.executablePath());
const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
try {
  for (const { prefix, folder, home, employee } of languages) {
    // 1.5 device pixels per CSS pixel: sharp on high-density screens, still small files.
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1.5 });
    const page = await context.newPage();
    await page.clock.setFixedTime(TODAY);
    const open = async (path) => {
      await page.goto(`${server.origin}${prefix}${path}`);
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    };

    await open('/dashboard/team/');
    await page.locator('.dash-empty button').click();
    await page.locator('.dash-person').nth(1).waitFor();
    const team = await page.screenshot({
      fullPage: true,
      clip: await clipBetween(page, '.dash-coverage', '.dash-person:nth-child(2)'),
    });
    await writeFile(out('dashboard-team', folder), await toWebp(browser, team));

    await open('/dashboard/');
    await page.locator('#dash-me-name').fill(employee);
    await page.locator('form.dash-me button[type=submit]').click();
    await page.locator('.dash-goal').nth(1).waitFor();
    const goal = await page.screenshot({
      fullPage: true,
      clip: await clipBetween(page, '.dash-pickbar', '.dash-goal:first-of-type'),
    });
    await writeFile(out('dashboard-progress', folder), await toWebp(browser, goal));
    const actions = await page.screenshot({
      fullPage: true,
      clip: await clipBetween(
        page,
        'section[aria-labelledby="dash-actions"]',
        'section[aria-labelledby="dash-obstacles"]',
      ),
    });
    await writeFile(out('dashboard-actions', folder), await toWebp(browser, actions));
    await context.close();

    // The home page (and, in English, the README): My team from its list of people down.
    const wide = await browser.newContext({ viewport: HOME_VIEWPORT, deviceScaleFactor: 1 });
    const homePage = await wide.newPage();
    await homePage.clock.setFixedTime(TODAY);
    await homePage.goto(`${server.origin}${prefix}/dashboard/team/`);
    await homePage.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await homePage.locator('.dash-empty button').click();
    await homePage.locator('.dash-person').nth(1).waitFor();
    await homePage.evaluate(() => {
      const heading = document.getElementById('dash-team');
      if (heading) window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 24);
    });
    const shot = await homePage.screenshot();
    await writeFile(new URL(`../../src/assets/home/dashboard-${home}.png`, import.meta.url), shot);
    if (home === 'en')
      await writeFile(new URL('../../.github/screenshot-dashboard.png', import.meta.url), shot);
    await wide.close();
    console.log(
      `${folder}: public/guide/dashboard-{team,progress,actions}-${folder}.webp, src/assets/home/dashboard-${home}.png`,
    );
  }
} finally {
  await browser.close();
  await server.stop();
}
