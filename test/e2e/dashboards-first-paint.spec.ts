import { expect, test, type Page } from '../support/fixtures';

/**
 * The dashboards draw their figures from storage after React has loaded, seconds after the
 * first paint on a slow phone. What the reader sees first must not move when they arrive (no
 * layout shift), and the largest paint must be the server-rendered lead, not text that waits
 * for storage (Lighthouse measured CLS 0.15 and LCP 2.5 s before). Sizes, not timings: this
 * holds on any machine. Lighthouse's mobile viewport.
 */
test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });

const pages = ['/dashboard/', '/dashboard/team/', '/en/dashboard/', '/en/dashboard/team/'];

async function watchPaints(page: Page) {
  await page.addInitScript(() => {
    const seen = { shift: 0, largest: '' };
    (window as unknown as { paints: typeof seen }).paints = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        seen.shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1) as (PerformanceEntry & { element: Element | null }) | undefined;
      if (last?.element) seen.largest = last.element.className || last.element.tagName;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  });
}

const paints = (page: Page) =>
  page.evaluate(() => (window as unknown as { paints: { shift: number; largest: string } }).paints);

for (const path of pages) {
  test(`${path} with nothing stored: nothing moves and the largest paint is the server-rendered lead`, async ({
    page,
  }) => {
    await watchPaints(page);
    await page.goto(path);
    await expect(page.locator('.dash-empty')).toBeVisible();
    await page.waitForTimeout(300);
    const seen = await paints(page);
    expect(seen.shift).toBe(0);
    expect(seen.largest).toBe('lead');
  });
}

test('with sample data stored, the figures arrive without moving what was on screen', async ({ page }) => {
  await page.goto('/en/dashboard/');
  await page.getByRole('button', { name: 'Try it with sample data' }).click();
  await expect(page.getByText('You are looking at sample data')).toBeVisible();
  await watchPaints(page);
  await page.reload();
  await expect(page.getByText('You are looking at sample data')).toBeVisible();
  await page.waitForTimeout(300);
  expect((await paints(page)).shift).toBe(0);
});
