#!/usr/bin/env node
// Benchmark: the JavaScript each built page loads, gzip. Two measures, side by side:
//  - "static": without a browser, following the islands' component and renderer modules
//    through their static imports (what the page asks for at once);
//  - "browser": the script files a real Chromium fetches while it opens the page, hydrates
//    its islands and lets them start (they read storage, which loads localforage and the
//    worksheet's own module through dynamic imports). This is the figure that counts.
// "on demand" is the rest: code behind dynamic imports that opening the page did not need
// (other kinds' modules, a pre-filled link's decoder, import and export helpers).
// Each file counts at its gzip -9 size; inline scripts are listed apart. Every page loads the
// small site script (phone menu, service worker registration); the service worker itself
// (`dist/sw.js`) is a row of its own.
// Budgets: 100 KB for every island page, 110 KB for /questions/, counted as the page opens.
// "writing" (worksheet pages only, not budgeted) is the browser figure once the first field
// is in focus: the kind's hints and Markdown writer have loaded by then, as for a returning
// user whose worksheet has content.
//
//   node test/bench/page-weight.mjs [path-filter]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';
import { builtPagePaths } from './site-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');
const filter = process.argv[2];
const gzip = (text) => gzipSync(text, { level: 9 }).length;

const moduleCache = new Map();
/** A module's gzip size and the modules it imports, statically and dynamically. */
function readModule(url) {
  if (!moduleCache.has(url)) {
    const code = readFileSync(join(dist, url), 'utf8');
    const resolve = (spec) => new URL(spec, `http://x${url}`).pathname;
    const statics = [
      ...code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g),
    ].map((m) => resolve(m[1]));
    const dynamics = [...code.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => resolve(m[1]));
    moduleCache.set(url, { size: gzip(code), statics, dynamics });
  }
  return moduleCache.get(url);
}

/** The modules loaded at once from `entries`, and those only imported dynamically. */
function closure(entries) {
  const eager = new Set();
  const lazy = new Set();
  const visit = (url) => {
    if (eager.has(url)) return;
    eager.add(url);
    const mod = readModule(url);
    mod.statics.forEach(visit);
    mod.dynamics.forEach((d) => lazy.add(d));
  };
  entries.forEach(visit);
  const lazyOnly = new Set();
  const visitLazy = (url) => {
    if (eager.has(url) || lazyOnly.has(url)) return;
    lazyOnly.add(url);
    readModule(url).statics.forEach(visitLazy);
  };
  lazy.forEach(visitLazy);
  const sum = (set) => [...set].reduce((total, url) => total + readModule(url).size, 0);
  return { eager: sum(eager), lazy: sum(lazyOnly) };
}

const rows = [];
for (const path of builtPagePaths(dist)) {
  if (filter && !path.includes(filter)) continue;
  const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
  const entries = new Set();
  for (const match of html.matchAll(/(?:component-url|renderer-url)="([^"]+)"/g)) entries.add(match[1]);
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g)) entries.add(match[1]);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('\n');
  const { eager, lazy } = closure([...entries]);
  rows.push({ path, eager, lazy, inline: inline.trim() ? gzip(inline) : 0 });
}

/**
 * Opens each page that has islands in Chromium, with requests answered from dist/ (no
 * server, no network), and sums the script files it fetched, at their gzip size.
 */
