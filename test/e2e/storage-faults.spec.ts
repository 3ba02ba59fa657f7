import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type BrowserContext, type Page } from '../support/fixtures';
import { openHydrated } from '../support/hydration';

/**
 * Issue 9, defect 1, checked the hard way: IndexedDB writes in a real Chromium fail once,
 * fail N times, never answer, or hit the quota, while typing, on pagehide, during an import
 * and with two tabs. After each, the page is reloaded and every field is compared with what
 * was typed. The last test prints the figure: faults injected, edits lost (must be 0).
 */

type FaultKind = 'quota' | 'error' | 'hang';

interface FaultState {
  plan: { kind: FaultKind; count: number }[];
  injected: number;
}

/**
 * Patches IndexedDB in the page before any script runs. Every readwrite `put` (what
 * localforage's setItem and the store's batch writes call) takes the next planned fault:
 * `quota` throws QuotaExceededError, `error` throws a DataError, `hang` writes nothing and
 * the transaction never reports back (as a blocked or stuck database). Reads are untouched.
 * The plan and the count live in sessionStorage, so they carry over a reload or a link in
 * the same tab (a fault planned before leaving can hit the next page's first save).
 */
function installFaults() {
  const KEY = '__faults';
  const read = (): FaultState =>
    JSON.parse(sessionStorage.getItem(KEY) ?? '{"plan":[],"injected":0}') as FaultState;
  const next = (): FaultKind | undefined => {
    const state = read();
    const step = state.plan[0];
    if (!step) return undefined;
    step.count -= 1;
    if (step.count <= 0) state.plan.shift();
    state.injected += 1;
    sessionStorage.setItem(KEY, JSON.stringify(state));
    return step.kind;
  };
  const put = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'put')?.value as (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) => IDBRequest<IDBValidKey>;
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    const fault = this.transaction.mode === 'readwrite' ? next() : undefined;
    if (fault === 'quota') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    if (fault === 'error') throw new DOMException('Injected write failure.', 'DataError');
    if (fault === 'hang') {
      for (const event of ['oncomplete', 'onerror', 'onabort'])
        Object.defineProperty(this.transaction, event, {
          configurable: true,
          get: () => null,
          set: () => {},
        });
      return {} as IDBRequest<IDBValidKey>;
    }
    return put.apply(this, args);
  } as IDBObjectStore['put'];
}

const totals = { faults: 0, fields: 0, lost: 0 };

async function arm(page: Page, kind: FaultKind, count: number) {
  await page.evaluate(
    ([k, n]) => {
      const state = JSON.parse(sessionStorage.getItem('__faults') ?? '{"plan":[],"injected":0}') as {
        plan: unknown[];
      };
      state.plan.push({ kind: k, count: n });
      sessionStorage.setItem('__faults', JSON.stringify(state));
    },
    [kind, count] as const,
  );
}

/** Faults injected so far in this tab (across its reloads). */
async function injected(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (JSON.parse(sessionStorage.getItem('__faults') ?? '{"injected":0}') as { injected: number }).injected,
  );
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript(installFaults);
  return context;
}

/** Every field of the worksheet form, by its label, in order. */
async function fields(page: Page): Promise<string[]> {
  return page
    .locator('form.ws-form')
    .locator('input:not([type=file]):not([type=checkbox]):not([type=radio]), textarea, select')
    .evaluateAll((elements) =>
      elements.map((element) => {
        const field = element as HTMLInputElement;
        const label = field.labels?.[0]?.textContent?.trim() ?? field.name;
        return `${label}=${field.value}`;
      }),
    );
}

/** The goals of the SMART-AR worksheets really in IndexedDB, read around the site's code. */
async function goalsOnDisk(page: Page): Promise<string[]> {
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve, reject) => {
        const open = indexedDB.open('coaching-toolkit');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const request = open.result.transaction('worksheets').objectStore('worksheets').getAll();
          request.onerror = () => reject(new Error(String(request.error)));
          request.onsuccess = () => {
            const values = request.result as { kind?: string; data?: { goal?: string } }[];
            resolve(
              values.filter((value) => value.kind === 'smart-ar').map((value) => value.data?.goal ?? ''),
            );
            open.result.close();
          };
        };
      }),
  );
}

