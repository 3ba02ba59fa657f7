import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';

const root = join(import.meta.dirname, '..', '..');

test('a build with English as the default language puts English at / and Chinese at /zh-cn/', () => {
  test.slow();
  const out = mkdtempSync(join(tmpdir(), 'toolkit-en-default-'));
  try {
    execFileSync('npx', ['astro', 'build', '--outDir', out], {
      cwd: root,
      env: { ...process.env, DEFAULT_LANGUAGE: 'en' },
      stdio: 'pipe',
    });
    const page = (path: string) => readFileSync(join(out, path), 'utf8');
    expect(page('index.html')).toContain('<html lang="en"');
    expect(page('guide/goals/index.html')).toContain('<html lang="en"');
    expect(page('zh-cn/guide/goals/index.html')).toContain('<html lang="zh-CN"');
    expect(page('guide/goals/index.html')).toContain('href="/zh-cn/guide/goals/"');
    expect(existsSync(join(out, 'zh-cn', '404.html'))).toBe(true);
    expect(existsSync(join(out, 'en'))).toBe(false);
    expect(page('zh-cn/worksheets/index.html')).toContain('href="/zh-cn/worksheets/smart-ar/"');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('a wrong default language stops the build and names the file and the field', () => {
  test.slow();
  const out = mkdtempSync(join(tmpdir(), 'toolkit-bad-default-'));
  try {
    let message = '';
    try {
      execFileSync('npx', ['astro', 'build', '--outDir', out], {
        cwd: root,
        env: { ...process.env, DEFAULT_LANGUAGE: 'fr' },
        stdio: 'pipe',
      });
    } catch (error) {
      const failure = error as { stdout?: Buffer; stderr?: Buffer };
      message = `${failure.stdout?.toString() ?? ''}${failure.stderr?.toString() ?? ''}`;
    }
    expect(message).toContain('content/settings.yaml');
    expect(message).toContain('defaultLanguage');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
