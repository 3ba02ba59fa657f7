import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/fixtures';
import { openHydrated } from '../support/hydration';

/**
 * The dashboards with a team of five over four months (test/fixtures/team-over-four-months.json,
 * the sample team as of 2026-06-15 exported as real worksheets). The page clock is fixed to
 * that day so the health, signals and coverage are the ones the fixture was built for.
 */
const fixture = new URL('../fixtures/team-over-four-months.json', import.meta.url);
const TODAY = new Date('2026-06-15T10:00:00');

async function importFixture(page: Page) {
  await page.clock.setFixedTime(TODAY);
  await openHydrated(page, '/en/worksheets/');
  await page.locator('input[type=file]').setInputFiles({
    name: 'team.json',
    mimeType: 'application/json',
    buffer: await readFile(fixture),
  });
  await expect(page.getByText('Imported 19 worksheets.')).toBeVisible();
}

async function expectNoAxeViolations(page: Page) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );
}

const rows = (page: Page) => page.locator('.dash-person');
const row = (page: Page, name: string) => page.locator(`.dash-person[data-person="${name}"]`);

test.describe('My team', () => {
  test('sorts people by what needs attention first, with signals and coverage in words', async ({ page }) => {
    await importFixture(page);
    await openHydrated(page, '/en/dashboard/team/');
    await expect(rows(page)).toHaveCount(5);
    await expect(rows(page).locator('h3')).toHaveText(['Lin', 'Chen', 'Zhao', 'Wang', 'Zhou']);
    await expect(row(page, 'Lin').locator('.dash-person__head .health')).toHaveText('✕Off track');
    await expect(row(page, 'Lin')).toContainText(
      'The flash retro of 2026-05-28 called it a goal problem, but no goal adjustment was logged after it.',
    );
    await expect(row(page, 'Lin')).toContainText('was moved later 2 times');
    await expect(row(page, 'Chen')).toContainText('Feedback not followed up');
    await expect(row(page, 'Chen')).toContainText('No micro-action');
    await expect(row(page, 'Zhao')).toContainText('is blocked: The course seat isn’t approved yet.');
    await expect(row(page, 'Wang')).toContainText('Last conversation 45 days ago (2026-05-01)');
    await expect(row(page, 'Zhou')).toContainText('flash retro done this month');
    await expect(page.getByText('Had a conversation in the last 30 days: 4 of 5 (80%)')).toBeVisible();
    await expect(page.getByText('Got feedback in the last 30 days: 1 of 5 (20%)')).toBeVisible();
    // Every state and signal explains itself in the guide.
    await expect(row(page, 'Lin').getByRole('link', { name: 'Why?' }).first()).toHaveAttribute(
      'href',
      /\/en\/guide\/[a-z]+\/#[a-z0-9-]+$/,
    );
    await expectNoAxeViolations(page);
  });

  test('shows a person’s growth trail, filtered by period', async ({ page }) => {
    await importFixture(page);
    await openHydrated(page, '/en/dashboard/team/');
    await row(page, 'Zhao').getByRole('button', { name: 'Growth trail' }).click();
    await expect(page.getByRole('heading', { name: 'Zhao’s growth trail' })).toBeVisible();
    const events = page.locator('.dash-trail__event');
    await expect(events).toHaveCount(5);
    await expect(events.filter({ hasText: 'Flash retro' })).toContainText('Judged: a goal problem');
    await expect(events.filter({ hasText: 'Goal adjustment' }).first()).toContainText(
      'Why: The new channel policy slipped a quarter',
    );
    await page.getByLabel('From').fill('2026-05-26');
    await page.getByLabel('To').fill('2026-06-01');
    await expect(events).toHaveCount(2);
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Back to the team' }).click();
    await expect(rows(page)).toHaveCount(5);
  });

  test('renames a person everywhere and merges two spellings', async ({ page }) => {
    await importFixture(page);
    await openHydrated(page, '/en/dashboard/team/');
    await page.getByLabel('Person', { exact: true }).selectOption('Chen');
    await page.getByLabel('New name').fill('Chen Mo');
    await page.getByRole('button', { name: 'Rename or merge' }).click();
    await expect(page.getByText('Renamed “Chen” to “Chen Mo” on 4 worksheets.')).toBeVisible();
    await expect(row(page, 'Chen Mo')).toBeVisible();
    await expect(row(page, 'Chen')).toHaveCount(0);

    await page.getByLabel('Person', { exact: true }).selectOption('Wang');
    await page.getByLabel('New name').fill('chen mo');
    await page.getByRole('button', { name: 'Rename or merge' }).click();
    await expect(page.getByText('Merged “Wang” into “Chen Mo” on 1 worksheets.')).toBeVisible();
    await expect(rows(page)).toHaveCount(4);
    await expect(row(page, 'Wang')).toHaveCount(0);

    // The rename reached the worksheets themselves.
    await openHydrated(page, '/en/worksheets/');
    await expect(page.getByRole('option', { name: 'Chen Mo', exact: true })).toHaveCount(1);
    await expect(page.getByRole('option', { name: 'Chen', exact: true })).toHaveCount(0);
    await expect(page.getByRole('option', { name: 'Wang', exact: true })).toHaveCount(0);
  });

  test('archives someone who left: out of the rows, worksheets kept', async ({ page }) => {
    await importFixture(page);
    await openHydrated(page, '/en/dashboard/team/');
    await page.getByLabel('Person', { exact: true }).selectOption('Wang');
    await page.getByRole('button', { name: 'Archive Wang' }).click();
    await expect(rows(page)).toHaveCount(4);
    await expect(page.getByText('Archived: Wang (1)')).toBeVisible();
    await page.reload();
    await expect(rows(page)).toHaveCount(4);
  });

  test('starts a PREP planner from a dashboard item, with the item as Point and its facts as Reason', async ({
    page,
  }) => {
    await importFixture(page);
    await openHydrated(page, '/en/dashboard/team/');
    await row(page, 'Lin')
      .getByRole('checkbox', { name: /Action overdue/ })
      .check();
    await row(page, 'Lin').getByRole('button', { name: 'Prepare the 1:1 from the 1 picked' }).click();
    await expect(page).toHaveURL(/\/en\/worksheets\/prep-planner\/\?id=[\w-]+$/);
    await expect(page.getByRole('textbox', { name: 'Person' })).toHaveValue('Lin');
    await expect(page.getByRole('textbox', { name: 'Point' })).toHaveValue(
      'Let’s start with: Action overdue',
    );
    await expect(page.getByRole('textbox', { name: 'Reason' })).toHaveValue(
      /was due for review on 2026-06-03, 12 days ago, and isn’t done\.$/,
    );
  });

  test('downloads one .ics with the upcoming review dates and a monthly flash-retro reminder per person', async ({
    page,
  }) => {
    await importFixture(page);
    await openHydrated(page, '/en/dashboard/team/');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the team calendar (.ics)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('team-calendar-2026-06-15.ics');
    const text = await readFile(await file.path(), 'utf8');
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text.match(/RRULE:FREQ=MONTHLY/g)).toHaveLength(5);
    expect(text).toContain('SUMMARY:Flash retro with Lin');
    expect(text).toContain('DTSTART;VALUE=DATE:20260701');
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    await expect(
      page.getByText(/Calendar downloaded: \d+ review dates and 5 monthly reminders\./),
    ).toBeVisible();
  });
});

