#!/usr/bin/env node
// Benchmark: the GROW rules engine over 1,000 random prep sheets (both languages, perStage
// 1–5, hostile text included). Prints figures; it does not pass or fail on timing.
//
//   node test/bench/grow-rules.bench.mjs [--sheets 1000] [--rounds 3]
//
// The TypeScript sources are loaded through Vite's module runner (already a dependency of
// Astro and Vitest), so the benchmark runs the same code the browser and the function run.
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const args = new Map(
  process.argv
    .slice(2)
    .map((arg, i, all) => (arg.startsWith('--') ? [arg.slice(2), all[i + 1]] : undefined))
    .filter(Boolean),
);
const SHEETS = Number(args.get('sheets') ?? 1000);
const ROUNDS = Number(args.get('rounds') ?? 3);
const TARGET_MEDIAN_MS = 2;

const viteConfig = { root, configFile: false, logLevel: 'error' };
// The engine with its phrasing books loaded (the runner closes after the import).
const { module: engine } = await runnerImport(`${root}/test/bench/grow-rules-engine.ts`, viteConfig);
const { module: rules } = await runnerImport(`${root}/src/lib/grow/question-rules.ts`, viteConfig);
const { module: random } = await runnerImport(
  `${root}/test/unit/lib/grow/support/random-prep.ts`,
  viteConfig,
);

const generator = random.randomPrepGenerator(424_242, { hostileShare: 0.15 });
const cases = Array.from({ length: SHEETS }, () => ({
  locale: generator.locale(),
  perStage: generator.perStage(),
  prep: generator.prep(),
}));

function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
  return {
    n: sorted.length,
    mean,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1),
  };
}

const fmt = (ms) => `${ms.toFixed(3)} ms`;

// Warm-up: let the JIT see every code path before measuring.
for (const c of cases.slice(0, 200)) engine.generateRulesQuestions(c);

const all = [];
const byLocale = { 'zh-CN': [], en: [] };
const byPerStage = { 1: [], 2: [], 3: [], 4: [], 5: [] };
let invalid = 0;
for (let round = 0; round < ROUNDS; round++) {
  for (const c of cases) {
    const started = performance.now();
    const questions = engine.generateRulesQuestions(c, { seed: round });
    const elapsed = performance.now() - started;
    all.push(elapsed);
    byLocale[c.locale].push(elapsed);
    byPerStage[c.perStage].push(elapsed);
    if (round === 0 && rules.findQuestionSetProblems(questions, c).length > 0) invalid++;
  }
}

const total = summarize(all);
console.log(
  `GROW rules engine — ${SHEETS} random prep sheets × ${ROUNDS} seeds = ${total.n} calls (Node ${process.version})`,
);
console.log(
  `  all        median ${fmt(total.p50)}  p95 ${fmt(total.p95)}  p99 ${fmt(total.p99)}  mean ${fmt(total.mean)}  max ${fmt(total.max)}`,
);
for (const [locale, samples] of Object.entries(byLocale)) {
  const s = summarize(samples);
  console.log(`  ${locale.padEnd(10)} median ${fmt(s.p50)}  p99 ${fmt(s.p99)}  (${s.n} calls)`);
}
for (const [perStage, samples] of Object.entries(byPerStage)) {
  const s = summarize(samples);
  console.log(`  perStage ${perStage}  median ${fmt(s.p50)}  p99 ${fmt(s.p99)}  (${s.n} calls)`);
}
console.log(
  `  target: median < ${TARGET_MEDIAN_MS} ms → ${total.p50 < TARGET_MEDIAN_MS ? 'met' : 'NOT met'}`,
);
console.log(`  contract check on the first round: ${SHEETS - invalid}/${SHEETS} lists valid`);
