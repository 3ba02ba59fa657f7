#!/usr/bin/env node
// Benchmark: what the Pages Function adds around the question generator, measured through
// `wrangler pages dev` (workerd, the Workers runtime) on 127.0.0.1:
//   - rules mode, and auto mode against a fake model server that answers at once, so the
//     figures are the function's own cost plus one local HTTP hop, not a model's latency;
//   - the size of the built function bundle (bytes and gzip bytes, plain and minified).
// Prints figures; it does not pass or fail on timing. It stops everything it started.
//
//   node test/bench/function-overhead.mjs [--requests 200] [--warmup 20]
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
const wranglerBin = join(root, 'node_modules', '.bin', 'wrangler');
const args = new Map(
  process.argv
    .slice(2)
    .map((arg, i, all) => (arg.startsWith('--') ? [arg.slice(2), all[i + 1]] : undefined))
    .filter(Boolean),
);
const REQUESTS = Number(args.get('requests') ?? 200);
const WARMUP = Number(args.get('warmup') ?? 50);
const wranglerEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: 'true', NO_COLOR: '1' };

const cleanups = [];
async function cleanup() {
  while (cleanups.length > 0) {
    try {
      await cleanups.pop()();
    } catch {
      // Keep stopping the rest.
    }
  }
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => cleanup().finally(() => process.exit(130)));
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

// ── A fake OpenAI-compatible model that answers at once ────────────────────────
const modelAnswer = JSON.stringify({
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 0,
  model: 'bench-model',
  choices: [
    {
      index: 0,
      finish_reason: 'stop',
      message: {
        role: 'assistant',
        refusal: null,
        content: JSON.stringify({
          questions: [
            {
              stage: 'goal',
              text: 'What would a good outcome on “hiring” look like by the end of the quarter?',
            },
            { stage: 'goal', text: 'What do you most want from this conversation?' },
            { stage: 'reality', text: 'Where does hiring stand today?' },
            { stage: 'reality', text: 'How much of your week goes to interviews?' },
            { stage: 'options', text: 'What could make interviews faster?' },
            { stage: 'options', text: 'Which other channels could you try?' },
            { stage: 'will', text: 'What will you do first this week?' },
            { stage: 'will', text: 'What support do you need from me?' },
          ],
        }),
      },
    },
  ],
});

async function startFakeModel() {
  let calls = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      calls++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(modelAnswer);
    });
  });
  const port = await freePort();
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { baseURL: `http://127.0.0.1:${port}/v1`, calls: () => calls };
}

// ── wrangler pages dev ─────────────────────────────────────────────────────────
async function startPagesDev(bindings) {
  const site = await mkdtemp(join(tmpdir(), 'grow-bench-site-'));
  cleanups.push(() => rm(site, { recursive: true, force: true }));
  await writeFile(join(site, 'index.html'), '<!doctype html><title>bench</title>\n');
  const port = await freePort();
  const bindingArgs = Object.entries(bindings).flatMap(([key, value]) => ['--binding', `${key}=${value}`]);
  const child = spawn(
    wranglerBin,
    [
      'pages',
      'dev',
      site,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--log-level',
      'error',
      '--show-interactive-dev-session=false',
      ...bindingArgs,
    ],
    { cwd: root, env: wranglerEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        // wrangler runs workerd as a child: stop the whole process group this script started.
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          child.kill('SIGTERM');
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            // Already gone.
          }
        }, 5_000).unref();
      }),
  );

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler pages dev exited early:\n${output}`);
    try {
      const res = await fetch(`${origin}/`);
      await res.arrayBuffer();
      if (res.ok) return origin;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`wrangler pages dev did not start within 60 s:\n${output}`);
}

// ── measuring ──────────────────────────────────────────────────────────────────
function percentile(sorted, p) {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}

const prep = {
  topics: ['Hiring for the platform team', 'Release stability'],
  wins: ['Shipped the billing migration without downtime'],
  puzzles: ['Edge cases our regression suite misses'],
  supportNeeded: ['Budget for a contract tester'],
  metrics: [
    { name: 'production incidents', previous: '6 a month', current: '4 a month', target: '1 a month' },
  ],
  projects: [{ name: 'Partner API', progress: 'beta with two customers' }],
};

let requestCounter = 0;
async function timedPost(url, body) {
  requestCounter++;
  // Local dev passes CF-Connecting-IP through (Cloudflare's edge sets it in production), so
  // spreading requests over addresses keeps the 20-a-minute limiter out of the figures.
  const ip = `10.${(requestCounter >> 16) & 255}.${(requestCounter >> 8) & 255}.${requestCounter & 255}`;
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'CF-Connecting-IP': ip },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  const elapsed = performance.now() - started;
  if (res.status !== 200) throw new Error(`unexpected ${res.status}: ${JSON.stringify(json)}`);
  return { elapsed, json };
}

async function measure(label, url, body, expectedSource) {
  for (let i = 0; i < WARMUP; i++) await timedPost(url, body);
  const samples = [];
  const sources = new Map();
  for (let i = 0; i < REQUESTS; i++) {
    const { elapsed, json } = await timedPost(url, body);
    samples.push(elapsed);
    const key = json.fallbackReason ? `${json.source}/${json.fallbackReason}` : json.source;
    sources.set(key, (sources.get(key) ?? 0) + 1);
  }
  samples.sort((a, b) => a - b);
  const p50 = percentile(samples, 50);
  const p95 = percentile(samples, 95);
  const answered = [...sources].map(([k, v]) => `${k}×${v}`).join(', ');
  const warning = sources.get(expectedSource) === REQUESTS ? '' : `  (expected ${expectedSource} every time)`;
  console.log(
    `  ${label.padEnd(34)} p50 ${p50.toFixed(2)} ms  p95 ${p95.toFixed(2)} ms  [${answered}]${warning}`,
  );
  return { p50, p95 };
}

async function measureDirectModel(baseURL) {
  const samples = [];
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    const started = performance.now();
    const res = await fetch(`${baseURL}/chat/completions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    await res.json();
    if (i >= WARMUP) samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

