// The built site for benchmarks: which pages dist/ holds, and a way to serve it with the
// production runtime. `wrangler pages dev` is Cloudflare Pages itself (the _headers file,
// functions/, its redirects and compression), so the figures match what visitors get rather
// than what some generic static server would send.
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Every page of the built site as a URL path (`/en/guide/goals/`), so new pages are covered
 * without editing a list. Mirrors test/support/site-pages.ts, which is TypeScript and so cannot
 * be imported by plain Node on every supported version (22.12 does not strip types).
 * @param {string} distDir
 * @returns {string[]}
 */
export function builtPagePaths(distDir) {
  /** @type {string[]} */
  const paths = [];
  /** @param {string} dir */
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const rel = relative(distDir, dir).split(sep).join('/');
        // The not-found pages are served with status 404, which Lighthouse refuses to audit.
        if (!/(^|\/)404$/.test(rel)) paths.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(distDir);
  return paths.sort();
}

/**
 * A loopback port that is free right now: the OS picks one, we release it and hand it on.
 * A small race with other programs remains, but it beats a fixed port that a running
 * `npm run serve` (8788) or the e2e server (8790) may hold.
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port ? resolve(port) : reject(new Error('The OS gave no free port.'))));
    });
  });
}

/**
 * Starts `wrangler pages dev` on dist/ and waits until it answers.
 *
 * Wrangler runs in its own process group (detached) because it starts workerd and esbuild
 * children that outlive a plain kill of the npx wrapper; stopping the whole group is the only
 * way to leave nothing listening behind. The caller must call stop() (or stopNow() from a
 * synchronous exit handler) whatever happens.
 *
 * @param {{ cwd: string, port: number, timeoutMs?: number }} options
 * @returns {Promise<{ origin: string, stop: () => Promise<void>, stopNow: () => void }>}
 */
export async function startPagesDev({ cwd, port, timeoutMs = 120_000 }) {
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(
    'npx',
    [
      'wrangler',
      'pages',
      'dev',
      'dist',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--show-interactive-dev-session=false',
    ],
    {
      cwd,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_D1_WARNING: 'true' },
    },
  );

  // Keep only the tail of wrangler's output: it is shown when startup fails, and draining the
  // pipes keeps wrangler from blocking on a full one during a long run.
  let output = '';
  /** @param {Buffer} chunk */
  const keep = (chunk) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);

  /** @type {number | null} */
  let exitCode = null;
  let exited = false;
  const exitedPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = true;
      exitCode = code ?? (signal ? 128 : 1);
      resolve(undefined);
    });
  });

  /** @param {NodeJS.Signals} signal */
  const signalGroup = (signal) => {
    if (child.pid === undefined) return;
    try {
      process.kill(-child.pid, signal);
    } catch {
      // ESRCH: the group is already gone.
    }
  };

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    signalGroup('SIGTERM');
    // Give wrangler a moment to shut workerd down cleanly, then make sure of it: the group
    // may still hold workerd after the npx wrapper itself has exited.
    await Promise.race([exitedPromise, sleep(5_000)]);
    signalGroup('SIGKILL');
  };
  const stopNow = () => {
    stopped = true;
    signalGroup('SIGKILL');
  };

  const deadline = Date.now() + timeoutMs;
  try {
    while (Date.now() < deadline) {
      if (exited) throw new Error(`wrangler pages dev exited with code ${exitCode} before it answered.`);
      try {
        const response = await fetch(`${origin}/`, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        if (response.ok) return { origin, stop, stopNow };
      } catch {
        // Not listening yet.
      }
      await sleep(250);
    }
    throw new Error(`wrangler pages dev did not answer on ${origin} within ${timeoutMs / 1000} s.`);
  } catch (error) {
    await stop();
    throw new Error(`${/** @type {Error} */ (error).message}\n--- wrangler output (tail) ---\n${output}`, {
      cause: error,
    });
  }
}