test.describe('My progress', () => {
  test('teaches when empty, loads sample data as practice, and clears it', async ({ page }) => {
    await openHydrated(page, '/dashboard/');
    await expect(page.getByRole('heading', { name: '这里还是空的' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '用示例数据试一试' }).click();
    await expect(page.getByText('你现在看的是示例数据')).toBeVisible();
    await expect(page.locator('.dash-goal')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: /^7 天内到期/ })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: '清除示例和练习数据' }).click();
    await expect(page.getByRole('heading', { name: '这里还是空的' })).toBeVisible();
  });

  test('"me" moves a person’s worksheets from the team to My progress', async ({ page }) => {
    await importFixture(page);
    await openHydrated(page, '/en/dashboard/');
    await page.getByLabel('My name or pseudonym').fill('Zhao');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByText('“Me” is now: Zhao')).toBeVisible();
    await expect(page.locator('.dash-goal')).toHaveCount(2);
    await expect(page.getByText('The course seat isn’t approved yet').first()).toBeVisible();
    await openHydrated(page, '/en/dashboard/team/');
    await expect(rows(page)).toHaveCount(4);
  });
});

test.describe('employee to manager', () => {
  test('progress exported on the employee’s device, imported on the manager’s, gives the same row on My team', async ({
    page,
    browser,
  }) => {
    // The employee's device: Zhao's own goals, 5R plans and retros, taken from the team fixture.
    const team = JSON.parse(await readFile(fixture, 'utf8')) as {
      worksheets: { person?: string; kind: string }[];
    };
    const own = {
      ...team,
      worksheets: team.worksheets.filter(
        (sheet) => sheet.person === 'Zhao' && ['smart-ar', 'action-plan', 'flash-retro'].includes(sheet.kind),
      ),
    };
    await page.clock.setFixedTime(TODAY);
    await openHydrated(page, '/en/worksheets/');
    await page.locator('input[type=file]').setInputFiles({
      name: 'zhao.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(own)),
    });
    await expect(page.getByText(`Imported ${own.worksheets.length} worksheets.`)).toBeVisible();
    await openHydrated(page, '/en/dashboard/team/');
    // textContent, not innerText: a row body off screen skips rendering (content-visibility),
    // and innerText of unrendered text is empty.
    const before = (await row(page, 'Zhao').textContent()) ?? '';
    expect(before).toContain('Zhao');

    await openHydrated(page, '/en/dashboard/');
    await page.getByLabel('My name or pseudonym').fill('Zhao');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export my progress' }).click();
    const file = await readFile(await (await download).path());

    // The manager's device, empty: import the file, and Zhao's row reads as it did.
    const manager = await browser.newContext();
    const other = await manager.newPage();
    await other.clock.setFixedTime(TODAY);
    await openHydrated(other, '/en/worksheets/');
    await other.locator('input[type=file]').setInputFiles({
      name: 'progress.json',
      mimeType: 'application/json',
      buffer: file,
    });
    await expect(other.getByText(`Imported ${own.worksheets.length} worksheets.`)).toBeVisible();
    await openHydrated(other, '/en/dashboard/team/');
    await expect(rows(other)).toHaveCount(1);
    expect(await row(other, 'Zhao').textContent()).toBe(before);
    await manager.close();
  });
});