async function measureInBrowser(paths) {
  const executablePath = findChromium(() => chromium.executablePath());
  const browser = await chromium.launch({
    args: chromiumArgs,
    ...(executablePath ? { executablePath } : {}),
  });
  // A *.localhost origin counts as secure, so the page sees the service worker API as on HTTPS.
  const origin = 'http://site.localhost';
  const loaded = new Map();
  try {
    for (const path of paths) {
      // A wide screen, the heavier case: the worksheet panel (hints, preview) sits open beside
      // the form. On a phone it starts closed.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const scripts = new Set();
      await context.route(`${origin}/**`, async (route) => {
        const url = new URL(route.request().url());
        // The page loads and runs its registration script, but the worker is not installed
        // here: its precache downloads (the whole site) are no script of the page's. The
        // worker's own script is measured below.
        if (url.pathname === '/sw.js') {
          await route.fulfill({ status: 404, body: '' });
          return;
        }
        let file = join(dist, decodeURIComponent(url.pathname));
        if (url.pathname.endsWith('/')) file = join(file, 'index.html');
        if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
        try {
          await route.fulfill({ path: file });
        } catch {
          await route.fulfill({ status: 404, body: '' });
        }
      });
      const page = await context.newPage();
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
      // Islands start after hydration; give their first effects (storage) time to finish.
      await page.waitForTimeout(500);
      await page.waitForLoadState('networkidle');
      const sumScripts = () => [...scripts].reduce((total, url) => total + readModule(url).size, 0);
      const atOpen = sumScripts();
      // A worksheet's coaching hints and Markdown writer load once a field is in focus (or the
      // worksheet already has content): the page as someone starts writing.
      let writing;
      const firstField = page.locator('form.ws-form input[type="text"], form.ws-form textarea').first();
      if ((await firstField.count()) > 0) {
        await firstField.focus();
        await page.waitForTimeout(300);
        await page.waitForLoadState('networkidle');
        writing = sumScripts();
      }
      loaded.set(path, { atOpen, writing });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return loaded;
}

const islandPaths = rows.filter((row) => row.eager + row.lazy > 0).map((row) => row.path);
const inBrowser = await measureInBrowser(islandPaths);
for (const row of rows) {
  row.browser = inBrowser.get(row.path)?.atOpen ?? row.eager;
  row.writing = inBrowser.get(row.path)?.writing;
  row.onDemand = Math.max(0, row.eager + row.lazy - row.browser);
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
console.log(
  `${'page'.padEnd(44)} ${'static'.padStart(7)}  ${'browser'.padStart(7)}  ${'on demand'.padStart(9)}  ${'inline'.padStart(7)}  ${'writing'.padStart(7)}   (KB gzip)`,
);
for (const row of rows)
  console.log(
    `${row.path.padEnd(44)} ${kb(row.eager)}  ${kb(row.browser)}  ${kb(row.onDemand).padStart(9)}  ${kb(row.inline)}  ${row.writing === undefined ? '' : kb(row.writing)}`,
  );
// The offline service worker (Workbox, made at build time): fetched once in the background
// after the first visit and on update checks, not by each page, so it is its own row.
try {
  const serviceWorkerSize = gzip(readFileSync(join(dist, 'sw.js')));
  console.log(
    `${'/sw.js (service worker, once)'.padEnd(44)} ${kb(serviceWorkerSize)}  ${kb(serviceWorkerSize)}`,
  );
} catch {
  console.log('/sw.js: not built');
}
const worst = rows.reduce(
  (max, row) => (row.browser + row.inline > max.browser + max.inline ? row : max),
  rows[0],
);
const noJs = rows.filter((row) => row.browser === 0).length;
console.log(
  `\n${rows.length} pages; ${noJs} load no script file; heaviest: ${worst.path} at ${kb(worst.browser + worst.inline).trim()} KB gzip.`,
);
const worksheetPages = rows.filter((row) => /\/worksheets\/[^/]+\/$/.test(row.path));
if (worksheetPages.length > 0) {
  const heaviest = Math.max(...worksheetPages.map((row) => row.browser));
  const lightest = Math.min(...worksheetPages.map((row) => row.browser));
  console.log(
    `Worksheet pages in a browser: ${kb(lightest).trim()}–${kb(heaviest).trim()} KB gzip of script files.`,
  );
}
// The budget counts the script files a browser fetches (the "browser" column); the inline
// island bootstrap Astro puts on every island page (about 2 KB) is listed apart.
const budgetFor = (path) => (/\/questions\/$/.test(path) ? 110 : 100);
const over = rows.filter((row) => row.browser > 0 && row.browser / 1024 > budgetFor(row.path));
console.log(
  over.length === 0
    ? 'Every island page is within its budget (100 KB gzip of script files, /questions/ 110 KB).'
    : `Over budget (100 KB gzip of script files, /questions/ 110 KB): ${over
        .map((row) => `${row.path} ${kb(row.browser).trim()}`)
        .join(', ')}.`,
);