// ── bundle size ────────────────────────────────────────────────────────────────
function run(command, commandArgs, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} exited ${code}:\n${output}`)),
    );
  });
}

async function bundleSize(minify) {
  const outdir = await mkdtemp(join(tmpdir(), 'grow-bench-fn-'));
  cleanups.push(() => rm(outdir, { recursive: true, force: true }));
  await run(
    wranglerBin,
    ['pages', 'functions', 'build', '--outdir', outdir, ...(minify ? ['--minify'] : [])],
    { cwd: root, env: wranglerEnv },
  );
  const code = await readFile(join(outdir, 'index.js'));
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/**
 * The same handler called in this Node process, without wrangler's dev proxy in between:
 * separates the function's own cost from the local server's.
 */
async function measureInProcess(label, baseURL, body, expectedSource) {
  const { module } = await runnerImport(`${root}/test/bench/grow-handler-fixtures.ts`, {
    root,
    configFile: false,
    logLevel: 'error',
  });
  const { createSlidingWindowRateLimiter } = module;
  const env = { OPENAI_API_KEY: 'bench-key', OPENAI_BASE_URL: baseURL, OPENAI_MODEL: 'bench-model' };
  const deps = { rateLimiter: createSlidingWindowRateLimiter({ limit: 1e9, windowMs: 60_000 }) };
  const samples = [];
  let unexpected = 0;
  for (let i = 0; i < WARMUP + REQUESTS; i++) {
    const request = new Request('http://127.0.0.1/api/grow-questions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const started = performance.now();
    const response = await module.handleGrowRequest(request, env, deps);
    const json = await response.json();
    if (i >= WARMUP) samples.push(performance.now() - started);
    if (json.source !== expectedSource) unexpected++;
  }
  samples.sort((a, b) => a - b);
  const warning = unexpected === 0 ? '' : `  (${unexpected} answers not from ${expectedSource})`;
  console.log(
    `  ${label.padEnd(34)} p50 ${percentile(samples, 50).toFixed(2)} ms  p95 ${percentile(samples, 95).toFixed(2)} ms${warning}`,
  );
}

try {
  console.log(
    `Pages Function overhead — wrangler pages dev on 127.0.0.1, ${REQUESTS} sequential requests per mode after ${WARMUP} warm-up (Node ${process.version})`,
  );

  const plain = await bundleSize(false);
  const minified = await bundleSize(true);
  console.log(
    `  bundle (wrangler pages functions build)  ${plain.bytes} bytes (${kib(plain.bytes)}), gzip ${plain.gzip} bytes (${kib(plain.gzip)})`,
  );
  console.log(
    `  bundle with --minify                    ${minified.bytes} bytes (${kib(minified.bytes)}), gzip ${minified.gzip} bytes (${kib(minified.gzip)})`,
  );

  const model = await startFakeModel();
  console.log('  in-process handler (Node, no wrangler):');
  await measureInProcess('  mode "rules"', model.baseURL, { locale: 'en', prep, mode: 'rules' }, 'rules');
  await measureInProcess(
    '  mode "auto" (AI via fake model)',
    model.baseURL,
    { locale: 'en', prep, mode: 'auto' },
    'ai',
  );
  console.log('  through wrangler pages dev (workerd):');
  const origin = await startPagesDev({
    OPENAI_API_KEY: 'bench-key',
    OPENAI_BASE_URL: model.baseURL,
    OPENAI_MODEL: 'bench-model',
  });
  const url = `${origin}/api/grow-questions`;

  const direct = await measureDirectModel(model.baseURL);
  console.log(
    `  ${'fake model alone (no function)'.padEnd(34)} p50 ${direct.p50.toFixed(2)} ms  p95 ${direct.p95.toFixed(2)} ms`,
  );
  const callsBefore = model.calls();
  await measure('mode "rules" (first run, warming)', url, { locale: 'en', prep, mode: 'rules' }, 'rules');
  const rules = await measure(
    'mode "rules" (rules engine)',
    url,
    { locale: 'en', prep, mode: 'rules' },
    'rules',
  );
  const ai = await measure(
    'mode "auto" (AI via fake model)',
    url,
    { locale: 'en', prep, mode: 'auto' },
    'ai',
  );
  await measure(
    'mode "rules", zh-CN, perStage 5',
    url,
    { locale: 'zh-CN', prep, mode: 'rules', perStage: 5 },
    'rules',
  );
  console.log(
    `  model calls made through wrangler: ${model.calls() - callsBefore} (expected ${REQUESTS + WARMUP})`,
  );
  console.log(
    `  end to end through wrangler: AI path p50 ${ai.p50.toFixed(2)} ms (${(ai.p50 - direct.p50).toFixed(2)} ms over a direct model call), rules path p50 ${rules.p50.toFixed(2)} ms;` +
      " most of it is the local dev proxy, the in-process lines are the handler's own cost",
  );
} finally {
  await cleanup();
}
