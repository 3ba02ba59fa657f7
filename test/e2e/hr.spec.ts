import { expect, test, type Page } from '../support/fixtures';
import { openHydrated } from '../support/hydration';

/** Waits until the autosave has caught up with the last change. */
async function waitForSave(page: Page, saved: RegExp) {
  await expect(
    page.getByRole('group', { name: /Worksheet actions|工作表操作/ }).getByRole('status'),
  ).toHaveText(saved);
}

/** Saves a 5R plan in this browser and makes its pre-filled link on the builder; returns the link. */
async function buildLink(page: Page): Promise<string> {
  await openHydrated(page, '/en/worksheets/action-plan/');
  await page.getByRole('textbox', { name: 'Title' }).fill('Model plan for new managers');
  await page.getByRole('textbox', { name: 'Person' }).fill('Sample employee');
  await page.getByRole('textbox', { name: 'Result' }).fill('Run two mock customer calls before Friday');
  await page.getByRole('textbox', { name: 'Resource' }).fill('A senior rep as sparring partner');
  await waitForSave(page, /Saved at/);

  await openHydrated(page, '/en/hr/link-builder/');
  await page.getByRole('radio', { name: /Model plan for new managers/ }).check();
  const person = page.getByRole('checkbox', { name: 'Include the person tag “Sample employee”' });
  await expect(person).not.toBeChecked();
  const link = page.getByRole('textbox', { name: 'Pre-filled link' });
  await expect(link).toHaveValue(
    /^http:\/\/127\.0\.0\.1:\d+\/en\/worksheets\/action-plan\/#prefill=v1\.[\w-]+\.[0-9a-f]{8}$/,
  );
  const url = await link.inputValue();
  await expect(page.getByText(`${url.length} characters`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open it in a new tab' })).toHaveAttribute('href', url);
  // A short example stays well under the length that chat tools cut.
  await expect(page.getByText(/over 2,000/)).toHaveCount(0);
  return url;
}

test.describe('pre-filled worksheet links', () => {
  test('a saved worksheet becomes a link that opens pre-filled in another browser', async ({
    page,
    browser,
  }) => {
    const url = await buildLink(page);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openHydrated(other, url);
    await expect(other.getByRole('textbox', { name: 'Title' })).toHaveValue('Model plan for new managers');
    await expect(other.getByRole('textbox', { name: 'Result' })).toHaveValue(
      'Run two mock customer calls before Friday',
    );
    await expect(other.getByRole('textbox', { name: 'Resource' })).toHaveValue(
      'A senior rep as sparring partner',
    );
    // The person was left out of the link, and the fragment is gone once read.
    await expect(other.getByRole('textbox', { name: 'Person' })).toHaveValue('');
    await expect(other).toHaveURL(/\/en\/worksheets\/action-plan\/\?id=[\w-]+$/);

    // It was saved at once: a reload (now by id) shows the same copy, with no second one made.
    await waitForSave(other, /Saved at/);
    await other.reload();
    await expect(other.getByRole('textbox', { name: 'Result' })).toHaveValue(
      'Run two mock customer calls before Friday',
    );
    await openHydrated(other, '/en/worksheets/');
    await expect(other.getByText('Model plan for new managers')).toHaveCount(1);
    await fresh.close();
  });

  test('a link opened on another worksheet’s page moves to the right one', async ({ page, browser }) => {
    const url = await buildLink(page);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url.replace('/en/worksheets/action-plan/', '/en/worksheets/feedback/'));
    await expect(other).toHaveURL(/\/en\/worksheets\/action-plan\/\?id=/);
    await expect(other.getByRole('textbox', { name: 'Result' })).toHaveValue(
      'Run two mock customer calls before Friday',
    );
    await fresh.close();
  });

  test('a tampered link says so clearly and opens an empty worksheet', async ({ page, browser }) => {
    const url = await buildLink(page);
    const [head, payload, sum] = url.split('#prefill=')[1]!.split('.') as [string, string, string];
    const middle = Math.floor(payload.length / 2);
    const changed = `${payload.slice(0, middle)}${payload[middle] === 'x' ? 'y' : 'x'}${payload.slice(middle + 1)}`;
    const tampered = `${url.split('#')[0]}#prefill=${head}.${changed}.${sum}`;

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openHydrated(other, tampered);
    await expect(other.getByRole('alert')).toContainText('incomplete or was changed');
    await expect(other.getByRole('alert')).toContainText('below is a blank worksheet');
    await expect(other.getByRole('textbox', { name: 'Title' })).toHaveValue('');
    await expect(other.getByRole('textbox', { name: 'Result' })).toHaveValue('');
    await expect(other).toHaveURL(/\/en\/worksheets\/action-plan\/$/);
    await fresh.close();
  });

  test('a link whose decoder cannot load opens an empty worksheet that says why', async ({
    page,
    browser,
  }) => {
    const url = await buildLink(page);
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    // The decoder is fetched only for a page opened from a link; here the connection drops.
    await other.route('**/_astro/prefill-link.*.js', (route) => route.abort('internetdisconnected'));
    await openHydrated(other, url);
    await expect(other.getByRole('alert')).toContainText('Part of the page couldn’t load');
    await expect(other.getByRole('textbox', { name: 'Result' })).toHaveValue('');
    await other.getByRole('textbox', { name: 'Result' }).fill('Still usable');
    await expect(other.getByRole('textbox', { name: 'Result' })).toHaveValue('Still usable');
    await fresh.close();
  });

  test('in Chinese, a cut-off link is refused in Chinese', async ({ page, browser }) => {
    const url = (await buildLink(page)).replace('/en/worksheets/', '/worksheets/');
    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await openHydrated(other, url.slice(0, -30));
    await expect(other.getByRole('alert')).toContainText('这个预填链接不完整');
    await expect(other.getByRole('textbox', { name: '结果（Result）' })).toHaveValue('');
    await fresh.close();
  });
});

test.describe('resource suggestions on the 5R canvas', () => {
  test('matches the Result to a catalog area and appends the chosen resource', async ({ page }) => {
    await openHydrated(page, '/worksheets/action-plan/');
    await page.getByRole('textbox', { name: '结果（Result）' }).fill('两周内把客户嫌贵时的异议应答练熟');
    const resource = page.getByRole('textbox', { name: '资源（Resource）' });
    await resource.fill('经理每周陪练一次');

    await page.getByText('推荐资源').click();
    await expect(page.getByText('成果里提到了「异议」「嫌贵」')).toBeVisible();
    await expect(page.getByRole('button', { name: '处理客户异议' })).toHaveAttribute('aria-pressed', 'true');
    const area = page.getByRole('combobox', { name: '发展方向' });
    await expect(area).toHaveValue('handling-objections');

    await page.getByRole('button', { name: '加入“内部课程：异议处理工作坊”' }).click();
    await expect(resource).toHaveValue('经理每周陪练一次；内部课程：异议处理工作坊');
    await expect(page.getByRole('status').filter({ hasText: '已把' })).toHaveText(
      '已把“内部课程：异议处理工作坊”加进行动 1 的资源。',
    );
    // The same item again changes nothing.
    await page.getByRole('button', { name: '加入“内部课程：异议处理工作坊”' }).click();
    await expect(resource).toHaveValue('经理每周陪练一次；内部课程：异议处理工作坊');

    // Any other area by choice.
    await area.selectOption({ label: '时间与优先级管理' });
    await page.getByRole('button', { name: '加入“实践任务：连续两周记录时间去向”' }).click();
    await expect(resource).toHaveValue(
      '经理每周陪练一次；内部课程：异议处理工作坊；实践任务：连续两周记录时间去向',
    );

    await waitForSave(page, /已保存/);
    await page.reload();
    await expect(page.getByRole('textbox', { name: '资源（Resource）' })).toHaveValue(
      '经理每周陪练一次；内部课程：异议处理工作坊；实践任务：连续两周记录时间去向',
    );
  });

  test('suggests from the English catalog on the English page', async ({ page }) => {
    await openHydrated(page, '/en/worksheets/action-plan/');
    await page.getByRole('textbox', { name: 'Result' }).fill('Present the Q3 numbers at the all-hands');
    await page.getByText('Suggest resources').click();
    await expect(page.getByRole('combobox', { name: 'Development area' })).toHaveValue('presenting');
    await page.getByRole('button', { name: 'Add “Internal course: Structured presentations”' }).click();
    await expect(page.getByRole('textbox', { name: 'Resource' })).toHaveValue(
      'Internal course: Structured presentations',
    );
  });
});
