import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { openHydrated } from '../support/hydration';

/** How many scenarios the content ships (the same files in every language). */
const scenarioCount = readdirSync(
  join(import.meta.dirname, '..', '..', 'content', 'zh-cn', 'workshop', 'scenarios'),
).length;

test.describe('workshop index', () => {
  test('lists the agendas and the scenarios, and says where to clear practice data', async ({ page }) => {
    await page.goto('/workshop/');
    await expect(page.getByRole('heading', { level: 1, name: '工作坊' })).toBeVisible();
    const agendas = page.getByRole('region', { name: '议程' });
    await expect(agendas.getByRole('heading', { level: 3 })).toHaveCount(3);
    await expect(agendas.getByRole('link', { name: /90 分钟入门工作坊/ })).toHaveAttribute(
      'href',
      '/workshop/agendas/intro-90/',
    );
    const scenarios = page.getByRole('region', { name: '角色扮演情境卡' });
    await expect(scenarios.getByRole('heading', { level: 3 })).toHaveCount(scenarioCount);
    await expect(scenarios.getByRole('link', { name: '谈话中途问起晋升' })).toHaveAttribute(
      'href',
      '/workshop/scenarios/pay-or-promotion/',
    );
    await expect(scenarios.getByRole('link', { name: '交付一再延误' })).toHaveAttribute(
      'href',
      '/workshop/scenarios/delivery-delays/',
    );
    await expect(page.getByRole('link', { name: '到“我的工作表”清除练习数据' })).toHaveAttribute(
      'href',
      '/worksheets/',
    );

    await page.goto('/en/workshop/');
    await expect(page.getByRole('link', { name: 'Repeated delivery delays' })).toHaveAttribute(
      'href',
      '/en/workshop/scenarios/delivery-delays/',
    );
    await expect(page.getByRole('link', { name: 'Clear practice data in My worksheets' })).toHaveAttribute(
      'href',
      '/en/worksheets/',
    );
  });
});

