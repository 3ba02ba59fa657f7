// Lighthouse benchmark of every page of the built site, served by the production runtime.
//
//   node test/bench/lighthouse.mjs                      build, then audit every page
//   node test/bench/lighthouse.mjs --no-build /en/ ...  audit the given pages of the current dist/
//   node test/bench/lighthouse.mjs --runs 3 ...         audit each page 3 times, keep the median run
//
// Simulated throttling multiplies the main-thread tasks of one real load by four, so a task
// that lands a few milliseconds either side of 50 ms moves Total Blocking Time by tens of
// milliseconds from one run to the next (seen here: 13, 126 and 167 ms for the same page).
// With --runs N each page is audited N times and the run Lighthouse's own computeMedianRun
// picks (median FCP and TTI) is reported, with every run's performance score beside it.
//
// It prints figures, it does not judge them: the exit code is 0 whatever the scores, and
// non-zero only when the run itself failed (build, server, Chrome, or a page Lighthouse could
// not load). Full results go to bench-results/lighthouse.json.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, findChromium } from '../support/find-chromium.mjs';
import { builtPagePaths, freePort, startPagesDev } from './site-server.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
const RESULTS_FILE = join(ROOT, 'bench-results', 'lighthouse.json');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const SHORT_NAMES = { performance: 'perf', accessibility: 'a11y', 'best-practices': 'bp', seo: 'seo' };

/** Everything that must be stopped however the run ends; filled in as things start. */
const running = {
  /** @type {{ stop: () => Promise<void>, stopNow: () => void } | undefined} */
  server: undefined,
  /** @type {import('chrome-launcher').LaunchedChrome | undefined} */
  chrome: undefined,
};

async function stopAll() {
  const { chrome, server } = running;
  running.chrome = undefined;
  running.server = undefined;
  try {
    chrome?.kill();
  } catch {
    // Already gone.
  }
  await server?.stop();
}

// Ctrl-C reaches only our own process group; wrangler and Chrome run in groups of their own
// (so they can be killed whole), so they must be stopped explicitly or they keep running.
for (const [signal, code] of /** @type {const} */ ([
  ['SIGINT', 130],
  ['SIGTERM', 143],
])) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and Chrome…`);
    void stopAll().finally(() => process.exit(code));
  });
}
// Last resort for paths that skip the finally below (process.exit elsewhere, a crash).
process.on('exit', () => {
  running.server?.stopNow();
  try {
    running.chrome?.kill();
  } catch {
    // Already gone.
  }
});

/**
 * @param {string[]} argv
 * @returns {{ build: boolean, runs: number, pages: string[] }}
 */
function parseArgs(argv) {
  let build = true;
  let runs = 1;
  /** @type {string[]} */
  const pages = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--no-build') build = false;
    else if (arg === '--runs') {
      runs = Number(argv[++i]);
      if (!Number.isInteger(runs) || runs < 1 || runs > 9)
        throw new UsageError('--runs takes a whole number, 1 to 9.');
    } else if (arg === '--help' || arg === '-h') {
      console.log('Usage: node test/bench/lighthouse.mjs [--no-build] [--runs N] [/page/path/ ...]');
      process.exit(0);
    } else if (arg.startsWith('-')) throw new UsageError(`Unknown option ${arg}`);
    else pages.push(normalizePath(arg));
  }
  return { build, runs, pages };
}

class UsageError extends Error {}

/** `en/guide` → `/en/guide/`: the site uses trailing slashes, and a redirect would be audited too. */
function normalizePath(/** @type {string} */ path) {
  const withLead = path.startsWith('/') ? path : `/${path}`;
  return withLead.endsWith('/') || withLead.endsWith('.html') ? withLead : `${withLead}/`;
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0
        ? resolve(undefined)
        : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit code ${code}`}).`)),
    );
  });
}

/** Executable inline scripts only: JSON data blocks (ld+json, importmap…) are not JavaScript. */
const EXECUTABLE_TYPE = /^(module|(text|application)\/(x-)?(java|ecma)script)$/i;

/**
 * The JavaScript a page costs over the wire, gzip -9 as a stable yardstick. Lighthouse's own
 * transferSize would reflect whatever compression the local server happens to apply, so each
 * script is fetched again and compressed the same way everywhere.
 * @param {string} pageUrl the URL Lighthouse ended on
 * @param {import('lighthouse').Result} lhr
 */
async function measureJavaScript(pageUrl, lhr) {
  const details = /** @type {{ items?: Array<{ url: string, resourceType?: string }> }} */ (
    lhr.audits['network-requests']?.details ?? {}
  );
  const scriptUrls = [
    ...new Set(
      (details.items ?? [])
        .filter((item) => item.resourceType === 'Script' && /^https?:/.test(item.url))
        .map((item) => item.url),
    ),
  ];
  const external = [];
  for (const url of scriptUrls) {
    const body = await fetchBytes(url);
    external.push({ url, rawBytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length });
  }

  // Inline scripts ride inside the HTML's one compressed stream, so they are gzipped together
  // rather than one by one (which would count a gzip header and a cold dictionary per script).
  const html = (await fetchBytes(pageUrl)).toString('utf8');
  const bodies = [];
  for (const [, attributes = '', body = ''] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (type && !EXECUTABLE_TYPE.test(type)) continue;
    if (body.trim()) bodies.push(body);
  }
  const inlineBuffer = Buffer.from(bodies.join('\n'));
  const inline = {
    count: bodies.length,
    rawBytes: inlineBuffer.length,
    gzipBytes: bodies.length ? gzipSync(inlineBuffer, { level: 9 }).length : 0,
  };

  const externalGzip = external.reduce((sum, script) => sum + script.gzipBytes, 0);
  return {
    externalGzipBytes: externalGzip,
    inline,
    totalGzipBytes: externalGzip + inline.gzipBytes,
    external,
  };
}

/** @param {string} url */
async function fetchBytes(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}.`);
  // fetch() undoes the server's content-encoding, so these are the bytes the browser runs.
  return Buffer.from(await response.arrayBuffer());
}

