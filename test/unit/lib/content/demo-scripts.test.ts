import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { demoScriptSchema } from '../../../../src/lib/content/demo-script-schema';
import { agendaSchema } from '../../../../src/lib/content/workshop-schema';
import { localeInfo, locales, type Locale } from '../../../../src/lib/i18n/locales';

const CONTENT = join(import.meta.dirname, '..', '..', '..', '..', 'content');
const workshop = (locale: Locale, folder: string) =>
  join(CONTENT, localeInfo[locale].contentFolder, 'workshop', folder);

function parts(path: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(readFileSync(path, 'utf8'));
  return { data: parseYaml(match?.[1] ?? ''), body: match?.[2] ?? '' };
}

const agendaIds = readdirSync(workshop('zh-CN', 'agendas'))
  .map((file) => file.replace(/\.md$/, ''))
  .sort();

describe('demo scripts (content/<lang>/workshop/demo-scripts/)', () => {
  test.each(locales)('%s has exactly one script per agenda', (locale) => {
    const scripts = readdirSync(workshop(locale, 'demo-scripts'))
      .map((file) => file.replace(/\.md$/, ''))
      .sort();
    expect(scripts).toEqual(agendaIds);
  });

  describe.each(agendaIds.map((id) => [id]))('%s', (id) => {
    const byLocale = Object.fromEntries(
      locales.map((locale) => [locale, parts(join(workshop(locale, 'demo-scripts'), `${id}.md`))]),
    ) as Record<Locale, { data: unknown; body: string }>;

    test.each(locales)('%s passes the schema and names a block of its agenda', (locale) => {
      const result = demoScriptSchema.safeParse(byLocale[locale].data);
      expect(result.error?.issues ?? []).toEqual([]);
      const agenda = agendaSchema.parse(parts(join(workshop(locale, 'agendas'), `${id}.md`)).data);
      const blocks = agenda.sessions.flatMap((session) => session.blocks);
      const block = blocks.find((b) => b.id === result.data?.block);
      expect(block, `block "${result.data?.block}"`).toBeDefined();
      // The demo runs inside its block, with time left to take it apart.
      expect(result.data?.minutes ?? 0).toBeLessThan(block?.minutes ?? 0);
    });

    test('has the same block, length and section anchors in both languages', () => {
      const shape = (locale: Locale) => {
        const data = demoScriptSchema.parse(byLocale[locale].data);
        const anchors = [...byLocale[locale].body.matchAll(/^(#{2,4})\s+.*\{#([\w-]+)\}\s*$/gm)].map(
          (m) => `${m[1]?.length}:${m[2]}`,
        );
        return { block: data.block, minutes: data.minutes, anchors };
      };
      expect(shape('en')).toEqual(shape('zh-CN'));
    });

    test.each(locales)('%s: every section has an anchor that cannot clash with the agenda page', (locale) => {
      const headings = [...byLocale[locale].body.matchAll(/^#{2,4}\s+(.*)$/gm)].map((m) => m[1] ?? '');
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) expect(heading).toMatch(/\{#demo-[\w-]+\}\s*$/);
    });
  });
});
