import { expect, test } from '../support/fixtures';
import { builtPagePaths } from '../support/site-pages';

/**
 * On a phone the islands render seconds after the first paint (React, then storage). If
 * something they render is the largest text on screen, the page's Largest Contentful Paint
 * waits for them (Lighthouse measured 2.8 s on the 5R canvas). So on every page with an
 * island, at Lighthouse's mobile viewport, the largest paint must be server-rendered: outside
 * any island. Sizes, not timings: this holds on any machine.
 */
test.use({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75 });

const islandPages = builtPagePaths().filter((path) =>
  /\/(worksheets|questions|dashboard|hr\/link-builder)\//.test(path),
);

for (const path of islandPages) {
  test(`${path}: the largest paint is server-rendered`, async ({ page }) => {
    await page.addInitScript(() => {
      const seen: { inIsland: boolean; text: string }[] = [];
      (window as unknown as { largest: typeof seen }).largest = seen;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { element: Element | null })[]) {
          if (entry.element)
            seen.push({
              inIsland: entry.element.closest('astro-island') !== null,
              text: (entry.element.textContent ?? '').slice(0, 60),
            });
        }
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(path);
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('astro-island')).every((island) => !island.hasAttribute('ssr')),
    );
    await page.waitForTimeout(400);
    const seen = await page.evaluate(
      () => (window as unknown as { largest: { inIsland: boolean; text: string }[] }).largest,
    );
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1), JSON.stringify(seen.at(-1))).toMatchObject({ inIsland: false });
  });
}
