import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '../support/fixtures';
import { handoutCatalog } from '../../src/lib/handouts/catalog';
import { openHydrated, waitForHydration } from '../support/hydration';
import { builtPagePaths } from '../support/site-pages';

const builtPagePathsUnder = (prefix: string) => builtPagePaths().filter((path) => path.startsWith(prefix));

/** The number of pages in a PDF, counted from its page objects (not the `/Pages` tree). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
}

async function printedPages(page: Page): Promise<number> {
  return pdfPageCount(await page.pdf({ format: 'A4' }));
}

const languages = [
  { name: 'zh-CN', prefix: '' },
  { name: 'en', prefix: '/en' },
] as const;

test.describe('handouts', () => {
  for (const { name, prefix } of languages) {
    for (const handout of handoutCatalog) {
      test(`${name} ${handout.id} prints on ${handout.pages} A4 page(s) and ships no script of its own`, async ({
        page,
      }) => {
        const response = await page.goto(`${prefix}/handouts/${handout.id}/`);
        expect(response?.status()).toBe(200);
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        await expect(page.getByText(/Ctrl\+P/)).toBeVisible();
        // No island; the only script is the layout's small site script (phone menu, offline).
        await expect(page.locator('astro-island')).toHaveCount(0);
        const scripts = await page
          .locator('script[src]')
          .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? ''));
        for (const src of scripts) expect(src).toMatch(/\/_astro\/BaseLayout\.astro_astro_type_script_/);
        expect(await printedPages(page)).toBe(handout.pages);
      });
    }

    test(`${name} index links every handout and says how many pages each prints on`, async ({ page }) => {
      await page.goto(`${prefix}/handouts/`);
      for (const handout of handoutCatalog) {
        await expect(page.locator(`a[href="${prefix}/handouts/${handout.id}/"]`)).toHaveCount(1);
      }
      await expect(page.getByText(/A4 · 2 (页|pages)/).first()).toBeVisible();
    });
  }

  test('a framework sheet prints its guide link as a full address', async ({ page }) => {
    await page.goto('/en/handouts/grow/');
    const link = page.getByRole('link', { name: /\/en\/guide\/feedback\/#grow$/ });
    await expect(link).toHaveAttribute('href', '/en/guide/feedback/#grow');
    await page.emulateMedia({ media: 'print' });
    await expect(link).toBeVisible();
    await expect(page.locator('.site-header')).toBeHidden();
    await expect(page.locator('.site-footer')).toBeHidden();
    await expect(page.getByText(/Ctrl\+P/)).toBeHidden();
  });
});

test.describe('observer checklist', () => {
  test('ticks and counts, shows the score, and keeps everything after a reload', async ({ page }) => {
    await openHydrated(page, '/worksheets/observer-checklist/');
    await page.getByLabel('演的是哪个案例', { exact: true }).fill('sales-slump');
    await page.getByLabel('扮演经理的人', { exact: true }).fill('小戴');
    await page.getByRole('checkbox', { name: 'P 主题', exact: true }).check();
    const moreGoal = page.getByRole('button', { name: /目标问题加一个/ });
    await moreGoal.click();
    await moreGoal.click();
    await page.getByRole('button', { name: /意愿问题加一个/ }).click();
    await page.getByRole('checkbox', { name: 'S 征询', exact: true }).check();
    await page.getByRole('checkbox', { name: '7 天内的微行动', exact: true }).check();

    const goalCounter = page.getByRole('group', { name: '目标问题个数' });
    await expect(goalCounter.locator('output')).toHaveText('2');
    await expect(page.getByRole('checkbox', { name: 'G 目标', exact: true })).toBeChecked();
    // P, G, W, S, micro-action: 5 of PREP 5 + GROW 4 + BEST 4 + 5R 6.
    await expect(page.getByText('得分：19 项里做到 5 项').first()).toBeVisible();
    // Seek without Behavior: once the observer has touched Behavior (ticked, then unticked),
    // the hint asks for the facts (hints speak only about fields the user has touched).
    const behavior = page.getByRole('checkbox', { name: 'B 行为', exact: true });
    await behavior.check();
    await behavior.uncheck();
    await expect(page.getByText(/BEST 少了“行为”/).first()).toBeVisible();
    // The filled state (hints, counters, summary table) is accessible too, not only the empty page.
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);

    await expect(page.getByRole('group', { name: /工作表操作/ }).getByRole('status')).toHaveText(/已保存/);
    await page.reload();
    await waitForHydration(page);
    await expect(page.getByLabel('演的是哪个案例', { exact: true })).toHaveValue('sales-slump');
    await expect(page.getByLabel('扮演经理的人', { exact: true })).toHaveValue('小戴');
    await expect(page.getByRole('checkbox', { name: 'P 主题', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'S 征询', exact: true })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: '7 天内的微行动', exact: true })).toBeChecked();
    await expect(page.getByRole('group', { name: '目标问题个数' }).locator('output')).toHaveText('2');
    await expect(page.getByRole('group', { name: '意愿问题个数' }).locator('output')).toHaveText('1');
    await expect(page.getByText('得分：19 项里做到 5 项').first()).toBeVisible();
  });

  test('counts down, unticks a stage at zero, and prints the debrief summary on one page', async ({
    page,
  }) => {
    await openHydrated(page, '/en/worksheets/observer-checklist/');
    await page.getByLabel('Title', { exact: true }).fill('Trio A, round 1');
    await page.getByRole('checkbox', { name: 'G Goal', exact: true }).check();
    const goal = page.getByRole('group', { name: 'Goal questions counted' });
    await expect(goal.locator('output')).toHaveText('1');
    await goal.getByRole('button', { name: /One more Goal question/ }).click();
    await goal.getByRole('button', { name: /One fewer Goal question/ }).click();
    await goal.getByRole('button', { name: /One fewer Goal question/ }).click();
    await expect(goal.locator('output')).toHaveText('0');
    await expect(page.getByRole('checkbox', { name: 'G Goal', exact: true })).not.toBeChecked();

    // 3E joins the score only when the role-play practises it.
    await expect(page.getByText('Score: 0 of 19').first()).toBeVisible();
    await page.getByRole('checkbox', { name: '3E developmental feedback' }).check();
    await page.getByRole('checkbox', { name: 'E Encourage', exact: true }).check();
    await expect(page.getByText('Score: 1 of 22').first()).toBeVisible();

    await page.getByLabel('What went well', { exact: true }).fill('Opened with her own topic');
    await page.getByLabel('One thing to try next time', { exact: true }).fill('One more Options question');
    const summary = page.getByRole('region', { name: 'Debrief summary' });
    await expect(summary).toContainText('Trio A, round 1');
    await expect(summary).toContainText('Not heard: G Goal, R Reality, O Options, and W Will');
    await expect(summary).toContainText('One more Options question');

    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { name: 'Tick as you listen' })).toBeHidden();
    await expect(summary).toBeVisible();
    expect(await printedPages(page)).toBe(1);
  });

  test('choosing a scenario fills its id and ticks the frameworks it practises', async ({ page }) => {
    await openHydrated(page, '/en/worksheets/observer-checklist/');
    const prep = page.getByRole('checkbox', { name: 'PREP structure' });
    const threeE = page.getByRole('checkbox', { name: '3E developmental feedback' });
    const best = page.getByRole('checkbox', { name: /^BEST/ });
    const chooser = page.getByRole('combobox', { name: 'Choose a role-play scenario' });

    await chooser.selectOption({ label: 'Repeated delivery delays' });
    await expect(page.getByLabel('Scenario played', { exact: true })).toHaveValue('delivery-delays');
    await expect(prep).not.toBeChecked();
    await expect(threeE).not.toBeChecked();
    await expect(best).toBeChecked();

    await chooser.selectOption({ label: 'Sales conversion slump' });
    await expect(page.getByLabel('Scenario played', { exact: true })).toHaveValue('sales-slump');
    await expect(prep).toBeChecked();
    await expect(threeE).toBeChecked();
    await expect(best).not.toBeChecked();

    await openHydrated(page, '/worksheets/observer-checklist/');
    await page.getByRole('combobox', { name: '选一个演练情景' }).selectOption({ value: 'delivery-delays' });
    await expect(page.getByRole('checkbox', { name: /BEST/ })).toBeChecked();
  });
});

test.describe('handouts on a phone screen', () => {
  test.use({ viewport: { width: 412, height: 823 } });
  const paths = [...new Set(builtPagePathsUnder('/handouts/').concat(builtPagePathsUnder('/en/handouts/')))];
  for (const path of paths) {
    test(`${path}: no text under 12 px on screen (print keeps its own sizes)`, async ({ page }) => {
      await page.goto(path);
      const small = await page.evaluate(() =>
        Array.from(document.querySelectorAll('body *'))
          .filter((element) =>
            Array.from(element.childNodes).some(
              (node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== '',
            ),
          )
          .filter((element) => (element as HTMLElement).offsetParent !== null)
          .filter((element) => parseFloat(getComputedStyle(element).fontSize) < 12)
          .map((element) => `${element.tagName}.${element.className}: ${getComputedStyle(element).fontSize}`),
      );
      expect(small).toEqual([]);
    });
  }
});
