import { expect, test } from '../support/fixtures';
import { openHydrated } from '../support/hydration';

/**
 * `/examples/`: each weak or strong example opens in its worksheet with one click (a pre-filled
 * link made at build time), and a drill's weak goal opens in the goal builder to be sharpened.
 * Run after `npm run build`.
 */
test.describe('filled examples', () => {
  test('the strong prep sheet opens filled in the prep sheet, saved in this browser', async ({ page }) => {
    await page.goto('/examples/#prep-sheet');
    const link = page.getByTestId('open-prep-sheet-strong');
    await expect(link).toHaveAttribute(
      'href',
      /^\/worksheets\/prep-sheet\/#prefill=v1\.[\w-]+\.[0-9a-f]{8}$/,
    );
    await openHydrated(page, (await link.getAttribute('href')) ?? '');
    await expect(page.getByRole('textbox', { name: '标题' })).toHaveValue('准备单示例（强）：向晓雯');
    await expect(
      page.getByText('月结付款批次总在第 4 个工作日才走完审批', { exact: false }).first(),
    ).toBeVisible();
    await expect(page.getByRole('group', { name: '工作表操作' }).getByRole('status')).toHaveText(/已保存/);
  });

  test('every example link in English opens its worksheet without an error', async ({ page }) => {
    await page.goto('/en/examples/');
    const links = page.locator('a[data-testid^="open-"]');
    await expect(links).toHaveCount(8);
    const hrefs = await links.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
    for (const href of hrefs) {
      await openHydrated(page, href);
      await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue(/^Example /);
      // No message that the link did not open (other notices, such as storage warnings, may show).
      await expect(page.getByText(/pre-filled link|blank worksheet/)).toHaveCount(0);
    }
  });

  test('a weak goal from the drill opens in the goal builder to be sharpened', async ({ page }) => {
    await page.goto('/en/examples/#smart-ar');
    const href = await page.getByTestId('drill-smart-ar-1').getAttribute('href');
    expect(href).toMatch(/^\/en\/worksheets\/smart-ar\/#prefill=/);
    await openHydrated(page, href ?? '');
    await expect(page.getByRole('textbox', { name: 'Goal statement' })).toHaveValue('Grow sales this year.');
  });

  test('the guide links each worksheet section to its example', async ({ page }) => {
    await page.goto('/en/guide/goals/');
    await page.getByRole('link', { name: 'Filled examples: SMART-AR goal' }).click();
    await expect(page).toHaveURL(/\/en\/examples\/#smart-ar$/);
    await expect(page.getByRole('heading', { level: 2, name: /SMART-AR goal/ })).toBeVisible();
  });
});