/**
 * The audits that keep a category below 100: scored below 1 and weighted in that category
 * (performance diagnostics have weight 0 and do not move its score, so they are left out).
 * Errored audits are listed too, since their category score cannot be trusted.
 * @param {import('lighthouse').Result} lhr
 */
function failingAudits(lhr) {
  const failures = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category || category.score === 1) continue;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0) continue;
      const errored = audit.scoreDisplayMode === 'error';
      if (!errored && (audit.score === null || audit.score >= 1)) continue;
      failures.push({
        category: id,
        id: audit.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        displayValue: audit.displayValue,
        explanation: audit.explanation ?? audit.errorMessage,
        examples: auditExamples(audit),
      });
    }
  }
  return failures;
}

/**
 * A few of the offending elements or URLs, so the fix can be found without opening a report.
 * @param {import('lighthouse').Result['audits'][string]} audit
 */
function auditExamples(audit) {
  const details = /** @type {{ items?: Array<Record<string, any>> }} */ (audit.details ?? {});
  return (details.items ?? [])
    .map((item) => {
      const node = item.node ?? item.subItems?.items?.[0]?.node;
      if (node) return `${node.selector ?? ''} ${node.snippet ?? ''}`.trim();
      return item.url ?? item.source?.url ?? item.message ?? item.description ?? undefined;
    })
    .filter((example) => typeof example === 'string' && example)
    .slice(0, 5);
}

/** @param {import('lighthouse').Result} lhr */
function pageFigures(lhr) {
  /** @param {string} id */
  const metric = (id) => lhr.audits[id]?.numericValue ?? null;
  return {
    scores: Object.fromEntries(
      CATEGORIES.map((id) => {
        const score = lhr.categories[id]?.score;
        return [id, typeof score === 'number' ? Math.round(score * 100) : null];
      }),
    ),
    metrics: {
      lcpMs: metric('largest-contentful-paint'),
      tbtMs: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      fcpMs: metric('first-contentful-paint'),
      speedIndexMs: metric('speed-index'),
    },
  };
}