test.describe('reading the device', () => {
  test('an empty device: the dashboards read it without the storage library and create no database', async ({
    page,
  }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.js')) scripts.push(new URL(request.url()).pathname);
    });
    await openHydrated(page, '/en/dashboard/team/');
    await expect(page.getByRole('heading', { name: 'No one on your team here yet' })).toBeVisible();
    const databases = await page.evaluate(async () => (await indexedDB.databases()).map((db) => db.name));
    expect(databases).not.toContain('coaching-toolkit');
    expect(scripts.filter((path) => path.includes('localforage'))).toEqual([]);
  });

  test('shows what another tab saves, without a reload', async ({ page, context }) => {
    await page.clock.setFixedTime(TODAY);
    await openHydrated(page, '/en/dashboard/team/');
    await expect(page.getByRole('heading', { name: 'No one on your team here yet' })).toBeVisible();
    const other = await context.newPage();
    await importFixture(other);
    await expect(rows(page)).toHaveCount(5);
    await other.close();
  });

  test('a worksheet left with unsaved edits is saved first, then counted', async ({ page }) => {
    await importFixture(page);
    // A page keeps an unsaved copy in localStorage when it closes mid-typing; the next page saves
    // it. This copy is based on the stored revision (the import added one), so it is no conflict.
    const list = JSON.parse(await readFile(fixture, 'utf8')) as { worksheets: { person?: string }[] };
    const wang = list.worksheets.find((sheet) => sheet.person === 'Wang');
    await page.evaluate(
      (doc) =>
        localStorage.setItem(
          `coaching-toolkit:unsaved:${String(doc?.['id'])}`,
          JSON.stringify({ ...doc, person: 'Wang Jun', revision: Number(doc?.['revision']) + 1 }),
        ),
      wang as Record<string, unknown> | undefined,
    );
    await openHydrated(page, '/en/dashboard/team/');
    await expect(row(page, 'Wang Jun')).toBeVisible();
    expect(
      await page.evaluate(() => Object.keys(localStorage).filter((key) => key.includes(':unsaved:'))),
    ).toEqual([]);
  });
});

test.describe('when part of the page cannot load', () => {
  /** The worksheet kinds' code, fetched on demand to check each record (a dropped connection, a new deploy). */
  const kindCode =
    /\/_astro\/(smart-ar|action-plan|flash-retro|feedback|prep-sheet|prep-planner)\.[\w-]+\.js$/;

  test('a read that fails says so, changes nothing, and works on a retry', async ({ page }) => {
    await importFixture(page);
    await page.route(kindCode, (route) => route.abort('internetdisconnected'));
    await openHydrated(page, '/en/dashboard/team/');
    await expect(page.getByRole('alert')).toContainText('could not be read');
    await expect(page.getByRole('alert')).toContainText('Nothing was changed');
    await expect(rows(page)).toHaveCount(0);

    await page.unroute(kindCode);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(rows(page)).toHaveCount(5);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a growth trail whose code cannot load says so, leads back, and opens on the next try', async ({
    page,
  }) => {
    await importFixture(page);
    await openHydrated(page, '/en/dashboard/team/');
    const trailCode = /\/_astro\/Trail\.[\w-]+\.js$/;
    await page.route(trailCode, (route) => route.abort('internetdisconnected'));
    await row(page, 'Zhao').getByRole('button', { name: 'Growth trail' }).click();
    await expect(page.getByRole('alert')).toContainText('The growth trail could not open');

    await page.unroute(trailCode);
    await page.getByRole('button', { name: 'Back to the team' }).click();
    await row(page, 'Zhao').getByRole('button', { name: 'Growth trail' }).click();
    await expect(page.getByRole('heading', { name: 'Zhao’s growth trail' })).toBeVisible();
  });
});
