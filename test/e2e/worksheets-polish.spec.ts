import { expect, test } from '../support/fixtures';
import { openHydrated } from '../support/hydration';

test.describe('worksheet layout and behavior', () => {
  test('hints stay silent on an untouched form and speak once a field is typed in or left', async ({
    page,
  }) => {
    await openHydrated(page, '/en/worksheets/smart-ar/');
    const form = page.locator('form.ws-form');
    await expect(page.getByLabel('Goal statement')).toBeVisible();
    await expect(form.locator('.hint')).toHaveCount(0);

    // Leaving a field empty is touching it: its own hint may now speak.
    await page.getByLabel('Direction for the year').focus();
    await page.getByLabel('Direction for the year').blur();
    await expect(form.locator('.hint').first()).toBeVisible();

    await page.getByLabel('Goal statement').fill('Improve quality');
    const panel = page.getByRole('complementary', { name: 'Coaching and preview' });
    await expect(panel.getByText('Goal statement', { exact: true })).toBeVisible();
    await expect(panel.locator('.hint').first()).toBeVisible();
    // The preview shows the result as the other person will read it.
    await expect(panel.getByText('Improve quality')).toBeVisible();
  });

  test('the preview shows what was written when the worksheet is opened again, without a keystroke', async ({
    page,
  }) => {
    // A wide screen: the preview starts open. A new, untouched worksheet has nothing to show.
    await openHydrated(page, '/en/worksheets/smart-ar/');
    const panel = page.getByRole('complementary', { name: 'Coaching and preview' });
    await expect(panel.getByText(/^Start writing: the result builds up here/)).toBeVisible();
    await page.getByLabel('Goal statement').fill('Cut first-response time to four hours');
    await expect(page.getByText(/^Saved/)).toBeVisible();
    const address = page.url();

    await openHydrated(page, address);
    await expect(panel.getByText('Cut first-response time to four hours')).toBeVisible();
  });

  test('on a wide screen the preview’s agenda table fits the panel: nothing is cut off', async ({ page }) => {
    await openHydrated(page, '/en/worksheets/prep-planner/');
    await page.getByLabel('Point', { exact: true }).fill('Cut first-response time to four hours');
    const panel = page.getByRole('complementary', { name: 'Coaching and preview' });
    await expect(panel.getByRole('columnheader', { name: 'Minutes' })).toBeVisible();
    const overflow = await panel.evaluate((aside) => aside.scrollWidth - aside.clientWidth);
    expect(overflow).toBe(0);
    const table = await panel.locator('table').evaluate((table) => ({
      table: table.getBoundingClientRect().right,
      panel: table.closest('aside')!.getBoundingClientRect().right,
    }));
    expect(table.table).toBeLessThanOrEqual(table.panel);
  });

  test('on a phone the preview of an untouched worksheet opens on request', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openHydrated(page, '/en/worksheets/prep-planner/');
    const preview = page.getByRole('complementary', { name: 'Coaching and preview' }).locator('details');
    await expect(preview).not.toHaveAttribute('open');
    await preview.locator('summary').click();
    // The Markdown writer loads on that press: the worksheet's title line appears.
    await expect(preview.locator('.ws-preview__title')).toBeVisible();
  });

  test('lists start with one empty row ready to type', async ({ page }) => {
    await openHydrated(page, '/en/worksheets/prep-sheet/');
    const win = page.getByLabel('Win 1', { exact: true });
    await expect(win).toBeEditable();
    await expect(win).toHaveValue('');
    await expect(page.getByRole('button', { name: 'Add a win' })).toHaveCount(0);
    await win.fill('Renewed the east-region contract on my own');
    await expect(page.getByRole('button', { name: 'Add a win' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^Remove item 1 of The two things that went best/ }),
    ).toBeVisible();
  });

  test('the toolbar has one primary action and a menu that works by keyboard', async ({ page }) => {
    await openHydrated(page, '/en/worksheets/feedback/');
    const toolbar = page.getByRole('group', { name: 'Worksheet actions' });
    await expect(toolbar.getByRole('button')).toHaveCount(2);
    const more = toolbar.getByRole('button', { name: 'More' });
    await more.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'More' });
    await expect(menu).toBeVisible();
    await expect(menu.getByRole('menuitem', { name: 'Export JSON' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Download Markdown' })).toBeFocused();
    await page.keyboard.press('End');
    await expect(menu.getByRole('menuitem', { name: 'New worksheet' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(more).toBeFocused();

    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: 'Export JSON' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Enter');
    expect((await download).suggestedFilename()).toMatch(/^coaching-feedback-\d{4}-\d{2}-\d{2}\.md$/);
    await expect(menu).toBeHidden();
  });

  test('the toolbar stays in reach on a long form', async ({ page }) => {
    await openHydrated(page, '/worksheets/smart-ar/');
    await page.getByLabel('调整', { exact: false }).first().scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 4000);
    await expect(
      page.getByRole('group', { name: '工作表操作' }).getByRole('button', { name: '更多' }),
    ).toBeInViewport();
  });

  test('the 0–10 likelihood fits one row on a phone', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await openHydrated(page, '/worksheets/smart-ar/');
    const zero = await page.getByRole('radio', { name: '0', exact: true }).locator('..').boundingBox();
    const ten = await page.getByRole('radio', { name: '10', exact: true }).locator('..').boundingBox();
    expect(zero && ten && Math.abs(zero.y - ten.y)).toBe(0);
    expect(ten && ten.x + ten.width).toBeLessThanOrEqual(390);
    await page.getByRole('radio', { name: '7', exact: true }).click();
    await expect(page.getByRole('radio', { name: '7', exact: true })).toBeChecked();
  });
});

test.describe('dates are local', () => {
  test.use({ timezoneId: 'Asia/Shanghai', locale: 'zh-CN' });

  test('at 07:30 in Shanghai (23:30 UTC the day before) files and titles carry the local date', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date('2026-03-01T23:30:00Z'));
    await openHydrated(page, '/worksheets/prep-sheet/');
    await page.getByLabel('员工（这是谁的准备单）', { exact: true }).fill('小林');
    await page.getByLabel('话题 1', { exact: true }).fill('新客户首次响应时间偏长');
    await expect(page.getByText(/^已保存于/)).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('group', { name: '工作表操作' }).getByRole('button', { name: '导出 JSON' }).click();
    expect((await download).suggestedFilename()).toBe('coaching-prep-sheet-小林-2026-03-02.json');

    // The preview's header (the Markdown header) says the local day too.
    await expect(page.getByRole('complementary').getByText(/更新于：2026-03-02/)).toBeVisible();

    await page.goto('/worksheets/');
    await expect(page.getByText('谈话准备单 · 2026-03-02')).toBeVisible();

    // A new flash retro starts dated the local day.
    await openHydrated(page, '/worksheets/flash-retro/');
    await expect(page.getByLabel('复盘日期')).toHaveValue('2026-03-02');
  });
});