/** Compares every field with what was typed, counting the ones lost. */
async function compare(page: Page, expected: string[]): Promise<void> {
  await expect(page.locator('form.ws-form')).toBeVisible();
  const actual = await fields(page);
  const lost = expected.filter((field, i) => actual[i] !== field).length;
  totals.fields += expected.length;
  totals.lost += lost;
  expect(actual).toEqual(expected);
}

/** Reloads (accepting the "leave page?" question memory mode asks) and compares every field. */
async function reloadAndCompare(page: Page, expected: string[]): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept());
  await page.reload();
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('astro-island')).every((island) => !island.hasAttribute('ssr')),
  );
  await compare(page, expected);
}

const status = (page: Page) => page.locator('.ws-toolbar__status');
/** The storage banner of memory mode (not the import message, which also mentions the tab). */
const memoryBanner = (page: Page) => page.getByRole('alert').filter({ hasText: /stays? in this tab only/ });

/** A new tab with faults ready, on a SMART-AR worksheet already saved once with `goal`. */
async function savedWorksheet(
  browser: Browser,
  goal: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  await openHydrated(page, '/en/worksheets/smart-ar/');
  await page.getByLabel('Goal statement').fill(goal);
  await expect(status(page)).toHaveText(/^Saved at/);
  return { context, page };
}

async function typeGoal(page: Page, goal: string, direction: string, person: string) {
  await page.getByLabel('Goal statement').fill(goal);
  await page.getByLabel('Direction for the year').fill(direction);
  await page.getByLabel('Person', { exact: true }).fill(person);
}

