#!/usr/bin/env node
/* global document */
// Benchmark: the dashboards with a manager's device full of history. Prints figures; it does
// not pass or fail on timing.
//
//   node test/bench/dashboard.mjs [--people 30] [--per-person 40] [--rounds 3] [--no-build]
//
// 30 people with 40 worksheets each (1,200, built from the sample team and validated like
// any stored worksheet). Pure: the team view and My progress computed from all of them
// (target under 50 ms). In Chromium with IndexedDB: the worksheets imported through My
// worksheets, then /en/dashboard/team/ opened until every person's row is on screen
// (target under 300 ms after load).
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';
import { median, numberOption } from './bench-options.mjs';
import { freePort, startPagesDev } from './site-server.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => numberOption(argv, name, fallback);
const PEOPLE = option('people', 30);
const PER_PERSON = option('per-person', 40);
const ROUNDS = option('rounds', 3);
const TODAY = '2026-06-15';

if (!argv.includes('--no-build')) execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore' });

const viteConfig = { root, configFile: false, logLevel: 'error' };
const { module: bench } = await runnerImport(`${root}/test/bench/dashboard-fixtures.ts`, viteConfig);
const docs = bench.benchTeam(TODAY, PEOPLE, PER_PERSON);

// Pure: what the pages compute from the stored worksheets.
const pure = { team: [], progress: [] };
for (let run = 0; run < 21; run++) {
  let start = performance.now();
  const team = bench.teamView(docs, TODAY);
  pure.team.push(performance.now() - start);
  start = performance.now();
  bench.progressView(docs, TODAY, { me: 'Lin 1' });
  pure.progress.push(performance.now() - start);
  if (run === 0 && team.rows.length !== PEOPLE)
    throw new Error(`expected ${PEOPLE} rows, got ${team.rows.length}`);
}

// In the browser: import once per round into a fresh profile, then open the team page.
const fileText = bench.serializeExportFile(bench.createExportFile(docs, { source: 'bench' }));
const server = await startPagesDev({ cwd: root, port: await freePort() });
const executablePath = findChromium(() => chromium.executablePath());
const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
const page_ = { rows: [], afterLoad: [], read: [], validated: [], rendered: [] };
try {
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext();
    await context.addInitScript((today) => {
      const fixed = new Date(`${today}T10:00:00`).getTime();
      const RealDate = Date;
      // The health rules depend on the day: fix it, as the browser tests do.
      globalThis.Date = class extends RealDate {
        constructor(...args) {
          super(...(args.length === 0 ? [fixed] : args));
        }
        static now() {
          return fixed;
        }
      };
    }, TODAY);
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/worksheets/`);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
    await page.locator('input[type=file]').setInputFiles({
      name: 'bench.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    });
    await page.getByText(`Imported ${docs.length} worksheets.`).waitFor({ timeout: 120_000 });

    await page.goto(`${server.origin}/en/dashboard/team/`);
    await page.waitForFunction(
      (count) => document.querySelectorAll('.dash-person').length === count,
      PEOPLE,
      {
        timeout: 60_000,
        polling: 'raf',
      },
    );
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation');
      const markAt = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? Number.NaN;
      return {
        now: performance.now(),
        load: navigation?.loadEventEnd ?? Number.NaN,
        read: markAt('dashboard:read'),
        validated: markAt('dashboard:validated'),
      };
    });
    page_.rows.push(timing.now);
    page_.afterLoad.push(timing.now - timing.load);
    page_.read.push(timing.read - timing.load);
    page_.validated.push(timing.validated - timing.read);
    page_.rendered.push(timing.now - timing.validated);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

console.log(`Dashboards with ${PEOPLE} people and ${docs.length} worksheets (median):`);
console.log(`  team view, computed (pure)                 ${median(pure.team).toFixed(1)} ms (target < 50)`);
console.log(`  My progress, computed (pure)               ${median(pure.progress).toFixed(1)} ms`);
console.log(
  `  /en/dashboard/team/: all ${PEOPLE} rows on screen  ${median(page_.rows).toFixed(0)} ms from navigation start`,
);
console.log(
  `  ... of which after the load event          ${median(page_.afterLoad).toFixed(0)} ms (target < 300)`,
);
console.log(
  `       worksheets read from IndexedDB         +${median(page_.read).toFixed(0)} ms after load (scripts, hydration, read)`,
);
console.log(`       validated (kind modules loaded)        +${median(page_.validated).toFixed(0)} ms`);
console.log(`       rows on screen (views, render)         +${median(page_.rendered).toFixed(0)} ms`);