/** @param {string[][]} rows first row is the header; first column left-aligned, the rest right */
function formatTable(rows) {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (/** @type {string[]} */ row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ');
  const [header = [], ...body] = rows;
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

const show = (/** @type {number | null | undefined} */ value, digits = 0) =>
  value === null || value === undefined ? '—' : value.toFixed(digits);

/**
 * Runs Lighthouse `runs` times on one page, keeps the median run and gathers the figures the
 * table and the JSON need.
 * @param {string} url
 * @param {number} port Chrome's debugging port
 * @param {number} runs
 */
async function auditPage(url, port, runs) {
  /** @type {import('lighthouse').Result[]} */
  const lhrs = [];
  while (lhrs.length < runs) {
    // Only the categories are set: form factor (mobile), screen emulation and simulated
    // throttling stay Lighthouse's defaults, so figures compare with PageSpeed Insights.
    const runnerResult = await lighthouse(url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!runnerResult) throw new Error('Lighthouse returned no result.');
    const { lhr } = runnerResult;
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    lhrs.push(lhr);
  }
  const lhr = lhrs.length > 1 ? computeMedianRun(lhrs) : /** @type {import('lighthouse').Result} */ (lhrs[0]);
  return {
    finalUrl: lhr.finalDisplayedUrl,
    performanceRuns: lhrs.map((run) => Math.round((run.categories.performance?.score ?? 0) * 100)),
    ...pageFigures(lhr),
    javascript: await measureJavaScript(lhr.finalDisplayedUrl, lhr),
    failingAudits: failingAudits(lhr),
    runWarnings: lhr.runWarnings,
    benchmarkIndex: lhr.environment.benchmarkIndex,
    lighthouseVersion: lhr.lighthouseVersion,
    userAgent: lhr.environment.hostUserAgent,
  };
}

async function main() {
  const started = Date.now();
  const options = parseArgs(process.argv.slice(2));

  if (options.build) await run('npx', ['astro', 'build']);
  else if (!existsSync(DIST)) throw new Error('dist/ does not exist: run without --no-build first.');

  const allPages = builtPagePaths(DIST);
  const unknown = options.pages.filter((page) => !allPages.includes(page));
  if (unknown.length) throw new UsageError(`Not pages of the built site: ${unknown.join(', ')}`);
  const pages = options.pages.length ? options.pages : allPages;

  const port = await freePort();
  running.server = await startPagesDev({ cwd: ROOT, port });
  const { origin } = /** @type {{ origin: string }} */ (running.server);
  console.error(`Serving dist/ with wrangler pages dev on ${origin}`);

  // One Chrome for all pages, audited one after another: parallel runs on a 2-core machine
  // would steal CPU from each other and skew the simulated-throttling figures.
  running.chrome = await launch({
    chromePath: findChromium(),
    chromeFlags: [...chromiumArgs, '--headless=new'],
    handleSIGINT: false, // our handler stops wrangler as well
    logLevel: 'silent',
  });

  const results = [];
  for (const [index, path] of pages.entries()) {
    const url = `${origin}${path}`;
    const pageStarted = Date.now();
    process.stderr.write(`[${index + 1}/${pages.length}] ${path} … `);
    // One retry: Lighthouse's trace recording fails now and then (NO_NAVSTART, NO_FCP) with
    // "Please run Lighthouse again"; a page that really cannot be audited fails twice.
    /** @type {string[]} */
    const errors = [];
    while (errors.length < 2) {
      try {
        const figures = await auditPage(url, running.chrome.port, options.runs);
        results.push({ path, url, ...figures, retriedAfter: errors, durationMs: Date.now() - pageStarted });
        process.stderr.write(`${((Date.now() - pageStarted) / 1000).toFixed(1)} s\n`);
        break;
      } catch (error) {
        errors.push(error instanceof Error ? error.message : String(error));
        process.stderr.write(`failed (${errors.at(-1)})${errors.length < 2 ? ', retrying … ' : '\n'}`);
      }
    }
    // Keep going after a failed page: one broken page should not hide the figures of the others.
    if (errors.length === 2)
      results.push({ path, url, error: errors.join(' / then: '), durationMs: Date.now() - pageStarted });
  }
  await stopAll();

  await report(results, Date.now() - started);
  return results.some((result) => 'error' in result) ? 1 : 0;
}

/**
 * @param {Array<Record<string, any>>} results
 * @param {number} durationMs
 */
async function writeResults(results, durationMs) {
  const ok = results.filter((result) => !result.error);
  const perfect = ok.filter((result) => CATEGORIES.every((id) => result.scores[id] === 100)).length;
  const minimum = Object.fromEntries(
    CATEGORIES.map((id) => {
      const scores = ok.map((result) => result.scores[id]).filter((score) => typeof score === 'number');
      return [id, scores.length ? Math.min(...scores) : null];
    }),
  );
  const summary = { pages: results.length, audited: ok.length, perfect, minimum };
  await mkdir(join(ROOT, 'bench-results'), { recursive: true });
  await writeFile(
    RESULTS_FILE,
    `${JSON.stringify(
      {
        date: new Date().toISOString(),
        settings: {
          formFactor: 'mobile',
          throttling: 'simulated (Lighthouse default)',
          categories: CATEGORIES,
        },
        durationMs,
        summary,
        pages: results,
      },
      null,
      2,
    )}\n`,
  );
  return summary;
}

/**
 * @param {Array<Record<string, any>>} results
 * @param {number} durationMs
 */
async function report(results, durationMs) {
  const header = [
    'page',
    ...CATEGORIES.map((id) => SHORT_NAMES[/** @type {keyof typeof SHORT_NAMES} */ (id)]),
    'LCP ms',
    'TBT ms',
    'CLS',
    'JS ext gz',
    'JS inline gz',
    'JS gz',
    'perf runs',
  ];
  const rows = results.map((result) =>
    result.error
      ? [`${result.path} (run failed)`, ...header.slice(1).map(() => '—')]
      : [
          result.path,
          ...CATEGORIES.map((id) => show(result.scores[id])),
          show(result.metrics.lcpMs),
          show(result.metrics.tbtMs),
          show(result.metrics.cls, 3),
          String(result.javascript.externalGzipBytes),
          String(result.javascript.inline.gzipBytes),
          String(result.javascript.totalGzipBytes),
          result.performanceRuns.join('/'),
        ],
  );
  console.log(`\n${formatTable([header, ...rows])}\n`);

  const summary = await writeResults(results, durationMs);
  const minimums = CATEGORIES.map((id) => `${id} ${show(summary.minimum[id])}`).join(', ');
  console.log(
    `${summary.perfect}/${summary.audited} pages scored 100 in all four categories; minimum: ${minimums}.`,
  );

  for (const result of results) {
    if (result.error) {
      console.log(`\n${result.path}: run failed: ${result.error}`);
      continue;
    }
    if (result.runWarnings?.length)
      console.log(`\n${result.path}: Lighthouse warnings: ${result.runWarnings.join(' | ')}`);
    if (result.retriedAfter?.length)
      console.log(`\n${result.path}: audited on the second try; the first failed: ${result.retriedAfter[0]}`);
    if (!result.failingAudits.length) continue;
    console.log(`\n${result.path}`);
    for (const audit of result.failingAudits) {
      const score = audit.score === null ? 'error' : `score ${audit.score}`;
      const value = audit.displayValue ? `, ${audit.displayValue}` : '';
      console.log(`  ${audit.category}: ${audit.id} — ${audit.title} (${score}${value})`);
      if (audit.explanation) console.log(`      ${audit.explanation}`);
      for (const example of audit.examples) console.log(`      • ${example}`);
    }
  }
  console.log(`\nWrote ${RESULTS_FILE} (${(durationMs / 1000).toFixed(0)} s in all).`);
}

try {
  process.exitCode = await main();
} catch (error) {
  console.error(error instanceof UsageError ? error.message : error);
  process.exitCode = error instanceof UsageError ? 2 : 1;
} finally {
  await stopAll();
}