test.describe('agenda page', () => {
  test('shows the agenda’s slide-free demo script, linked from the block it runs in', async ({ page }) => {
    await page.goto('/en/workshop/agendas/half-day-practice/');
    const demo = page.getByRole('region', { name: /^Demo script: The same case, handled twice/ });
    await expect(demo.getByRole('heading', { name: /Version 1: emotional/ })).toBeVisible();
    await expect(demo.getByRole('heading', { name: /Version 2: with BEST/ })).toBeVisible();
    await page.locator('#feedback-demo').getByRole('link', { name: 'Demo script' }).click();
    await expect(page).toHaveURL(/#demo-script$/);
    await page.goto('/workshop/agendas/intro-90/');
    await expect(page.getByRole('region', { name: /^演示脚本：/ })).toContainText('戴文涛');
  });

  test('shows the total time, a timed schedule and every block at its own anchor', async ({ page }) => {
    await page.goto('/workshop/agendas/four-sessions/');
    await expect(page.getByTestId('agenda-total')).toHaveText('4 次，每次 45 分钟，共 180 分钟');
    const schedules = page.getByRole('region', { name: /分钟$/ });
    await expect(schedules).toHaveCount(4);
    const firstRow = schedules.first().getByRole('row').nth(1);
    await expect(firstRow.getByRole('cell').first()).toHaveText('0:00–0:05');
    await expect(schedules.first().getByRole('row').last().getByRole('cell').first()).toHaveText('0:40–0:45');

    await firstRow.getByRole('link').click();
    await expect(page).toHaveURL(/#s1-opening$/);
    const block = page.locator('[id="s1-opening"]');
    await expect(block.getByRole('heading', { name: /开场：为什么分四次上，怎么上/ })).toBeInViewport();
    await expect(block.getByRole('link', { name: /方法框架/ })).toHaveAttribute(
      'href',
      '/guide/overview/#framework',
    );

    await expect(page.getByRole('link', { name: '开始讲师模式' })).toHaveAttribute(
      'href',
      '/workshop/agendas/four-sessions/present/',
    );
  });

  test('shows a single-session total in English, with worksheet links', async ({ page }) => {
    await page.goto('/en/workshop/agendas/intro-90/');
    await expect(page.getByTestId('agenda-total')).toHaveText('90 minutes');
    await expect(
      page
        .getByRole('region', { name: /90 minutes$/ })
        .getByRole('row')
        .last(),
    ).toContainText('1:25–1:30');
    await expect(
      page
        .locator('[id="grow-practice"]')
        .getByRole('link', { name: /^Worksheet:/ })
        .first(),
    ).toHaveAttribute('href', /^\/en\/worksheets\/[a-z-]+\/$/);
  });
});

test.describe('presenter mode', () => {
  test('tells the whole session against the plan and can carry the clock on', async ({ page }) => {
    await page.clock.install({ time: new Date('2030-03-04T09:00:00Z') });
    await openHydrated(page, '/en/workshop/agendas/intro-90/present/');
    await page.clock.pauseAt(new Date('2030-03-04T09:01:00Z'));
    const plan = page.getByTestId('presenter-plan');
    await expect(plan).toContainText('on plan');
    await expect(page.getByRole('button', { name: 'Full screen' })).toBeVisible();

    await page.getByLabel('Keep the clock running into the next block').check();
    await page.getByRole('button', { name: 'Start' }).click();
    // Seven minutes on a five-minute block: two behind.
    await page.clock.runFor(7 * 60_000);
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page.getByTestId('presenter-state')).toHaveText('Running');
    await expect(plan).toContainText('2 min behind plan');
    await page.clock.runFor(3_000);
    await expect(page.getByRole('timer')).toHaveText('9:57');
  });

  test('switches language on the same block, with the site header hidden', async ({ page }) => {
    await openHydrated(page, '/en/workshop/agendas/intro-90/present/#block=why-coaching');
    const title = page.locator('#presenter-block-title');
    await expect(title).toHaveText('Why coaching, not status updates');
    await page.keyboard.press('ArrowRight');
    await expect(title).toHaveText('The five steps on one page');
    await expect(page).toHaveURL(/#block=five-steps$/);
    await page.getByRole('link', { name: '中文' }).click();
    await expect(page).toHaveURL(/\/workshop\/agendas\/intro-90\/present\/#block=five-steps$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('#presenter-block-title')).not.toHaveText('The five steps on one page');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/workshop\/agendas\/intro-90\/present\/#block=five-steps$/);
    await expect(title).toHaveText('The five steps on one page');
  });

  test('keeps the block when the language is switched before the page has hydrated', async ({ page }) => {
    // A slow phone: the presenter's code has not run, so the link still names the first block.
    await page.route('**/_astro/*.js', (route) => route.abort('internetdisconnected'));
    await page.goto('/workshop/agendas/intro-90/present/#block=five-steps');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en\/workshop\/agendas\/intro-90\/present\/#block=five-steps$/);
  });

  test('runs the countdown from the keyboard', async ({ page }) => {
    await page.clock.install({ time: new Date('2030-03-04T09:00:00Z') });
    await openHydrated(page, '/en/workshop/agendas/intro-90/present/');
    // From here on, time moves only when the test says so.
    await page.clock.pauseAt(new Date('2030-03-04T09:01:00Z'));
    const timer = page.getByRole('timer');
    const state = page.getByTestId('presenter-state');
    const title = page.locator('#presenter-block-title');

    await expect(title).toHaveText('Welcome: think of your last 1:1');
    await expect(timer).toHaveText('5:00');
    await expect(state).toHaveText('Not started');
    await expect(page.getByText('start / pause')).toBeVisible();

    await page.keyboard.press('Space');
    await page.clock.runFor(3_000);
    await expect(timer).toHaveText('4:57');
    await expect(state).toHaveText('Running');
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();

    await page.keyboard.press('ArrowRight');
    await expect(title).toHaveText('Why coaching, not status updates');
    await expect(timer).toHaveText('10:00');
    await expect(page).toHaveURL(/#block=why-coaching$/);
    await expect(page.getByTestId('presenter-position')).toHaveText('Block 2 of 9');
    await expect(page.getByTestId('presenter-announcer')).toHaveText(
      'Block 2 of 9: Why coaching, not status updates, 10 minutes.',
    );
    await page.clock.runFor(5_000);
    await expect(timer).toHaveText('10:00');

    await page.keyboard.press('ArrowLeft');
    await expect(title).toHaveText('Welcome: think of your last 1:1');
    await expect(timer).toHaveText('4:57');
    await expect(state).toHaveText('Paused');

    await page.keyboard.press('r');
    await expect(timer).toHaveText('5:00');
    await expect(state).toHaveText('Not started');

    // The last minute turns the clock to its warning colour; zero says so and stays put.
    await page.keyboard.press('Space');
    await page.clock.runFor(4 * 60_000 + 5_000);
    await expect(timer).toHaveText('0:55');
    await expect(state).toHaveText('Last minute');
    await page.clock.runFor(65_000);
    await expect(timer).toHaveText('0:00');
    await expect(state).toHaveText('Time’s up · 0:10 over');
    await expect(title).toHaveText('Welcome: think of your last 1:1');

    // PageDown/PageUp (a presentation clicker) move too, and a reload comes back to the block.
    await page.keyboard.press('PageDown');
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#block=five-steps$/);
    await page.reload();
    await expect(title).toHaveText('The five steps on one page');
    await page.keyboard.press('PageUp');
    await expect(title).toHaveText('Why coaching, not status updates');
  });

  test('works with the buttons and shows the session of a series', async ({ page }) => {
    await openHydrated(page, '/workshop/agendas/four-sessions/present/#block=s1-homework');
    await expect(page.locator('#presenter-block-title')).toHaveText('课后作业：谈一次目标');
    await expect(page.getByText('下一场：第二次：PREP 与异步准备')).toBeVisible();
    await page.getByRole('button', { name: '下一段' }).click();
    await expect(page.locator('#presenter-block-title')).toHaveText('作业回顾：目标谈得怎么样');
    await expect(page.getByText(/^本场\s*第二次：PREP 与异步准备$/)).toBeVisible();
    await page.getByRole('button', { name: '开始' }).click();
    await expect(page.getByRole('button', { name: '暂停' })).toBeVisible();
    await page.getByLabel('跳到').selectOption({ label: '20. 收官：课上完了，方法接着用' });
    await expect(page.getByText('这是最后一段。')).toBeVisible();
    await expect(page.getByRole('button', { name: '下一段' })).toBeDisabled();
  });
});

test.describe('scenario practice data', () => {
  test('keeps each brief closed until its player opens it', async ({ page }) => {
    await page.goto('/workshop/scenarios/delivery-delays/');
    const secret = page.getByText('你报工期习惯报得偏乐观');
    await expect(secret).toBeHidden();
    await page.getByText('我演员工——打开我的任务书').click();
    await expect(secret).toBeVisible();
    await expect(page.getByText('延误的日期和天数都在工单系统里')).toBeHidden();
  });

  test('loads into the worksheets without duplicating, opens, and clears', async ({ page }) => {
    await openHydrated(page, '/workshop/scenarios/delivery-delays/');
    const load = page.getByRole('button', { name: '把练习数据载入工作表' });
    await load.click();
    await expect(page.getByText('已载入 2 份练习工作表。')).toBeVisible();
    await load.click();
    await expect(page.getByText('已载入 2 份练习工作表。')).toBeVisible();

    await page.getByRole('link', { name: '打开：谈话准备单' }).click();
    await expect(page).toHaveURL(/\/worksheets\/prep-sheet\/\?id=practice-delivery-delays-prep-sheet$/);
    await expect(page.getByLabel('话题 1', { exact: true })).toHaveValue(
      '手上的活太碎，交付计划经常被临时故障打断',
    );
    await expect(page.getByLabel('员工（这是谁的准备单）', { exact: true })).toHaveValue('邵磊');
    await expect(page.getByText('练习数据', { exact: true })).toBeVisible();

    await openHydrated(page, '/worksheets/');
    // Saved work comes grouped by person: both practice sheets are about 邵磊.
    const group = page.getByRole('region', { name: '邵磊' });
    await expect(group.getByRole('heading', { name: '邵磊 · 2 份' })).toBeVisible();
    await expect(group.getByRole('listitem')).toHaveCount(2);
    await expect(page.getByText('显示 2 / 2 份')).toBeVisible();

    await openHydrated(page, '/workshop/scenarios/delivery-delays/');
    await expect(page.getByRole('link', { name: '打开：3E / BEST 反馈草稿' })).toBeVisible();
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: '清除全部练习数据' }).click();
    await expect(page.getByRole('link', { name: '打开：谈话准备单' })).toBeVisible();

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: '清除全部练习数据' }).click();
    await expect(page.getByText('已清除 2 份练习工作表。')).toBeVisible();
    await expect(page.getByRole('link', { name: '打开：谈话准备单' })).toHaveCount(0);

    await openHydrated(page, '/worksheets/');
    await expect(page.getByText('这个浏览器里还没有保存过工作表。', { exact: false })).toBeVisible();
  });

  test('loads the English goal and feedback draft too', async ({ page }) => {
    await openHydrated(page, '/en/workshop/scenarios/sales-slump/');
    await page.getByRole('button', { name: 'Load the practice data into the worksheets' }).click();
    await expect(page.getByText('Loaded 3 practice worksheets.', { exact: false })).toBeVisible();
    await page.getByRole('link', { name: 'Open: SMART-AR goal builder' }).click();
    await expect(page).toHaveURL(/\/en\/worksheets\/smart-ar\/\?id=practice-sales-slump-smart-ar$/);
    await expect(page.getByLabel('Person', { exact: true })).toHaveValue('Nadia');
  });
});

test.describe('agenda materials', () => {
  for (const path of [
    '/workshop/agendas/intro-90/',
    '/workshop/agendas/half-day-practice/',
    '/workshop/agendas/four-sessions/',
    '/en/workshop/agendas/intro-90/',
    '/en/workshop/agendas/half-day-practice/',
    '/en/workshop/agendas/four-sessions/',
  ]) {
    test(`${path}: every material the toolkit provides links to a page and section that exist`, async ({
      page,
      request,
    }) => {
      await page.goto(path);
      const hrefs = [
        ...new Set(
          await page
            .locator('.wk-materials a')
            .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? '')),
        ),
      ];
      expect(hrefs.length).toBeGreaterThan(5);
      const broken: string[] = [];
      for (const href of hrefs) {
        const [address = '', anchor] = href.split('#');
        const response = await request.get(address);
        if (response.status() !== 200) broken.push(`${href}: ${response.status()}`);
        else if (anchor && !(await response.text()).includes(`id="${anchor}"`))
          broken.push(`${href}: no #${anchor}`);
        // Same language as the agenda.
        if (path.startsWith('/en/') !== address.startsWith('/en/')) broken.push(`${href}: other language`);
      }
      expect(broken).toEqual([]);
    });
  }
});