test.describe('IndexedDB faults never cost an edit', () => {
  test('one quota error, typing, the tab hidden, a reload: the typing is there (the reported case)', async ({
    browser,
  }) => {
    const { context, page } = await savedWorksheet(browser, 'First goal, saved normally');

    await arm(page, 'quota', 1);
    await page.getByLabel('Goal statement').fill('Raise first-contact resolution to 80% by June');
    await expect(memoryBanner(page)).toBeVisible();
    await expect(status(page)).toHaveText('In this tab only, not saved yet');
    await page.getByLabel('Direction for the year').fill('Fewer repeat calls');
    // Switching tabs: the page is hidden (pagehide's sibling), then reloaded.
    await page.evaluate(() => {
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    });
    const expected = await fields(page);
    totals.faults += await injected(page);
    await reloadAndCompare(page, expected);
    await context.close();
  });

  test('writes that fail N times while typing: the tab goes back to IndexedDB by itself', async ({
    browser,
  }) => {
    const { context, page } = await savedWorksheet(browser, 'Cut the backlog to zero');

    await arm(page, 'error', 4);
    await typeGoal(page, 'Cut the review backlog to zero by July', 'Faster reviews', 'Lin');
    await expect(memoryBanner(page)).toBeVisible();
    await page.getByLabel('What is missing').fill('A second reviewer on Fridays');
    // The retries (1 s, 2 s, 5 s…) reach the disk again; the banner goes and the status says saved.
    await expect(memoryBanner(page)).toBeHidden({ timeout: 20_000 });
    await expect(status(page)).toHaveText(/^Saved at/, { timeout: 5000 });
    const expected = await fields(page);
    totals.faults += await injected(page);
    expect(await injected(page)).toBe(4);
    expect(await goalsOnDisk(page)).toEqual(['Cut the review backlog to zero by July']);
    await reloadAndCompare(page, expected);
    await context.close();
  });

  test('a write that never answers: a timeout, no advice to reload, and nothing lost', async ({
    browser,
  }) => {
    const { context, page } = await savedWorksheet(browser, 'Answer every escalation within a day');

    await arm(page, 'hang', 1);
    await page.getByLabel('Goal statement').fill('Answer every escalation within four hours');
    const banner = page.getByRole('alert').filter({ hasText: 'isn’t responding' });
    await expect(banner).toBeVisible({ timeout: 10_000 });
    await expect(banner).toContainText('Don’t reload');
    await page.getByLabel('Direction for the year').fill('Calmer customers');
    await expect(banner).toBeHidden({ timeout: 20_000 });
    await expect(status(page)).toHaveText(/^Saved at/, { timeout: 5000 });
    const expected = await fields(page);
    totals.faults += await injected(page);
    await reloadAndCompare(page, expected);
    await context.close();
  });

  test('quota errors on pagehide: leaving at once keeps the last words', async ({ browser }) => {
    const { context, page } = await savedWorksheet(browser, 'Halve the time to first reply');
    const address = page.url();

    await arm(page, 'quota', 3);
    await typeGoal(page, 'Halve the time to first reply by the end of July', 'Quicker answers', 'Sam');
    const expected = await fields(page);
    // Leave before the autosave delay: the pagehide flush hits the quota.
    await page.goto('/en/guide/');
    await openHydrated(page, address);
    await compare(page, expected);
    // What the quota left in memory reaches the disk once a retry works.
    await expect(memoryBanner(page)).toHaveCount(0, { timeout: 20_000 });
    await page.getByLabel('What is missing').fill('Templates for common questions');
    await expect(status(page)).toHaveText(/^Saved at/);
    totals.faults += await injected(page);
    expect(await injected(page)).toBeGreaterThan(0);
    await reloadAndCompare(page, await fields(page));
    await context.close();
  });

  test('a quota error during an import: it says the result is not kept yet, then keeps it', async ({
    browser,
  }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openHydrated(page, '/en/worksheets/');
    await expect(page.getByText('No worksheets saved in this browser yet.')).toBeVisible();
    const file = {
      type: 'coaching-toolkit/worksheets',
      version: 1,
      source: 'https://coaching.example',
      exportedAt: '2026-01-05T09:00:00.000Z',
      worksheets: ['one', 'two'].map((n) => ({
        id: `imported-${n}`,
        kind: 'feedback',
        schemaVersion: 1,
        revision: 1,
        title: `Imported ${n}`,
        createdAt: '2026-01-05T09:00:00.000Z',
        updatedAt: '2026-01-05T09:00:00.000Z',
        data: {},
      })),
    };
    await arm(page, 'quota', 1);
    await page.locator('input[type=file]').setInputFiles({
      name: 'two.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    await expect(page.getByRole('alert').filter({ hasText: 'Imported 2 worksheets.' })).toContainText(
      'not kept',
    );
    await expect(memoryBanner(page)).toBeVisible();
    // Once a retry reaches the disk the import is kept: a reload still lists both.
    await expect(memoryBanner(page)).toHaveCount(0, { timeout: 20_000 });
    totals.faults += await injected(page);
    await page.reload();
    await expect(page.getByText('Showing 2 of 2')).toBeVisible();
    totals.fields += 2;
    await context.close();
  });

  test('two tabs: one fails while the other saves; after recovery both are kept', async ({ browser }) => {
    const context = await newContext(browser);
    const first = await context.newPage();
    const second = await context.newPage();
    await openHydrated(first, '/en/worksheets/smart-ar/');
    await openHydrated(second, '/en/worksheets/smart-ar/');
    await first.getByLabel('Goal statement').fill('Tab one goal');
    await expect(status(first)).toHaveText(/^Saved at/);

    await arm(first, 'quota', 2);
    await typeGoal(first, 'Tab one goal, typed while the disk was full', 'One', 'Ana');
    await expect(memoryBanner(first)).toBeVisible();
    await typeGoal(second, 'Tab two goal, saved normally', 'Two', 'Bo');
    await expect(status(second)).toHaveText(/^Saved at/);
    await expect(memoryBanner(first)).toBeHidden({ timeout: 20_000 });
    const one = await fields(first);
    const two = await fields(second);
    totals.faults += await injected(first);
    await reloadAndCompare(first, one);
    await reloadAndCompare(second, two);
    await openHydrated(first, '/en/worksheets/');
    await expect(first.getByText('Showing 2 of 2')).toBeVisible();
    await context.close();
  });

  test('while edits live only in memory the page says so, offers export and asks before leaving', async ({
    browser,
  }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openHydrated(page, '/worksheets/smart-ar/');
    await arm(page, 'quota', 1000);
    await page.getByLabel('目标表述').fill('六月底前把一次解决率提升到 80%');
    await expect(page.getByRole('alert').filter({ hasText: '这个标签页' })).toBeVisible();
    await expect(status(page)).toHaveText('只在这个标签页里，还没有保存');
    await expect(page.getByRole('alert').getByRole('button', { name: '导出 JSON' })).toBeVisible();
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    await expect(page.getByLabel('目标表述')).toHaveValue('六月底前把一次解决率提升到 80%');
    totals.faults += await injected(page);
    await context.close();
  });

  test('a slow first load of the storage code is not a storage timeout', async ({ browser }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.route('**/_astro/localforage.*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 6500));
      await route.continue();
    });
    await openHydrated(page, '/en/worksheets/smart-ar/');
    await page.getByLabel('Goal statement').fill('Written while the storage code was still on its way');
    await expect(status(page)).toHaveText(/^Saved at/, { timeout: 15_000 });
    // Straight to IndexedDB, never a detour through memory (whose banners all mention the tab).
    await expect(page.getByRole('alert').filter({ hasText: 'this tab' })).toHaveCount(0);
    expect(await goalsOnDisk(page)).toEqual(['Written while the storage code was still on its way']);
    await context.close();
  });

  test.afterAll(() => {
    console.log(
      `fault injection: ${totals.faults} faults injected, ${totals.lost} edits lost (${totals.fields} fields compared after reload)`,
    );
  });
});

