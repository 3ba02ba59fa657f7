import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../support/fixtures';
import { builtPagePaths } from '../support/site-pages';

const pages = builtPagePaths();

test('the built site has pages in both languages', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/en/');
  expect(pages.filter((p) => p.startsWith('/en/')).length).toBe(
    pages.filter((p) => !p.startsWith('/en/')).length,
  );
});

for (const path of pages) {
  test(`${path} loads with no console error, no foreign request and no axe violation`, async ({
    page,
    baseURL,
  }) => {
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    const origin = new URL(baseURL ?? '').origin;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin)
        problems.push(`foreign request: ${request.url()}`);
    });

    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await page.waitForLoadState('networkidle');

    const lang = path.startsWith('/en/') ? 'en' : 'zh-CN';
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);

    const axe = await new AxeBuilder({ page }).analyze();
    const violations = axe.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
  });
}
