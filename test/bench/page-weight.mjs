#!/usr/bin/env node
// Benchmark: the JavaScript each built page loads, gzip, without a browser. For every page
// of dist/ it follows the islands' component and renderer modules through their static
// imports (what loads at once) and lists dynamic imports apart (what loads on demand), plus
// the page's inline scripts. Prints figures; the budget for worksheet pages is 90 KB.
//
//   node test/bench/page-weight.mjs [path-filter]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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
    const dynamics = [...code.matchAll(/import\(\s*["']([^"']+\.js)["']\s*\)/g)].map((m) => resolve(m[1]));
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

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7);
console.log(
  `${'page'.padEnd(44)} ${'at load'.padStart(8)} ${'on demand'.padStart(9)} ${'inline'.padStart(7)}   (KB gzip)`,
);
for (const row of rows)
  console.log(`${row.path.padEnd(44)} ${kb(row.eager)}  ${kb(row.lazy)}  ${kb(row.inline)}`);
const worst = rows.reduce(
  (max, row) => (row.eager + row.inline > max.eager + max.inline ? row : max),
  rows[0],
);
const noJs = rows.filter((row) => row.eager === 0).length;
console.log(
  `\n${rows.length} pages; ${noJs} load no script file; heaviest: ${worst.path} at ${kb(worst.eager + worst.inline).trim()} KB gzip.`,
);
