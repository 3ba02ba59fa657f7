import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPagePaths } from '../support/site-pages';
import { expect, test } from '../support/fixtures';

/**
 * The strict Content-Security-Policy, checked where it lives: in the built pages (every
 * inline script, style and style attribute is covered by a hash, and nothing says
 * 'unsafe-inline') and in the headers `wrangler pages dev` really serves, for pages and for
 * the function. Every other browser test fails on a violation (test/support/fixtures.ts).
 */

const DIST = join(import.meta.dirname, '..', '..', 'dist');

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

function directive(policy: string, name: string): string {
  return (
    policy
      .split(';')
      .map((part) => part.trim())
      .find((part) => part === name || part.startsWith(`${name} `)) ?? ''
  );
}

test('every built page has a hash for each inline script, style and style attribute, and no unsafe-inline', () => {
  const problems: string[] = [];
  for (const path of builtPagePaths()) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/u.exec(html)?.[1];
    if (!policy) {
      problems.push(`${path}: no CSP <meta>`);
      continue;
    }
    if (policy.includes("'unsafe-inline'")) problems.push(`${path}: 'unsafe-inline'`);
    const scripts = directive(policy, 'script-src');
    const styles = directive(policy, 'style-src');
    const styleAttributes = directive(policy, 'style-src-attr');
    for (const match of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gu)) {
      const [, tag, attributes = '', body = ''] = match;
      if (/\ssrc=/u.test(attributes) || /application\/(ld\+)?json/u.test(attributes)) continue;
      const allowed = tag === 'script' ? scripts : styles;
      if (!allowed.includes(sha256(body))) problems.push(`${path}: inline <${tag}> ${body.slice(0, 40)}…`);
    }
    for (const match of html.matchAll(/\sstyle="([^"]*)"/gu)) {
      if (!styleAttributes.includes(sha256(match[1] ?? ''))) problems.push(`${path}: style="${match[1]}"`);
    }
    if (/<[^>]+\son[a-z]+=/u.test(html)) problems.push(`${path}: inline event handler`);
  }
  expect(problems).toEqual([]);
});

test('wrangler serves the security headers with every page', async ({ request }) => {
  for (const path of [
    '/',
    '/en/worksheets/action-plan/',
    '/handouts/blank-grow-questions/',
    '/missing-page/',
  ]) {
    const response = await request.get(path);
    const headers = response.headers();
    const policy = headers['content-security-policy'] ?? '';
    expect(policy, path).toContain("frame-ancestors 'none'");
    expect(policy, path).toContain("object-src 'none'");
    expect(policy, path).not.toContain('unsafe-inline');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['permissions-policy'], path).toBe('camera=(), microphone=(), geolocation=()');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
  }
});

test('wrangler lets browsers keep the hashed scripts for a year, and pages and the worker never', async ({
  request,
}) => {
  const html = await (await request.get('/en/dashboard/team/')).text();
  const script = /\/_astro\/[\w.-]+\.js/u.exec(html)?.[0];
  expect(script).toBeDefined();
  const asset = await request.get(script ?? '');
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect((await request.get('/sw.js')).headers()['cache-control']).toBe('no-cache');
  expect((await request.get('/en/')).headers()['cache-control'] ?? '').not.toContain('immutable');
});

test('the function sends its own strict headers, on success and on error', async ({ request }) => {
  const ok = await request.post('/api/grow-questions', {
    data: { locale: 'en', prep: { topics: ['Handover notes'] }, mode: 'rules' },
  });
  const capability = await request.get('/api/grow-questions');
  const refused = await request.put('/api/grow-questions', { data: {} });
  for (const [name, response, status] of [
    ['POST', ok, 200],
    ['GET', capability, 200],
    ['PUT', refused, 405],
  ] as const) {
    expect(response.status(), name).toBe(status);
    const headers = response.headers();
    expect(headers['content-security-policy'], name).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    );
    expect(headers['x-frame-options'], name).toBe('DENY');
    expect(headers['x-content-type-options'], name).toBe('nosniff');
    expect(headers['cache-control'], name).toBe('no-store');
  }
});

test('the CSP check of every browser test catches an inline script the policy blocks', async ({
  page,
  cspViolations,
}) => {
  await page.goto('/en/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  });
  await expect
    .poll(() => cspViolations.map((v) => `${v.page} ${v.directive} ${v.blocked}`))
    .toEqual(['/en/ script-src-elem inline']);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  // Caught as it should be; cleared so that this one test does not fail on it.
  cspViolations.length = 0;
});
