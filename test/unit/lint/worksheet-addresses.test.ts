import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

/**
 * One place builds a worksheet's address (src/lib/worksheets/href.ts: `worksheetHref`,
 * `worksheetTargetPath`), so the rule "nothing typed in a path or query" holds everywhere.
 * Any other file that spells `/worksheets/${…}` builds its own and fails here.
 */
const HOME = 'src/lib/worksheets/href.ts';
const builds = /\/worksheets\/\$\{/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx|astro|mjs)$/.test(name) ? [relative(process.cwd(), path)] : [];
  });
}

test('only href.ts builds a worksheet address from its kind', () => {
  const offenders = [...sources('src'), ...sources('functions')].filter(
    (path) => path !== HOME && builds.test(readFileSync(path, 'utf8')),
  );
  expect(offenders).toEqual([]);
});

test('the check can fail: href.ts itself builds one', () => {
  expect(builds.test(readFileSync(HOME, 'utf8'))).toBe(true);
});
