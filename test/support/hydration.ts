import type { Page } from '@playwright/test';

/**
 * Waits until every Astro island on the page has hydrated (Astro removes the `ssr`
 * attribute then). Typing into a form before that would be lost, as it would for a
 * person on a very slow device.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('astro-island')).every((island) => !island.hasAttribute('ssr')),
  );
}

/** `page.goto` followed by `waitForHydration`. */
export async function openHydrated(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForHydration(page);
}
