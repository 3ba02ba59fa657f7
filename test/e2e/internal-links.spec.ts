import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { builtPagePaths } from '../support/site-pages';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function htmlOf(path: string): string {
  return readFileSync(join(DIST, path, 'index.html'), 'utf8');
}

/** The file a site path resolves to on a static host, or undefined. */
function resolves(path: string): boolean {
  const clean = decodeURIComponent(path.split(/[?#]/)[0] ?? '');
  if (clean.endsWith('/')) return existsSync(join(DIST, clean, 'index.html'));
  return existsSync(join(DIST, clean));
}

test('every internal link and every same-page anchor points somewhere that exists', () => {
  const broken: string[] = [];
  for (const page of builtPagePaths()) {
    const html = htmlOf(page);
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (!href || /^(https?:|mailto:|data:)/.test(href)) continue;
      if (href.startsWith('#')) {
        if (href.length > 1 && !ids.has(decodeURIComponent(href.slice(1)))) broken.push(`${page} → ${href}`);
        continue;
      }
      const target = new URL(href, `http://site${page}`);
      if (!resolves(target.pathname)) {
        broken.push(`${page} → ${href}`);
        continue;
      }
      // A `#key=value` fragment (a pre-filled link, the presenter's block) is data for the
      // page, not an anchor.
      if (target.hash && target.pathname.endsWith('/') && !/^#[\w-]+=/.test(target.hash)) {
        const targetIds = htmlOf(target.pathname);
        if (!targetIds.includes(`id="${decodeURIComponent(target.hash.slice(1))}"`))
          broken.push(`${page} → ${href}`);
      }
    }
  }
  expect(broken).toEqual([]);
});
