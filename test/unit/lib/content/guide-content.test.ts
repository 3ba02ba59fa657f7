import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  guideFrontmatterSchema,
  guideModuleIds,
  requiredSectionIds,
  requiredSubsectionIds,
} from '../../../../src/lib/content/guide-schema';
import { diagramNames } from '../../../../src/lib/diagrams';
import { localeInfo, locales } from '../../../../src/lib/i18n/locales';

const CONTENT = join(import.meta.dirname, '..', '..', '..', '..', 'content');

interface ParsedModule {
  frontmatter: Record<string, unknown>;
  headings: { depth: number; id: string | undefined; text: string }[];
  body: string;
}

/** Just enough YAML for our front matter: `key: value` and `key: [a, b]`. */
function parseModule(source: string): ParsedModule {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('no front matter');
  const frontmatter: Record<string, unknown> = {};
  for (const line of (match[1] ?? '').split('\n')) {
    const kv = /^(\w+):\s*(.*)$/.exec(line);
    if (!kv) continue;
    const raw = (kv[2] ?? '').replace(/\s+#.*$/, '').trim();
    const value = raw.startsWith('[')
      ? raw
          .slice(1, -1)
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean)
      : /^\d+$/.test(raw)
        ? Number(raw)
        : raw.replace(/^(['"])(.*)\1$/, '$2');
    frontmatter[kv[1] ?? ''] = value;
  }
  const body = match[2] ?? '';
  const headings = [...body.matchAll(/^(#{1,6})\s+(.*?)\s*(?:\{#([\w-]+)\})?\s*$/gm)].map((m) => ({
    depth: (m[1] ?? '').length,
    text: m[2] ?? '',
    id: m[3],
  }));
  return { frontmatter, headings, body };
}

function readModule(folder: string, id: string): ParsedModule {
  return parseModule(readFileSync(join(CONTENT, folder, 'guide', `${id}.md`), 'utf8'));
}

describe('guide content', () => {
  test.each(locales)('%s has every module and nothing else', (locale) => {
    const files = readdirSync(join(CONTENT, localeInfo[locale].contentFolder, 'guide')).sort();
    expect(files).toEqual(guideModuleIds.map((id) => `${id}.md`).sort());
  });

  describe.each(guideModuleIds)('module %s', (id) => {
    const byLocale = Object.fromEntries(
      locales.map((locale) => [locale, readModule(localeInfo[locale].contentFolder, id)]),
    );

    test.each(locales)('%s front matter passes the schema', (locale) => {
      const result = guideFrontmatterSchema.safeParse(byLocale[locale]?.frontmatter);
      expect(result.error?.issues ?? []).toEqual([]);
    });

    test('has the same order and worksheets in both languages', () => {
      const [a, b] = locales.map((l) => byLocale[l]?.frontmatter);
      expect(a?.['order']).toEqual(guideModuleIds.indexOf(id));
      expect(b?.['order']).toEqual(a?.['order']);
      expect(b?.['worksheets'] ?? []).toEqual(a?.['worksheets'] ?? []);
    });

    test.each(locales)('%s has the seven sections in order, each with its anchor', (locale) => {
      const h2 = (byLocale[locale]?.headings ?? []).filter((h) => h.depth === 2).map((h) => h.id);
      expect(h2).toEqual([...requiredSectionIds]);
    });

    test.each(locales)('%s has the module’s subsections', (locale) => {
      const ids = (byLocale[locale]?.headings ?? []).map((h) => h.id);
      for (const sub of requiredSubsectionIds[id]) expect(ids).toContain(sub);
    });

    test('has the same anchors, in the same order, in both languages', () => {
      const [a, b] = locales.map((l) =>
        (byLocale[l]?.headings ?? []).map((h) => `${h.depth}:${h.id ?? '(none)'}`),
      );
      expect(b).toEqual(a);
    });

    test.each(locales)('%s has no heading without an anchor and no h1 in the body', (locale) => {
      for (const heading of byLocale[locale]?.headings ?? []) {
        expect(heading.depth, heading.text).toBeGreaterThan(1);
        expect(heading.id, heading.text).toBeDefined();
      }
    });

    test('places the same diagrams, screenshots and tables in both languages', () => {
      const marks = (body: string) => ({
        diagrams: [...body.matchAll(/\[\[diagram:([\w-]+)\]\]/g)].map((m) => m[1]),
        screenshots: [...body.matchAll(/\[\[screenshot:([\w-]+)\|/g)].map((m) => m[1]),
        tables: [...body.matchAll(/\[\[table:/g)].length,
      });
      const [a, b] = locales.map((l) => marks(byLocale[l]?.body ?? ''));
      expect(b).toEqual(a);
      for (const name of a?.diagrams ?? []) expect(diagramNames).toContain(name);
    });
  });
});

describe('guideFrontmatterSchema', () => {
  test('rejects an unknown worksheet kind and names the field', () => {
    const result = guideFrontmatterSchema.safeParse({
      title: 'Goals',
      description: 'A description that is long enough to pass.',
      order: 1,
      worksheets: ['no-such-worksheet'],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['worksheets', 0]);
  });

  test('rejects an order outside 0–9', () => {
    const result = guideFrontmatterSchema.safeParse({
      title: 'Goals',
      description: 'x'.repeat(30),
      order: 10,
    });
    expect(result.error?.issues[0]?.path).toEqual(['order']);
  });
});
