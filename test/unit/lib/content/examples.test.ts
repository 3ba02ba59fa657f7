import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import {
  drillData,
  exampleKinds,
  exampleSchema,
  type Example,
} from '../../../../src/lib/content/example-schema';
import { exampleRows } from '../../../../src/lib/content/example-view';
import { localeInfo, locales } from '../../../../src/lib/i18n/locales';
import { decodePrefill, encodePrefill } from '../../../../src/lib/share/prefill-link';
import { getWorksheetModule, loadWorksheetModules } from '../../../../src/lib/worksheets/registry';

const CONTENT = join(import.meta.dirname, '..', '..', '..', '..', 'content');
const folderOf = (locale: (typeof locales)[number]) =>
  join(CONTENT, localeInfo[locale].contentFolder, 'examples');

function frontMatter(path: string): unknown {
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path, 'utf8'));
  return parseYaml(match?.[1] ?? '');
}

const read = (locale: (typeof locales)[number], kind: string): Example =>
  exampleSchema.parse(frontMatter(join(folderOf(locale), `${kind}.md`)));

describe('filled examples (content/<lang>/examples/)', () => {
  test.each(locales)('%s has one file per example kind and nothing else', (locale) => {
    expect(readdirSync(folderOf(locale)).sort()).toEqual(exampleKinds.map((kind) => `${kind}.md`).sort());
  });

  describe.each(exampleKinds.map((kind) => [kind]))('%s', (kind) => {
    test.each(locales)('%s passes the schema, its data fitting the worksheet', (locale) => {
      const result = exampleSchema.safeParse(frontMatter(join(folderOf(locale), `${kind}.md`)));
      expect(result.error?.issues ?? []).toEqual([]);
      expect(result.data?.kind).toBe(kind);
    });

    test('has the same shape in both languages: notes, drill items, filled fields', () => {
      const [a, b] = locales.map((locale) => read(locale, kind));
      const shape = (example: Example | undefined) => ({
        weakNotes: example?.weak.notes.length,
        strongNotes: example?.strong.notes.length,
        drill: example?.drill?.items.length ?? 0,
        weakRows: exampleRows(kind, example?.weak.data).map((row) => row.label),
        strongRows: exampleRows(kind, example?.strong.data).map((row) => row.label),
      });
      expect(shape(b)).toEqual(shape(a));
    });

    test.each(locales)(
      '%s opens in its worksheet: both versions survive a pre-filled link',
      async (locale) => {
        await loadWorksheetModules([kind]);
        const example = read(locale, kind);
        for (const version of ['weak', 'strong'] as const) {
          const encoded = await encodePrefill({
            kind,
            title: example[version].title,
            data: example[version].data,
          });
          if (encoded.type !== 'success') throw new Error(`${version}: ${JSON.stringify(encoded)}`);
          const decoded = await decodePrefill(encoded.fragment);
          expect(decoded.type).toBe('success');
          if (decoded.type !== 'success') return;
          expect(decoded.kind).toBe(kind);
          expect(decoded.title).toBe(example[version].title);
          expect(decoded.data).toEqual(getWorksheetModule(kind).schema.parse(example[version].data));
        }
      },
    );
  });

  test('the SMART-AR example has four deliberately weak goals to sharpen, each opening in the goal builder', async () => {
    await loadWorksheetModules(['smart-ar']);
    for (const locale of locales) {
      const drill = read(locale, 'smart-ar').drill;
      expect(drill?.items).toHaveLength(4);
      expect(drill?.field).toBe('goal');
      for (const item of drill?.items ?? []) {
        const encoded = await encodePrefill({ kind: 'smart-ar', data: drillData('goal', item.weak) });
        if (encoded.type !== 'success') throw new Error(JSON.stringify(encoded));
        const decoded = await decodePrefill(encoded.fragment);
        expect(decoded.type === 'success' && decoded.kind === 'smart-ar' && decoded.data.goal).toBe(
          item.weak,
        );
      }
    }
  });
});

describe('exampleSchema', () => {
  const base = {
    kind: 'flash-retro',
    title: 'Flash retro',
    intro: 'An intro that is long enough for the schema.',
    weak: { title: 'Weak', data: {}, notes: ['First note here', 'Second note here'] },
    strong: { title: 'Strong', data: {}, notes: ['First note here', 'Second note here'] },
  };

  test('refuses data the worksheet refuses, naming the version and the field', () => {
    const result = exampleSchema.safeParse({
      ...base,
      strong: { ...base.strong, data: { judgment: 'maybe' } },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['strong', 'data', 'judgment']);
  });

  test('refuses a field the worksheet does not have (a typo would silently vanish)', () => {
    const result = exampleSchema.safeParse({ ...base, weak: { ...base.weak, data: { obstacel: 'Time' } } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['weak', 'data', 'obstacel']);
    expect(result.error?.issues[0]?.message).toContain('not a field of the flash-retro worksheet');
  });

  test('refuses a drill whose field the worksheet does not have', () => {
    const result = exampleSchema.safeParse({
      ...base,
      drill: {
        title: 'Drill',
        intro: 'Sharpen these lines.',
        field: 'goal',
        items: [{ weak: 'Do better', missing: 'Everything.', sharpened: 'By June 30, more.' }],
      },
    });
    expect(result.error?.issues[0]?.path).toEqual(['drill', 'items', 0, 'weak']);
  });

  test('refuses a misspelt field inside a list item', () => {
    const result = exampleSchema.safeParse({
      ...base,
      kind: 'prep-sheet',
      weak: { ...base.weak, data: { metrics: [{ name: 'Churn', curent: '4%' }] } },
    });
    expect(result.error?.issues[0]?.path).toEqual(['weak', 'data', 'metrics', 0, 'curent']);
  });
});
