import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/fixtures';
import { openHydrated } from '../support/hydration';

/** The filled-in states (lists, hints, banners) are checked too, not only the empty page. */
async function expectNoAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  expect(
    result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}

/** Fills an English prep sheet at /en/worksheets/prep-sheet/ and waits until it is saved. */
async function fillEnglishPrepSheet(page: Page) {
  await page.goto('/en/worksheets/prep-sheet/');
  await page.getByLabel('Title', { exact: true }).fill('Sam, November prep');
  await page.getByLabel('Employee (whose sheet this is)', { exact: true }).fill('Sam');
  await page.getByLabel('Topic 1', { exact: true }).fill('First response time for new clients');
  await page.getByRole('button', { name: 'Add a topic' }).click();
  await page.getByLabel('Topic 2', { exact: true }).fill('Running the quarterly review');
  // The manager's part is folded for the employee; the manager opens it.
  await page.getByText('Manager’s part: key metrics and projects').click();
  await page.getByLabel('Metric', { exact: true }).fill('First response time');
  await page.getByLabel('Previous', { exact: true }).fill('6 h');
  await page.getByLabel('Current', { exact: true }).fill('4 h');
  await page.getByLabel('Target', { exact: true }).fill('2 h');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
}

test.describe('prep sheet', () => {
  test('keeps every field after a reload', async ({ page }) => {
    await page.goto('/worksheets/prep-sheet/');
    // Only a saved sheet can be handed on to the planner and the question list.
    await expect(page.getByText('开始填写、自动保存以后，这里就会出现下一步的入口。')).toBeVisible();

    await page.getByLabel('标题', { exact: true }).fill('小林 11 月准备单');
    await page.getByLabel('员工（这是谁的准备单）', { exact: true }).fill('小林');
    await page.getByLabel('谈话日期', { exact: true }).fill('2030-11-20');
    await page.getByLabel('话题 1', { exact: true }).fill('新客户首次响应时间偏长');
    await page.getByRole('button', { name: '再加一个话题' }).click();
    await page.getByLabel('话题 2', { exact: true }).fill('想参与季度复盘会的组织');
    await page.getByRole('button', { name: '再加一个话题' }).click();
    await page.getByLabel('话题 3', { exact: true }).fill('下季度的培训安排');
    await expect(page.getByRole('status').filter({ hasText: '最多 3 项' })).toBeVisible();
    await expect(page.getByText('已写 3/3 个')).toBeVisible();
    // Empty lists start with one row ready to type.
    await page.getByLabel('第 1 件', { exact: true }).fill('独立完成了华东区的续约');
    await page.getByLabel('困惑 1', { exact: true }).fill('工单和项目怎么平衡');
    await page.getByLabel('支持 1', { exact: true }).fill('请帮我约产品部的对接人');
    await page.getByText('经理的部分：关键指标与项目进展').click();
    await page.getByLabel('指标名称', { exact: true }).fill('首次响应时长');
    await page.getByLabel('上期', { exact: true }).fill('6 小时');
    await page.getByLabel('本期', { exact: true }).fill('4 小时');
    await page.getByLabel('目标', { exact: true }).fill('2 小时');
    await page.getByLabel('项目名称', { exact: true }).fill('知识库改版');
    await page.getByLabel('进展', { exact: true }).fill('完成 60%');
    await expect(page.getByText(/^已保存于/)).toBeVisible();
    await expect(page.getByRole('link', { name: '据此规划 PREP 谈话' })).toBeVisible();
    await expect(page).toHaveURL(/\?id=/);

    await page.reload();
    const expected: [string, string][] = [
      ['标题', '小林 11 月准备单'],
      ['员工（这是谁的准备单）', '小林'],
      ['谈话日期', '2030-11-20'],
      ['话题 1', '新客户首次响应时间偏长'],
      ['话题 2', '想参与季度复盘会的组织'],
      ['话题 3', '下季度的培训安排'],
      ['第 1 件', '独立完成了华东区的续约'],
      ['困惑 1', '工单和项目怎么平衡'],
      ['支持 1', '请帮我约产品部的对接人'],
      ['指标名称', '首次响应时长'],
      ['上期', '6 小时'],
      ['本期', '4 小时'],
      ['目标', '2 小时'],
      ['项目名称', '知识库改版'],
      ['进展', '完成 60%'],
    ];
    for (const [label, value] of expected) {
      await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
    }
    await expect(page.getByText('8 / 500')).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('explains how to send it to the manager', async ({ page }) => {
    await page.goto('/en/worksheets/prep-sheet/');
    await expect(page.getByText(/press “Export JSON” at the top of the page/)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Import it on My worksheets' })).toHaveAttribute(
      'href',
      '/en/worksheets/',
    );
  });
});

test.describe('from a prep sheet to the conversation', () => {
  test('a plan whose starting words cannot load says so, and starts once they can', async ({ page }) => {
    await fillEnglishPrepSheet(page);
    const sheetId = new URL(page.url()).searchParams.get('id') ?? '';
    // The flow's words load only for a plan started from a sheet; here the connection drops.
    const words = '**/_astro/plan-from-prep-sheet.*.js';
    await page.route(words, (route) => route.abort('internetdisconnected'));
    await page.goto(`/en/worksheets/prep-planner/?from=${sheetId}`);
    await expect(page.getByText(/^Part of (this|the) page couldn’t load/)).toBeVisible();
    await expect(page.getByText('Opening the worksheet…')).toHaveCount(0);

    await page.unroute(words);
    await page.reload();
    await expect(page.getByLabel('Point', { exact: true })).toHaveValue(
      'First response time for new clients\nRunning the quarterly review',
    );
  });

  test('starts a PREP planner with Point and Reason filled in', async ({ page }) => {
    await fillEnglishPrepSheet(page);
    const sheetId = new URL(page.url()).searchParams.get('id') ?? '';
    const link = page.getByRole('link', { name: 'Plan the conversation with PREP' });
    await expect(link).toHaveAttribute('href', `/en/worksheets/prep-planner/?from=${sheetId}`);
    await link.click();

    await expect(page).toHaveURL(/\/en\/worksheets\/prep-planner\/\?id=/);
    await expect(page.getByLabel('Point', { exact: true })).toHaveValue(
      'First response time for new clients\nRunning the quarterly review',
    );
    await expect(page.getByLabel('Reason', { exact: true })).toHaveValue(
      'First response time: previous 6 h → now 4 h, target 2 h',
    );
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue('PREP planner · Sam, November prep');
    await expect(page.getByLabel('Person', { exact: true })).toHaveValue('Sam');
    await expect(page.getByText('40 minutes in total (aim for 30–60)')).toBeVisible();
    await expectNoAxeViolations(page);

    await page
      .getByLabel('Plan', { exact: true })
      .fill('Sam drafts the reply templates by Friday 2030-11-22');
    await expect(page.getByText(/^Saved at/)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Point', { exact: true })).toHaveValue(
      /First response time for new clients/,
    );
    await expect(page.getByLabel('Plan', { exact: true })).toHaveValue(
      'Sam drafts the reply templates by Friday 2030-11-22',
    );
  });

  test('offers saved prep sheets on a new planner', async ({ page }) => {
    await fillEnglishPrepSheet(page);
    await page.goto('/en/worksheets/prep-planner/');
    await page.getByRole('button', { name: 'Show my saved prep sheets' }).click();
    const start = page.getByRole('link', { name: 'Start from “Sam, November prep”' });
    await expect(start).toBeVisible();
    await expect(page.getByText(/^Updated \d{4}-\d{2}-\d{2}$/)).toBeVisible();
    await expectNoAxeViolations(page);
    await start.click();
    await expect(page.getByLabel('Point', { exact: true })).toHaveValue(/Running the quarterly review/);
  });

  test('a blank GROW list reads no storage until asked; a failed read keeps the button for a retry (zh)', async ({
    page,
  }) => {
    const storageCode: string[] = [];
    let failNext = true;
    await page.route(/\/_astro\/localforage\.[^/]+\.js$/, async (route) => {
      storageCode.push(route.request().url());
      if (failNext) {
        failNext = false;
        await route.abort('internetdisconnected');
      } else await route.continue();
    });
    await openHydrated(page, '/worksheets/grow-questions/');
    await expect(page.getByRole('heading', { name: '从准备单生成' })).toBeVisible();
    expect(storageCode).toEqual([]);
    const show = page.getByRole('button', { name: '列出已保存的准备单' });
    await show.click();
    await expect(page.getByText('读不到已保存的准备单')).toBeVisible();
    // The store tries IndexedDB again a second after the failure; until then a retry still fails.
    const none = page.getByText('这个浏览器里还没有保存过准备单。');
    await expect(async () => {
      if (await none.isVisible()) return;
      if ((await show.isVisible()) && (await show.isEnabled())) await show.click();
      await expect(none).toBeVisible({ timeout: 1000 });
    }).toPass({ intervals: [300], timeout: 15_000 });
    await expect(page.locator('.prep-chooser__list')).toBeFocused();
    expect(storageCode).toHaveLength(2);
  });

  test('drafts a GROW list with questions for every stage', async ({ page }) => {
    await page.goto('/worksheets/prep-sheet/');
    await page.getByLabel('标题', { exact: true }).fill('小林 11 月准备单');
    await page.getByLabel('员工（这是谁的准备单）', { exact: true }).fill('小林');
    await page.getByLabel('话题 1', { exact: true }).fill('新客户首次响应时间偏长');
    await page.getByLabel('困惑 1', { exact: true }).fill('工单和项目怎么平衡');
    await expect(page.getByText(/^已保存于/)).toBeVisible();
    await page.getByRole('link', { name: '据此生成 GROW 问题清单' }).click();

    await expect(page).toHaveURL(/\/worksheets\/grow-questions\/\?id=/);
    await expect(page.getByLabel('标题', { exact: true })).toHaveValue('GROW 问题清单 · 小林 11 月准备单');
    await expect(page.getByLabel('对象', { exact: true })).toHaveValue('小林');
    await expect(page.getByText('这些问题由内置规则根据准备单拟出')).toBeVisible();
    for (const stage of ['目标', '现状', '方案', '意愿']) {
      const question = page
        .getByRole('group', { name: `${stage}问题 1`, exact: true })
        .getByLabel('问题', { exact: true });
      await expect(question).not.toHaveValue('');
    }
    await expect(
      page.getByRole('group', { name: '目标问题 1', exact: true }).getByLabel('问题', { exact: true }),
    ).toHaveValue(/首次响应/);
    await expectNoAxeViolations(page);
  });
});

test.describe('GROW question list', () => {
  test('reorders within a stage and ticks questions off, and keeps both after a reload', async ({ page }) => {
    await page.goto('/en/worksheets/grow-questions/');
    await expect(page.getByRole('button', { name: 'Add a Goal question' })).toBeVisible();
    // An untouched list says nothing yet about the stages it lacks.
    await expect(page.getByText(/No Goal question yet/)).toHaveCount(0);

    await page.getByRole('button', { name: 'Add a Goal question' }).click();
    const firstText = page
      .getByRole('group', { name: 'Goal question 1', exact: true })
      .getByLabel('Question', { exact: true });
    await expect(firstText).toBeFocused();
    await firstText.fill('What would you like this quarter to have changed?');
    await page.getByRole('button', { name: 'Add a Goal question' }).click();
    await page
      .getByRole('group', { name: 'Goal question 2', exact: true })
      .getByLabel('Question', { exact: true })
      .fill('Did you finish the report?');
    // A yes/no question is flagged.
    await expect(
      page
        .getByRole('complementary', { name: 'Coaching and preview' })
        .getByText(/can be answered with a plain yes or no/),
    ).toBeVisible();
    await page
      .getByRole('group', { name: 'Goal question 2', exact: true })
      .getByLabel('Question', { exact: true })
      .fill('Which result matters most to you?');
    await expect(page.getByText(/No Goal question yet/)).toHaveCount(0);

    await page
      .getByRole('group', { name: 'Goal question 2', exact: true })
      .getByRole('button', { name: 'Move up' })
      .click();
    await expect(page.getByRole('status').filter({ hasText: 'Moved to number 1 under Goal' })).toBeAttached();
    const first = page.getByRole('group', { name: 'Goal question 1', exact: true });
    await expect(first.getByLabel('Question', { exact: true })).toHaveValue(
      'Which result matters most to you?',
    );
    await expect(first.getByRole('button', { name: 'Move up' })).toBeFocused();
    await expect(
      page
        .getByRole('group', { name: 'Goal question 2', exact: true })
        .getByLabel('Question', { exact: true }),
    ).toHaveValue('What would you like this quarter to have changed?');

    await first.getByRole('checkbox', { name: 'Asked' }).check();
    await first.getByLabel('Their answer', { exact: true }).fill('Fewer escalations from new clients');
    await page.getByRole('button', { name: 'Add a Will question' }).click();
    await page
      .getByRole('group', { name: 'Will question 1', exact: true })
      .getByLabel('Question', { exact: true })
      .fill('What will you try first, and when?');
    await page.getByLabel('Their commitment, in their words').fill('Draft three reply templates by Friday');
    await expect(page.getByText('1 of 3 questions asked')).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByText(/^Saved at/)).toBeVisible();

    await page.reload();
    const reloaded = page.getByRole('group', { name: 'Goal question 1', exact: true });
    await expect(reloaded.getByLabel('Question', { exact: true })).toHaveValue(
      'Which result matters most to you?',
    );
    await expect(reloaded.getByRole('checkbox', { name: 'Asked' })).toBeChecked();
    await expect(reloaded.getByLabel('Their answer', { exact: true })).toHaveValue(
      'Fewer escalations from new clients',
    );
    await expect(
      page
        .getByRole('group', { name: 'Goal question 2', exact: true })
        .getByRole('checkbox', { name: 'Asked' }),
    ).not.toBeChecked();
    await expect(page.getByLabel('Their commitment, in their words')).toHaveValue(
      'Draft three reply templates by Friday',
    );

    await page
      .getByRole('group', { name: 'Goal question 2', exact: true })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(page.getByRole('group', { name: 'Goal question 2', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add a Goal question' })).toBeFocused();
  });
});
