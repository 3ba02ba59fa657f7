import { expect, test } from '../support/fixtures';
import { STATIC_PORT } from '../../playwright.config';
import { openHydrated } from '../support/hydration';

test.describe('question generator', () => {
  test('generates questions with the built-in rules and sends nothing', async ({ page }) => {
    const calls: string[] = [];
    page.on('request', (r) => {
      // The capability question (a GET without body or query) is the only call allowed.
      if (
        r.url().includes('/api/') &&
        !(r.method() === 'GET' && r.postData() === null && !r.url().includes('?'))
      )
        calls.push(`${r.method()} ${r.url()}`);
    });
    await openHydrated(page, '/en/questions/');
    await page.getByLabel('Topic 1', { exact: true }).fill('Shift handover notes keep missing details');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    for (const stage of ['G · Goal', 'R · Reality', 'O · Options', 'W · Will']) {
      await expect(page.getByRole('heading', { name: stage })).toBeVisible();
    }
    await expect(page.getByRole('status').filter({ hasText: 'nothing was sent' })).toBeVisible();
    expect(calls).toEqual([]);
  });

  test('offers AI only when the site has a model, learning it without sending any prep text', async ({
    page,
    request,
  }) => {
    // Through wrangler, with no key set: the function says so.
    const answer = await request.get('/api/grow-questions');
    expect(answer.status()).toBe(200);
    expect(await answer.json()).toEqual({ ai: false });

    const capability = page.waitForRequest(
      (r) => r.url().endsWith('/api/grow-questions') && r.method() === 'GET',
    );
    await openHydrated(page, '/questions/');
    expect((await capability).postData()).toBeNull();
    await page.getByLabel('话题 1', { exact: true }).fill('交接班记录总是漏信息');
    await expect(page.getByRole('radio', { name: /AI 模型/ })).toHaveCount(0);
    await expect(page.getByText('内置规则在你的浏览器里运行')).toBeVisible();
  });

  test('asks the function in AI mode and says why it used the rules when the model is not there', async ({
    page,
  }) => {
    // The site says it has a model (as one with a key would); the function itself has none.
    await page.route('**/api/grow-questions', (route) =>
      route.request().method() === 'GET' ? route.fulfill({ json: { ai: true } }) : route.continue(),
    );
    await openHydrated(page, '/questions/');
    await page.getByLabel('话题 1', { exact: true }).fill('交接班记录总是漏信息');
    await page.getByRole('radio', { name: /AI 模型/ }).check();
    await page.getByText('选择 AI 时，会发送哪些内容？').click();
    await expect(page.locator('.q-sent__body')).toContainText('交接班记录总是漏信息');
    const response = page.waitForResponse((r) => r.url().endsWith('/api/grow-questions'));
    await page.getByRole('button', { name: '生成问题' }).click();
    expect((await response).status()).toBe(200);
    await expect(page.getByText('本站没有配置 AI 模型。')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'W 意愿' })).toBeVisible();
  });

  test('opening the page reads no storage; with none saved, asking for saved sheets says so', async ({
    page,
  }) => {
    const storageCode: string[] = [];
    page.on('request', (request) => {
      if (/\/_astro\/localforage\.[^/]+\.js$/.test(request.url())) storageCode.push(request.url());
    });
    await openHydrated(page, '/en/questions/');
    await page.getByLabel('Topic 1', { exact: true }).fill('Quarter-end reports arrive late');
    expect(storageCode).toEqual([]);
    await page.getByRole('button', { name: 'Use a saved prep sheet' }).click();
    await expect(page.getByText('No prep sheet is saved in this browser yet')).toBeVisible();
    expect(storageCode).toHaveLength(1);
    await expect(page.getByLabel('Topic 1', { exact: true })).toHaveValue('Quarter-end reports arrive late');
  });

  test('opening the page does not load the rules engine; when it fails to load, the text stays and the next try works', async ({
    page,
  }) => {
    const engineRequests: string[] = [];
    let failNext = true;
    await page.route(/\/_astro\/rules-engine\.[^/]+\.js$/, async (route) => {
      engineRequests.push(route.request().url());
      if (failNext) {
        failNext = false;
        await route.abort('internetdisconnected');
      } else await route.continue();
    });
    await openHydrated(page, '/en/questions/');
    const topic = page.getByLabel('Topic 1', { exact: true });
    await topic.fill('Quarter-end reports arrive late');
    expect(engineRequests).toEqual([]);

    await page.getByRole('button', { name: 'Generate questions' }).click();
    await expect(page.getByText('The question engine couldn’t load')).toBeVisible();
    await expect(topic).toHaveValue('Quarter-end reports arrive late');

    await page.getByRole('button', { name: 'Generate questions' }).click();
    await expect(page.getByRole('heading', { name: 'W · Will' })).toBeVisible();
    await expect(page.getByText('The question engine couldn’t load')).toHaveCount(0);
    expect(engineRequests.length).toBe(2);
  });

  test('edits, reorders, deletes and adds questions, then saves them as a GROW list', async ({ page }) => {
    await openHydrated(page, '/en/questions/');
    await page.getByLabel('Topic 1', { exact: true }).fill('Getting the month-end close done a day earlier');
    await page.getByRole('button', { name: 'Add a topic' }).click();
    await page.getByLabel('Topic 2', { exact: true }).fill('Reviewing the junior analysts’ reconciliations');
    await page.getByRole('combobox', { name: 'Questions per stage, at most' }).selectOption('3');
    await page.getByRole('button', { name: 'Generate questions' }).click();
    const goal = page.getByRole('region', { name: 'G · Goal' });
    const first = goal.getByRole('textbox').first();
    const second = goal.getByRole('textbox').nth(1);
    const secondText = await second.inputValue();
    await goal.getByRole('button', { name: 'Move question 2 up' }).click();
    await expect(first).toHaveValue(secondText);
    await first.fill('What would a good close look like for you?');
    await goal.getByRole('button', { name: 'Delete question 2' }).click();
    await page.getByRole('button', { name: 'Add a question to W · Will' }).click();
    await page
      .getByRole('region', { name: 'W · Will' })
      .getByRole('textbox')
      .last()
      .fill('What will you try first this week?');
    await page.getByRole('button', { name: 'Save as a GROW question list' }).click();
    await page.getByRole('link', { name: 'Open the list' }).click();
    await expect(page).toHaveURL(/\/en\/worksheets\/grow-questions\/\?id=/);
    const values = () =>
      page.$$eval('textarea, input', (fields) => fields.map((field) => (field as HTMLInputElement).value));
    await expect.poll(values).toContain('What would a good close look like for you?');
    await expect.poll(values).toContain('What will you try first this week?');
  });
});

test.describe('question generator on a static host', () => {
  test('falls back to the in-browser rules when there is no function', async ({ page }) => {
    await openHydrated(page, `http://127.0.0.1:${STATIC_PORT}/en/questions/`);
    await page.getByLabel('Topic 1', { exact: true }).fill('Handing over the key accounts');
    // No function: no capability answer, so no AI to offer.
    await expect(page.getByRole('radio', { name: /AI model/ })).toHaveCount(0);
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await expect(page.getByRole('heading', { name: 'W · Will' })).toBeVisible();
  });

  test('falls back to the in-browser rules when AI is offered but the function is gone', async ({ page }) => {
    await page.route('**/api/grow-questions', (route) =>
      route.request().method() === 'GET' ? route.fulfill({ json: { ai: true } }) : route.continue(),
    );
    await openHydrated(page, `http://127.0.0.1:${STATIC_PORT}/en/questions/`);
    await page.getByLabel('Topic 1', { exact: true }).fill('Handing over the key accounts');
    await page.getByRole('radio', { name: /AI model/ }).check();
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await expect(page.getByText(/can’t be reached/)).toBeVisible();
    await expect(page.getByRole('heading', { name: 'W · Will' })).toBeVisible();
  });
});
