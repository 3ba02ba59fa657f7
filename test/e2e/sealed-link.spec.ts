import { expect, test, type Browser, type BrowserContext, type Page } from '../support/fixtures';
import { checksum } from '../../src/lib/share/prefill-link';
import { openHydrated, waitForHydration } from '../support/hydration';

const TOPIC = 'Handing the Friday shift over without gaps';
const PERSON = 'Wang Fang';

/** Every request a context makes: address, body and headers, to search for link content. */
function recordRequests(context: BrowserContext): string[] {
  const log: string[] = [];
  context.on('request', (request) => {
    log.push(`${request.url()}\n${request.postData() ?? ''}\n${JSON.stringify(request.headers())}`);
  });
  return log;
}

/** Fills a prep sheet in `page` and makes an encrypted link of it; returns the link. */
async function makeLink(page: Page, passphrase?: string): Promise<string> {
  await openHydrated(page, '/en/worksheets/prep-sheet/');
  await page.getByLabel('Title', { exact: true }).fill('Prep for Thursday');
  await page.getByLabel('Employee (whose sheet this is)', { exact: true }).fill(PERSON);
  await page.getByLabel('Topic 1', { exact: true }).fill(TOPIC);
  await expect(page).toHaveURL(/\?id=/);
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Send as a link' }).click();
  if (passphrase) {
    await page.getByRole('radio', { name: 'Only someone with the link and a passphrase' }).check();
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  }
  await page.getByRole('button', { name: 'Make the link' }).click();
  const link = page.getByRole('textbox', { name: 'Encrypted link', exact: true });
  await expect(link).toHaveValue(/\/en\/worksheets\/open\/#sealed=v1\./);
  await expect(
    page.getByText(
      passphrase
        ? 'Only someone who has both this link and the passphrase'
        : 'Anyone who has this whole link',
    ),
  ).toBeVisible();
  return link.inputValue();
}

/** The link's fragment parts that must never leave the browser. */
function secretsOf(url: string): string[] {
  const fragment = new URL(url).hash.slice(1);
  const parts = fragment.split('.');
  return [fragment, parts[2]!, parts[3]!.slice(0, 40)];
}

async function freshPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; log: string[] }> {
  const context = await browser.newContext();
  const log = recordRequests(context);
  return { context, page: await context.newPage(), log };
}

function expectNoSecretSent(log: string[], secrets: string[]): void {
  expect(log.length).toBeGreaterThan(0);
  for (const entry of log) for (const secret of secrets) expect(entry).not.toContain(secret);
}

test.describe('encrypted worksheet links', () => {
  test('carry a prep sheet to a fresh browser, which saves it to My worksheets', async ({
    page,
    context,
    browser,
  }) => {
    const senderLog = recordRequests(context);
    const url = await makeLink(page);
    expect(url).not.toContain(encodeURIComponent(TOPIC).slice(0, 20));

    const receiver = await freshPage(browser);
    await openHydrated(receiver.page, url);
    await expect(receiver.page.getByText('anyone who has the whole link can read it')).toBeVisible();
    const preview = receiver.page.getByRole('region', { name: 'What the link holds' });
    await expect(preview).toContainText('Prep sheet');
    await expect(preview).toContainText('Prep for Thursday');
    await expect(preview).toContainText(PERSON);
    await expect(preview).toContainText(TOPIC);
    await receiver.page.getByRole('button', { name: 'Save to my worksheets' }).click();
    await expect(receiver.page.getByText('Saved to My worksheets.')).toBeVisible();
    await receiver.page.getByRole('link', { name: 'Open the worksheet' }).click();
    await waitForHydration(receiver.page);
    await expect(receiver.page.getByLabel('Topic 1', { exact: true })).toHaveValue(TOPIC);

    // Opened again (an updated copy, say): the same worksheet is here, so keep both or replace.
    await openHydrated(receiver.page, url);
    await receiver.page.getByRole('button', { name: 'Save to my worksheets' }).click();
    await expect(receiver.page.getByText('You already have this worksheet')).toBeVisible();
    await receiver.page.getByRole('button', { name: 'Keep both' }).click();
    await expect(receiver.page.getByText('Saved to My worksheets.')).toBeVisible();
    await openHydrated(receiver.page, '/en/worksheets/');
    await expect(receiver.page.getByText('Prep for Thursday')).toHaveCount(2);

    expectNoSecretSent([...senderLog, ...receiver.log], secretsOf(url));
    await receiver.context.close();
  });

  test('with a passphrase: a wrong one opens and stores nothing, the right one opens', async ({
    page,
    browser,
  }) => {
    const url = await makeLink(page, 'river stones 42');

    const receiver = await freshPage(browser);
    await openHydrated(receiver.page, url);
    await expect(receiver.page.getByText('only someone with both the link and its passphrase')).toBeVisible();
    await receiver.page.getByLabel('Passphrase', { exact: true }).fill('river stones 24');
    await receiver.page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(
      receiver.page.getByText('That passphrase does not open this link. Nothing was saved.'),
    ).toBeVisible();
    await expect(receiver.page.getByText(TOPIC)).toHaveCount(0);

    await receiver.page.getByLabel('Passphrase', { exact: true }).fill('river stones 42');
    await receiver.page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(receiver.page.getByRole('region', { name: 'What the link holds' })).toContainText(TOPIC);

    await openHydrated(receiver.page, '/en/worksheets/');
    await expect(receiver.page.getByText('No worksheets saved in this browser yet.')).toBeVisible();
    expectNoSecretSent(receiver.log, secretsOf(url));
    await receiver.context.close();
  });

  test('say exactly why a cut, tampered, oversized or newer link does not open, and store nothing', async ({
    page,
    browser,
  }) => {
    const url = await makeLink(page);
    const [base, fragment] = url.split('#') as [string, string];
    const parts = fragment.slice('sealed='.length).split('.');
    const forged = (index: number, value: string) => {
      const next = [...parts];
      next[index] = value;
      const body = next.slice(0, 4).join('.');
      return `${base}#sealed=${body}.${checksum(body)}`;
    };
    const sealed = parts[3]!;
    const cases: [string, string][] = [
      [url.slice(0, -25), 'This link is incomplete or was changed'],
      [
        forged(3, `${sealed.slice(0, 40)}${sealed[40] === 'A' ? 'B' : 'A'}${sealed.slice(41)}`),
        'This link was altered',
      ],
      [
        `${base}#sealed=v1.k.${'A'.repeat(12_500)}`,
        'This link is too long (12512 characters; the limit is 12000)',
      ],
      [forged(0, 'v2'), 'This link was made by a newer version of the toolkit'],
    ];

    const receiver = await freshPage(browser);
    for (const [link, message] of cases) {
      await openHydrated(receiver.page, link);
      await expect(receiver.page.getByRole('alert')).toContainText(message);
      await expect(receiver.page.getByRole('alert')).toContainText('Nothing was saved.');
      await expect(receiver.page.getByRole('button', { name: 'Save to my worksheets' })).toHaveCount(0);
    }
    await openHydrated(receiver.page, url.replace('/en/', '/').slice(0, -25));
    await expect(receiver.page.getByRole('alert')).toContainText('这个链接不完整');
    await openHydrated(receiver.page, '/en/worksheets/');
    await expect(receiver.page.getByText('No worksheets saved in this browser yet.')).toBeVisible();
    expectNoSecretSent(receiver.log, secretsOf(url));
    await receiver.context.close();
  });
});
