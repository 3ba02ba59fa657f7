import { expect, test, type BrowserContext, type Locator, type Page } from '../support/fixtures';
import { worksheetKinds } from '../../src/lib/worksheets/kind-ids';
import { waitForHydration } from '../support/hydration';

/**
 * The privacy promise, proved from the outside: a sentinel typed into every text field of
 * every worksheet and of the question generator, carried through the flows between
 * worksheets and exported, never appears in any request the browser makes (URL, headers
 * including Referer, body) — except in the body of the AI request the user explicitly asked
 * for on /questions/. The fill is generic (every input, textarea and contenteditable the
 * page shows, after adding every row it offers), so a new field is covered without a change here.
 */

const SENTINEL = 'zqxsentinel7731';

interface RecordedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
  /** The user had asked for AI on /questions/ when this request was made. */
  aiAsked: boolean;
}

function recordRequests(context: BrowserContext, state: { aiAsked: boolean }): RecordedRequest[] {
  const log: RecordedRequest[] = [];
  context.on('request', (request) => {
    const entry: RecordedRequest = {
      method: request.method(),
      url: request.url(),
      headers: request.headers(),
      body: request.postDataBuffer()?.toString('latin1') ?? '',
      aiAsked: state.aiAsked,
    };
    log.push(entry);
    // The headers as sent (Cookie, Referer…) are only known a moment later.
    void request
      .allHeaders()
      .then((all) => {
        entry.headers = { ...entry.headers, ...all };
      })
      .catch(() => undefined);
  });
  return log;
}

function contains(text: string): boolean {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    // keep the raw text
  }
  return text.toLowerCase().includes(SENTINEL) || decoded.toLowerCase().includes(SENTINEL);
}

/** Every place the sentinel appeared where it may not. */
function leaks(log: RecordedRequest[]): string[] {
  const found: string[] = [];
  for (const request of log) {
    if (contains(request.url)) found.push(`URL of ${request.method} ${request.url}`);
    for (const [name, value] of Object.entries(request.headers)) {
      if (contains(value)) found.push(`header ${name} of ${request.method} ${request.url}`);
    }
    const allowedBody =
      request.aiAsked && request.method === 'POST' && new URL(request.url).pathname === '/api/grow-questions';
    if (!allowedBody && contains(request.body)) found.push(`body of ${request.method} ${request.url}`);
  }
  return found;
}

const TEXT_FIELDS = [
  'input:not([type])',
  'input[type="text"]',
  'input[type="search"]',
  'input[type="email"]',
  'input[type="tel"]',
  'input[type="url"]',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
].join(', ');

/** Buttons that add a row or a question (never ones that remove, send or leave). */
const ADD_BUTTON = /^(Add (a|an|another)\b)/;

async function usable(locator: Locator): Promise<boolean> {
  return (await locator.isVisible()) && (await locator.isEnabled());
}

/** Types the sentinel into every empty text field the page shows. */
async function fillTextFields(page: Page): Promise<number> {
  const fields = page.locator('main').locator(TEXT_FIELDS);
  // One round trip to find the fields still to fill: visible, editable, without the sentinel.
  const todo = await fields.evaluateAll(
    (elements, sentinel) =>
      elements.flatMap((element, index) => {
        const html = element as HTMLElement;
        const value =
          html instanceof HTMLInputElement || html instanceof HTMLTextAreaElement
            ? html.value
            : (html.textContent ?? '');
        const editable =
          html instanceof HTMLInputElement || html instanceof HTMLTextAreaElement
            ? !html.disabled && !html.readOnly
            : html.isContentEditable;
        // checkVisibility(), not client rects: a field in a closed <details> still has a box
        // (its content is only content-visibility: hidden), but the user cannot type into it.
        const shown = html.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
        return editable && shown && !value.includes(sentinel) ? [index] : [];
      }),
    SENTINEL,
  );
  for (const [n, index] of todo.entries()) await fields.nth(index).fill(`${SENTINEL} ${n}`);
  return todo.length;
}

/** Opens every folded part of the form (a `<details>`, such as the prep sheet's manager part). */
async function unfold(page: Page): Promise<number> {
  let opened = 0;
  for (const summary of await page.locator('main details:not([open]) > summary').all()) {
    if (!(await usable(summary))) continue;
    await summary.click();
    opened += 1;
  }
  return opened;
}

/**
 * Fills the whole form: every folded part opened, every row it offers, every choice that may
 * reveal more fields (radios and checkboxes, one after the other), every text field.
 */
async function fillEverything(page: Page): Promise<number> {
  let total = 0;
  for (let round = 0; round < 4; round += 1) {
    let changed = await unfold(page);
    for (const button of await page.locator('main').getByRole('button', { name: ADD_BUTTON }).all()) {
      if (await usable(button)) {
        await button.click();
        changed += 1;
      }
    }
    changed += await fillTextFields(page);
    for (const choice of await page
      .locator('main')
      .locator('input[type="radio"]:not(:checked), input[type="checkbox"]:not(:checked)')
      .all()) {
      if (!(await usable(choice))) continue;
      await choice.check().catch(() => undefined);
      changed += await fillTextFields(page);
    }
    total += changed;
    if (changed === 0) break;
  }
  return total;
}

/** Every export the page offers: JSON, Markdown (copy and download), calendar. */
async function exportEverything(page: Page): Promise<void> {
  const exports = /^(Export JSON|Download Markdown|Copy as Markdown|Add review dates to calendar|Export all)/;
  for (const button of await page.getByRole('button', { name: exports }).all()) {
    if (!(await usable(button))) continue;
    const download = page.waitForEvent('download', { timeout: 3_000 }).catch(() => undefined);
    await button.click();
    await download;
  }
}

