import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const E2E = join(import.meta.dirname, '..', 'e2e');

/**
 * Every browser test must fail on a Content-Security-Policy violation; that check lives in
 * test/support/fixtures.ts, so a spec that takes `test` straight from Playwright skips it.
 */
test("no spec in test/e2e imports Playwright's own `test` (they use test/support/fixtures.ts)", () => {
  const offenders = readdirSync(E2E)
    .filter((name) => name.endsWith('.ts'))
    .filter((name) => {
      const source = readFileSync(join(E2E, name), 'utf8');
      return [...source.matchAll(/import\s*(type\s*)?\{([^}]*)\}\s*from\s*['"]@playwright\/test['"]/gu)].some(
        (match) => match[1] === undefined && /(^|[\s,])test([\s,]|$)/u.test(match[2] ?? ''),
      );
    });
  expect(offenders).toEqual([]);
  expect(readdirSync(E2E).filter((name) => name.endsWith('.spec.ts')).length).toBeGreaterThan(5);
});
