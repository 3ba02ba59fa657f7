import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { glossary, methodWords } from '../../src/lib/method/glossary';

const DIST = join(import.meta.dirname, '..', '..', 'dist');

for (const [path, locale] of [
  ['/glossary/', 'zh-CN'],
  ['/en/glossary/', 'en'],
] as const) {
  test(`${path} lists every framework and letter with both terms, links to the guide and ships no island, only the site script`, async ({
    page,
  }) => {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    // No island; the only script file is the layout's small site script (phone menu, offline).
    expect(html).not.toMatch(/<astro-island/);
    for (const [, src] of html.matchAll(/<script[^>]*src="([^"]+)"/g)) {
      expect(src).toMatch(/\/_astro\/BaseLayout\.astro_astro_type_script_/);
    }
    await page.goto(path);
    for (const framework of glossary) {
      const section = page.locator('section', { has: page.locator(`h2[id="${framework.id}"]`) });
      await expect(section.getByRole('row')).toHaveCount(framework.letters.length + 1);
      for (const letter of framework.letters) {
        await expect(section.getByRole('cell', { name: letter.term.zh, exact: true })).toHaveCount(1);
        await expect(section.getByRole('cell', { name: letter.term.en, exact: true })).toHaveCount(1);
      }
      const prefix = locale === 'en' ? '/en' : '';
      await expect(
        section.locator(`a[href="${prefix}/guide/${framework.guide.module}/#${framework.guide.section}"]`),
      ).toHaveCount(1);
    }
    for (const word of methodWords)
      await expect(page.locator(`[id="${word.id}"]`)).toContainText(word.term[locale]);
  });
}

test('the glossary is in the sitemap and linked from the guide index', async ({ page }) => {
  const sitemap = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
  expect(sitemap).toContain('/glossary/</loc>');
  expect(sitemap).toContain('/en/glossary/</loc>');
  await page.goto('/en/guide/');
  await expect(page.locator('a[href="/en/glossary/"]')).toHaveCount(1);
});