test.describe('a damaged stored worksheet', () => {
  test('opened by its address, says why it cannot be opened, in the page language', async ({ page }) => {
    await openHydrated(page, '/en/worksheets/smart-ar/');
    await page.getByLabel('Goal statement').fill('A healthy worksheet');
    await expect(status(page)).toHaveText(/^Saved at/);
    // A smart-ar envelope whose data breaks the schema (a goal that is a number).
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('coaching-toolkit');
          open.onsuccess = () => {
            const tx = open.result.transaction('worksheets', 'readwrite');
            tx.objectStore('worksheets').put(
              {
                id: 'bad-goal',
                kind: 'smart-ar',
                schemaVersion: 2,
                revision: 1,
                title: 'Bad goal',
                createdAt: '2026-01-05T09:00:00.000Z',
                updatedAt: '2026-01-05T09:00:00.000Z',
                data: { goal: 42 },
              },
              'worksheet:bad-goal',
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
          open.onerror = () => reject(new Error(String(open.error)));
        }),
    );
    await openHydrated(page, '/en/worksheets/smart-ar/?id=bad-goal');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('This worksheet can’t be opened.');
    // The reason comes from the worksheet messages, which load only for this failure.
    await expect(alert).toContainText('goal');
    await expect(alert).not.toContainText('couldn’t load');
  });

  test('is listed as damaged, downloads raw, and travels in "export everything"', async ({ page }) => {
    await openHydrated(page, '/en/worksheets/smart-ar/');
    await page.getByLabel('Goal statement').fill('A healthy worksheet');
    await expect(status(page)).toHaveText(/^Saved at/);
    const damaged = { id: 'broken-one', kind: 'memo', note: 'keep these words' };
    await page.evaluate(
      (value) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('coaching-toolkit');
          open.onsuccess = () => {
            const tx = open.result.transaction('worksheets', 'readwrite');
            tx.objectStore('worksheets').put(value, 'worksheet:broken-one');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(new Error(String(tx.error)));
          };
          open.onerror = () => reject(new Error(String(open.error)));
        }),
      damaged,
    );
    await openHydrated(page, '/en/worksheets/');
    await expect(page.getByText('Showing 1 of 1')).toBeVisible();
    const section = page.getByRole('region', { name: 'Damaged worksheets' });
    await expect(section).toContainText('Stored as “broken-one”');

    const raw = page.waitForEvent('download');
    await section.getByRole('button', { name: 'Download the raw content of “broken-one”' }).click();
    expect(JSON.parse(await readFile(await (await raw).path(), 'utf8'))).toEqual(damaged);

    const all = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export all (JSON)' }).click();
    const file = JSON.parse(await readFile(await (await all).path(), 'utf8')) as {
      worksheets: unknown[];
      damaged: { id: string; raw: unknown }[];
    };
    expect(file.worksheets).toHaveLength(1);
    expect(file.damaged).toEqual([{ id: 'broken-one', raw: damaged }]);
    await expect(page.getByRole('alert').filter({ hasText: 'Exported 1 worksheets.' })).toContainText(
      '1 damaged worksheets',
    );
  });
});
