import { expect, test } from '../support/fixtures';

test.describe('language switch', () => {
  test('lands on the same module and section in the other language', async ({ page }) => {
    await page.goto('/guide/goals/#smart-ar');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/guide\/goals\/#smart-ar$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#smart-ar')).toBeVisible();

    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/guide\/goals\/#smart-ar$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  });

  test('works from the home page and the guide index', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/guide/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/guide\/$/);
  });
});

test.describe('guide module', () => {
  test('has a table of contents whose links reach their sections', async ({ page }) => {
    await page.goto('/en/guide/feedback/');
    const toc = page.getByRole('navigation', { name: 'In this chapter' });
    await toc.getByRole('link', { name: /BEST/ }).first().click();
    await expect(page).toHaveURL(/#best$/);
  });

  test('copies a section link to the clipboard', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.goto('/guide/conversation/');
    await page.locator('#prep').getByRole('link').click();
    await expect(page.getByRole('status')).toHaveText('链接已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/\/guide\/conversation\/#prep$/);
  });

  test('links to the previous and next module', async ({ page }) => {
    await page.goto('/en/guide/goals/');
    await page.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: /Next/ }).click();
    await expect(page).toHaveURL(/\/en\/guide\/conversation\/$/);
  });

  test('renders the comparison tables with headers and captions', async ({ page }) => {
    await page.goto('/guide/feedback/');
    const table = page.getByRole('table').first();
    await expect(table.locator('caption')).not.toBeEmpty();
    await expect(table.getByRole('columnheader').first()).toBeVisible();
  });

  test('loads only the small site script (phone menu, offline) on a page with no form', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto('/en/guide/tracking/');
    await page.waitForLoadState('networkidle');
    await expect(page.locator('astro-island')).toHaveCount(0);
    for (const script of scripts) {
      expect(script).toMatch(
        /^\/_astro\/(BaseLayout\.astro_astro_type_script_|service-worker-client\.|unsaved-edits\.|preload-helper\.)/,
      );
    }
  });
});

test.describe('the tracking chapter', () => {
  for (const { path, team, alt } of [
    { path: '/guide/tracking/', team: '/dashboard/team/', alt: /^载入示例数据后的“我的团队”/ },
    { path: '/en/guide/tracking/', team: '/en/dashboard/team/', alt: /^My team with the sample data/ },
  ]) {
    test(`${path} shows the real dashboards: sized screenshots that load and open the page they show`, async ({
      page,
    }) => {
      await page.goto(`${path}#toolkit-dashboards`);
      const shots = page.locator('#toolkit-dashboards ~ .guide-shot img');
      await expect(shots).toHaveCount(3);
      for (const shot of await shots.all()) {
        await shot.scrollIntoViewIfNeeded();
        await expect(shot).toHaveJSProperty('complete', true);
        expect(await shot.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(600);
        expect(Number(await shot.getAttribute('height'))).toBeGreaterThan(300);
      }
      const teamShot = page.getByRole('img', { name: alt });
      await expect(teamShot).toHaveCount(1);
      await teamShot.click();
      await expect(page).toHaveURL(new RegExp(`${team.replace(/\//g, '\\/')}$`));
    });
  }
});

test.describe('not found', () => {
  test('answers an unknown Chinese address with the Chinese 404 page', async ({ page }) => {
    const response = await page.goto('/guide/no-such-module/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  });

  test('answers an unknown English address with the English 404 page', async ({ page }) => {
    const response = await page.goto('/en/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  });
});

test.describe('home page', () => {
  for (const [path, name, dashboard] of [
    ['/', '“我的团队”仪表盘（示例数据）', '/dashboard/team/'],
    ['/en/', 'The My team dashboard with sample data', '/en/dashboard/team/'],
  ] as const) {
    test(`${path} shows the product: a worksheet in use and the team dashboard, each a real screenshot in its language`, async ({
      page,
    }) => {
      await page.goto(path);
      const shots = page.locator('.home-shot img');
      await expect(shots).toHaveCount(2);
      const team = page.getByRole('img', { name: new RegExp(`^${name}`) });
      await team.scrollIntoViewIfNeeded();
      // Below the fold it loads lazily, and it does load.
      await expect(team).toHaveAttribute('loading', 'lazy');
      await expect
        .poll(() => team.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true);
      await expect(page.locator('.home-shot a').nth(1)).toHaveAttribute('href', dashboard);
    });
  }
});
