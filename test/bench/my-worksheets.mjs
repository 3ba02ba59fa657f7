#!/usr/bin/env node
/* global document */
// Benchmark: "My worksheets" in a real browser with 1,000 stored worksheets. Prints figures;
// it does not pass or fail on timing.
//
//   node test/bench/my-worksheets.mjs [--count 1000] [--rounds 3] [--no-build]
//
// It builds a 1,000-worksheet export file with the project's own code, imports it through
// the page's file input (parse, validate, store in IndexedDB), then measures: opening My
// worksheets until all rows are on screen, and exporting everything. Targets on the
// 2-core machine: the list renders in under 200 ms; export + import under 1 s.
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
const COUNT = option('count', 1000);
const ROUNDS = option('rounds', 3);

if (!argv.includes('--no-build')) execFileSync('npx', ['astro', 'build'], { cwd: root, stdio: 'ignore' });

const viteConfig = { root, configFile: false, logLevel: 'error' };
const { module: worksheets } = await runnerImport(`${root}/test/bench/worksheet-fixtures.ts`, viteConfig);

const docs = Array.from({ length: COUNT }, (_, i) => {
  const kind = worksheets.worksheetKinds[i % worksheets.worksheetKinds.length];
  return worksheets.createWorksheet(kind, {
    locale: i % 2 ? 'en' : 'zh-CN',
    title: `Benchmark worksheet ${i + 1}`,
    person: `Person ${i % 40}`,
    now: new Date(Date.UTC(2026, 0, 1, 0, i)),
  });
});
const fileText = worksheets.serializeExportFile(worksheets.createExportFile(docs, { source: 'bench' }));

const server = await startPagesDev({ cwd: root, port: await freePort() });
const executablePath = findChromium(() => chromium.executablePath());
const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
const results = { import: [], read: [], render: [], list: [], export: [] };
try {
  for (let round = 0; round < ROUNDS; round++) {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${server.origin}/en/worksheets/`);
    await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));

    let start = performance.now();
    await page.locator('input[type=file]').setInputFiles({
      name: 'bench.json',
      mimeType: 'application/json',
      buffer: Buffer.from(fileText),
    });
    await page.getByText(`Imported ${COUNT} worksheets.`).waitFor({ timeout: 60_000 });
    results.import.push(performance.now() - start);

    // Time from navigation start to the last row in the DOM, measured inside the page.
    await page.goto(`${server.origin}/en/worksheets/`);
    await page.waitForFunction(
      (count) => document.querySelectorAll('.ws-list__item').length === count,
      COUNT,
      {
        timeout: 60_000,
      },
    );
    const timing = await page.evaluate(() => {
      const mark = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? Number.NaN;
      return {
        start: mark('my-worksheets:list-start'),
        read: mark('my-worksheets:list-read'),
        rendered: mark('my-worksheets:rendered'),
        now: performance.now(),
      };
    });
    results.read.push(timing.read - timing.start);
    results.render.push(timing.rendered - timing.read);
    results.list.push(timing.now);

    start = performance.now();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all (JSON)' }).click();
    await download;
    results.export.push(performance.now() - start);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const size = Buffer.byteLength(fileText);
console.log(
  `My worksheets with ${COUNT} worksheets (${(size / 1024).toFixed(0)} KiB export), ${ROUNDS} rounds, median:`,
);
console.log(
  `  import ${COUNT} (read file, parse, validate, store)      ${median(results.import).toFixed(0)} ms`,
);
console.log(
  `  read the ${COUNT} summaries from IndexedDB                ${median(results.read).toFixed(0)} ms`,
);
console.log(
  `  render the list of ${COUNT} (React commit)                 ${median(results.render).toFixed(0)} ms (target < 200)`,
);
console.log(
  `  open My worksheets until all ${COUNT} rows are in the DOM  ${median(results.list).toFixed(0)} ms from navigation start`,
);
console.log(
  `  export all ${COUNT} (read, serialize, download)           ${median(results.export).toFixed(0)} ms`,
);
console.log(
  `  export + import                                         ${(median(results.import) + median(results.export)).toFixed(0)} ms (target < 1000)`,
);