/** Opens every link on the page that leads to a worksheet or the question generator, as a click would. */
async function walkWorksheetLinks(page: Page): Promise<string[]> {
  const from = page.url().split('#')[0] ?? '';
  const hrefs = await page
    .locator('main a[href]')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
  const targets = [...new Set(hrefs)].filter((href) => {
    const url = new URL(href);
    return url.origin === new URL(from).origin && /\/(worksheets|questions)\//.test(url.pathname);
  });
  for (const target of targets) {
    await page.goto(target, { referer: from });
    await waitForHydration(page);
    // A typed value may ride in the fragment (never sent); path and query stay clean.
    expect(page.url().split('#')[0], 'the address bar').not.toContain(SENTINEL);
    await page.waitForLoadState('networkidle');
  }
  return targets;
}

async function waitForSaved(page: Page): Promise<void> {
  await expect(page.getByText(/^Saved at/).first()).toBeVisible();
}

test.describe('typed text never leaves the browser', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  for (const kind of worksheetKinds) {
    test(`${kind}: every field, exports and the flows to other worksheets`, async ({ page, context }) => {
      test.setTimeout(180_000);
      const state = { aiAsked: false };
      const log = recordRequests(context, state);
      await page.goto(`/en/worksheets/${kind}/`);
      await waitForHydration(page);
      // The form renders once the editor has opened the worksheet, just after hydration.
      await expect(page.locator('form.ws-form')).toBeVisible();
      const filled = await fillEverything(page);
      expect(filled, 'text fields filled').toBeGreaterThan(0);
      await waitForSaved(page);
      expect(page.url(), 'the address bar').not.toContain(SENTINEL);

      // Buttons that carry this worksheet's text into another one.
      for (const name of [/^Add this retro to the adjustment log/, /^Suggest resources/]) {
        for (const button of await page.getByRole('button', { name }).all()) {
          if (await usable(button)) await button.click();
        }
      }
      await exportEverything(page);
      await walkWorksheetLinks(page);
      // Reopen it from My worksheets, where the search box is a text field too.
      await page.goto('/en/worksheets/');
      await waitForHydration(page);
      await page
        .getByRole('searchbox')
        .or(page.getByLabel('Search titles and people'))
        .first()
        .fill(SENTINEL);
      await expect(page.getByRole('link', { name: new RegExp(SENTINEL) }).first()).toBeVisible();
      await exportEverything(page);
      await walkWorksheetLinks(page);
      await page.waitForLoadState('networkidle');

      expect(log.length, 'requests recorded').toBeGreaterThan(0);
      expect(leaks(log)).toEqual([]);
    });
  }

  test('/questions/: rules send nothing; AI sends the prep sheet only in the body it was asked for', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000);
    const state = { aiAsked: false };
    const log = recordRequests(context, state);
    // The site says it has a model (GET), and a fake model answers the POST: the test server
    // has no key, and the point here is what the browser sends, not what a provider writes.
    const modelQuestion = 'What would a good week look like for you? (from the fake model)';
    await page.route(/\/api\/grow-questions([?#]|$)/, (route) =>
      route.request().method() === 'GET'
        ? route.fulfill({ json: { ai: true } })
        : route.fulfill({
            json: {
              source: 'ai',
              questions: [
                { stage: 'goal', text: modelQuestion },
                { stage: 'reality', text: 'What happened the last time this came up?' },
                { stage: 'options', text: 'Which three ways forward can you see?' },
                { stage: 'will', text: 'What will you do first, and by when?' },
              ],
            },
          }),
    );
    await page.goto('/en/questions/');
    await waitForHydration(page);
    await page.getByRole('radio', { name: /Built-in rules/ }).check();
    expect(await fillEverything(page)).toBeGreaterThan(0);
    // fillEverything ticks every radio: back to the rules, which must send nothing.
    await page.getByRole('radio', { name: /Built-in rules/ }).check();
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await expect(page.getByRole('heading', { name: 'W · Will' })).toBeVisible();
    await fillTextFields(page);
    // The capability question (a GET with no body and no query) is the one call allowed
    // before the user picks AI.
    const apiCalls = () => log.filter((request) => new URL(request.url).pathname.startsWith('/api/'));
    const capability = (request: RecordedRequest) =>
      request.method === 'GET' && request.body === '' && new URL(request.url).search === '';
    expect(apiCalls().filter((request) => !capability(request))).toEqual([]);

    state.aiAsked = true;
    await page.getByRole('radio', { name: /AI model/ }).check();
    const response = page.waitForResponse(
      (r) => new URL(r.url()).pathname === '/api/grow-questions' && r.request().method() === 'POST',
    );
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await response;
    state.aiAsked = false;
    await expect(page.getByRole('region', { name: 'G · Goal' }).getByRole('textbox').first()).toHaveValue(
      modelQuestion,
    );
    // Exactly one request carried the typed text: the POST the user asked for, in its body.
    const carriers = apiCalls().filter((request) => contains(request.body));
    expect(carriers.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'POST /api/grow-questions',
    ]);
    expect(carriers[0]?.aiAsked).toBe(true);

    await page.getByRole('button', { name: 'Save as a GROW question list' }).click();
    await page.getByRole('link', { name: 'Open the list' }).click();
    await waitForHydration(page);
    expect(page.url(), 'the address bar').not.toContain(SENTINEL);
    await page.waitForLoadState('networkidle');
    expect(leaks(log)).toEqual([]);
  });
});
