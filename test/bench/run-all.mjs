#!/usr/bin/env node
// Runs every benchmark in turn and prints their figures. Benchmarks measure; they never fail
// on a number. Run on a quiet machine: the figures are only as steady as the machine is idle.
//
//   npm run bench            all of them (about 20 minutes on 2 cores, mostly Lighthouse)
//   npm run bench -- grow    only the ones whose name contains "grow"
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const filter = process.argv[2];

/** In order: fast pure benchmarks first, the build-and-browser ones last (they build once). */
const benchmarks = [
  { name: 'grow-rules', command: ['node', 'test/bench/grow-rules.bench.mjs'] },
  { name: 'storage', command: ['npx', 'vitest', 'bench', '--run', 'test/bench/storage.bench.ts'] },
  { name: 'lighthouse', command: ['node', 'test/bench/lighthouse.mjs'] },
  { name: 'page-weight', command: ['node', 'test/bench/page-weight.mjs'] },
  { name: 'my-worksheets', command: ['node', 'test/bench/my-worksheets.mjs', '--no-build'] },
  { name: 'dashboard', command: ['node', 'test/bench/dashboard.mjs', '--no-build'] },
  { name: 'function-overhead', command: ['node', 'test/bench/function-overhead.mjs'] },
];

let failed = 0;
for (const bench of benchmarks.filter((b) => !filter || b.name.includes(filter))) {
  console.log(`\n=== ${bench.name} ===`);
  const [command, ...args] = bench.command;
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    failed++;
    console.log(`(${bench.name} did not run to the end: exit ${result.status})`);
  }
}
process.exit(failed > 0 ? 1 : 0);
