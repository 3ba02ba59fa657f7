import type { Page } from '@playwright/test';

/**
 * Waits until every Astro island on the page has hydrated (Astro removes the `ssr`
 * attribute then). Typing into a form before that would be lost, as it would for a
 * person on a very slow device.
 */
export async function waitForHydration(page: Page): Promise<void> {
  // Islands that hydrate when they come into view (`client:visible`) wait for the reader to
  // scroll to them, as a person would.
  await page.evaluate(() => {
    // An island is `display: contents` (no box of its own): scroll to what it rendered.
    for (const island of document.querySelectorAll('astro-island[ssr][client="visible"]'))
      island.firstElementChild?.scrollIntoView();
  });
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('astro-island')).every((island) => !island.hasAttribute('ssr')),
  );
}

/** `page.goto` followed by `waitForHydration`. */
export async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}
