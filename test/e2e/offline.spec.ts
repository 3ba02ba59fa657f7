import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '../support/fixtures';
import { buildServiceWorker } from '../../src/site/service-worker-build';
import { openHydrated, waitForHydration } from '../support/hydration';
import { builtPagePaths } from '../support/site-pages';
import { createStaticServer } from '../support/static-server.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

// Every other spec blocks the service worker; here it is the subject.
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached the site and controls the page. */
async function waitUntilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/**
 * What keeps Chrome from offering to install the site (manifest fields, icons, start URL,
 * secure origin), from its own check. Playwright's browser contexts are incognito-like, which
 * Chrome reports too; that one says nothing about the site, so it is left out.
 */
async function installabilityProblems(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  return installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito');
}

test.describe('offline', () => {
  test('after one visit, every page of both languages opens with no network', async ({ page, context }) => {
    test.setTimeout(240_000);
    await page.goto('/en/');
    await waitUntilOfflineReady(page);
    await context.setOffline(true);

    const failed: string[] = [];
    page.on('requestfailed', (request) => {
      // Leaving a page cancels what it was still fetching (ERR_ABORTED): that is no failure.
      const reason = request.failure()?.errorText ?? '';
      if (!reason.includes('ERR_ABORTED')) failed.push(`${request.url()} ${reason}`);
    });
    const paths = builtPagePaths();
    expect(paths.length).toBeGreaterThan(80);
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.locator('h1').first(), path).toBeVisible();
    }
    expect(failed).toEqual([]);
  });

  for (const [path, startUrl] of [
    ['/', '/'],
    ['/en/', '/en/'],
  ] as const) {
    test(`${path}: Chrome finds the site installable, starting at ${startUrl}`, async ({ page }) => {
      await page.goto(path);
      await waitUntilOfflineReady(page);
      const cdp = await page.context().newCDPSession(page);
      const manifest = await cdp.send('Page.getAppManifest');
      expect(manifest.errors).toEqual([]);
      expect(new URL(manifest.url).pathname).toMatch(/manifest/);
      expect((JSON.parse(manifest.data ?? '{}') as { start_url?: string }).start_url).toBe(startUrl);
      expect(await installabilityProblems(page)).toEqual([]);
    });
  }

  test('the installability check catches a broken manifest (so the two above can fail)', async ({ page }) => {
    await page.route('**/manifest*.webmanifest', (route) =>
      route.fulfill({ contentType: 'application/manifest+json', body: JSON.stringify({ name: 'x' }) }),
    );
    await page.goto('/en/');
    expect(await installabilityProblems(page)).not.toEqual([]);
  });

  test('offline, a worksheet saves and reloads and the generator uses the rules', async ({
    page,
    context,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/');
    await waitUntilOfflineReady(page);
    await context.setOffline(true);

    await openHydrated(page, '/en/worksheets/prep-sheet/');
    const topic = page.getByLabel('Topic 1', { exact: true });
    await topic.fill('Handing over the Friday shift without gaps');
    await expect(page).toHaveURL(/\?id=/);
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByLabel('Topic 1', { exact: true })).toHaveValue(
      'Handing over the Friday shift without gaps',
    );

    await openHydrated(page, '/questions/');
    await page.getByLabel('话题 1', { exact: true }).fill('交接班记录总是漏信息');
    // Offline the page does not ask the function whether a model exists, so AI is not
    // offered and the built-in rules answer.
    await expect(page.getByRole('radio', { name: /AI 模型/ })).toHaveCount(0);
    await page.getByRole('button', { name: '生成问题' }).click();
    await expect(page.getByRole('heading', { name: 'W 意愿' })).toBeVisible();

    await openHydrated(page, '/en/questions/');
    await page.getByLabel('Topic 1', { exact: true }).fill('Month-end close');
    await expect(page.getByRole('radio', { name: /AI model/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await expect(page.getByRole('heading', { name: /^W\b/ })).toBeVisible();
  });

  test.describe('a new deploy', () => {
    let folder: string;
    let server: ReturnType<typeof createStaticServer>;
    let origin: string;

    test.beforeEach(async () => {
      folder = await mkdtemp(join(tmpdir(), 'coaching-deploy-'));
      await cp(DIST, folder, { recursive: true });
      server = createStaticServer(folder);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    test.afterEach(async () => {
      await new Promise((resolve) => server.close(resolve));
      await rm(folder, { recursive: true, force: true });
    });

    /** A second build: one page changed, and the service worker made again by the build step. */
    async function deployChangedBuild(marker: string): Promise<void> {
      for (const page of ['index.html', 'en/index.html']) {
        const file = join(folder, page);
        const html = await readFile(file, 'utf8');
        await writeFile(file, html.replace('</main>', `<p>${marker}</p></main>`));
      }
      await buildServiceWorker(new URL(`file://${folder}/`));
    }

    test('offers the update in both languages and reloads into it', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`${origin}/en/`);
      await waitUntilOfflineReady(page);
      await expect(page.locator('#update-prompt')).toBeHidden();

      await deployChangedBuild('Fresh from the second deploy');
      await page.goto(`${origin}/en/guide/`);
      const prompt = page.getByRole('status').filter({ hasText: 'A new version of the toolkit is ready.' });
      await expect(prompt).toBeVisible({ timeout: 30_000 });
      await page.goto(`${origin}/guide/`);
      await expect(page.getByRole('status').filter({ hasText: '工具箱有新版本了。' })).toBeVisible();
      // The reload keeps the address, so wait for its load event, not the URL: a goto while
      // the reload is still in flight is aborted.
      const reloaded = page.waitForEvent('load');
      await page.getByRole('button', { name: '重新载入' }).click();
      await reloaded;
      await page.goto(`${origin}/en/`);
      await expect(page.getByText('Fresh from the second deploy')).toBeVisible();
      await expect(page.locator('#update-prompt')).toBeHidden();
    });

    test('waits for a worksheet’s unsaved edits before it reloads', async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(`${origin}/en/worksheets/prep-sheet/`);
      await waitUntilOfflineReady(page);
      await deployChangedBuild('Second deploy');
      await openHydrated(page, `${origin}/en/worksheets/prep-sheet/`);
      await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible({ timeout: 30_000 });

      // A mark on this document: gone if the page reloads.
      await page.evaluate(() => Object.assign(window, { sameDocument: true }));
      const reloaded = async () => !(await page.evaluate(() => 'sameDocument' in window));

      // Storage in memory only (as the storage layer reports it): a reload would lose the
      // edits, so the prompt explains and never reloads.
      await page.evaluate(() => document.documentElement.setAttribute('data-unsaved-edits', 'unsavable'));
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect(page.getByText('Export them first')).toBeVisible();
      await page.waitForTimeout(1_000);
      expect(await reloaded()).toBe(false);
      await page.evaluate(() => document.documentElement.removeAttribute('data-unsaved-edits'));

      // Hold the save back, as a slow disk would: storage waits for its cross-tab lock.
      await page.evaluate(() => {
        void navigator.locks.request(
          'coaching-toolkit-index',
          () => new Promise<void>((resolve) => Object.assign(window, { releaseStorage: resolve })),
        );
      });
      await page.getByLabel('Topic 1', { exact: true }).fill('Typed just before the update');
      await expect(page.locator('html')).toHaveAttribute('data-unsaved-edits', 'saving');
      await page.getByRole('button', { name: 'Reload' }).click();
      await expect(page.getByText('Your latest changes are still being saved.')).toBeVisible();
      await page.waitForTimeout(1_500);
      expect(await reloaded()).toBe(false);

      const load = page.waitForEvent('load');
      await page.evaluate(() => (window as unknown as { releaseStorage: () => void }).releaseStorage());
      await load;
      await waitForHydration(page);
      await expect(page).toHaveURL(/\?id=/);
      await expect(page.getByLabel('Topic 1', { exact: true })).toHaveValue('Typed just before the update');
    });
  });
});