test.describe('a short question page', () => {
  test('a chosen prep sheet shows as a summary with edit, and generate is in view', async ({ page }) => {
    await openHydrated(page, '/en/worksheets/prep-sheet/');
    await page.getByLabel('Title', { exact: true }).fill('Sam, March prep');
    await page.getByLabel('Topic 1', { exact: true }).fill('Handing over the key accounts');
    await page.getByLabel('Puzzle 1', { exact: true }).fill('How much to delegate to the new hire');
    await expect(page.getByText(/^Saved at/)).toBeVisible();

    await openHydrated(page, '/en/questions/');
    await page.getByRole('button', { name: 'Use a saved prep sheet' }).click();
    await expect(page.getByLabel('Saved prep sheets')).toBeFocused();
    await page.getByLabel('Saved prep sheets').selectOption({ label: 'Sam, March prep' });
    await expect(page.getByText('How much to delegate to the new hire')).toBeVisible();
    await expect(page.getByLabel('Topic 1', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Generate questions' })).toBeInViewport();

    await page.getByRole('button', { name: 'Edit here' }).click();
    await expect(page.getByLabel('Topic 1', { exact: true })).toHaveValue('Handing over the key accounts');
    // A long sheet: "generate" stays pinned in view.
    await expect(page.getByRole('button', { name: 'Generate questions' })).toBeInViewport();
    await page.getByRole('button', { name: 'Generate questions' }).click();
    await expect(page.getByRole('heading', { name: 'W · Will' })).toBeVisible();
  });
});
