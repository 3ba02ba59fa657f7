import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dictionaries } from '../../../src/lib/i18n';
import { locales } from '../../../src/lib/i18n/locales';
import { sectionNames } from '../../../src/lib/i18n/section-names';
import { zhSections } from '../../../src/lib/i18n/ui/zh-CN-sections';
import { perLanguageData as allowed } from '../../support/per-language-data';

/**
 * One translation system: words live in each language's dictionary (src/lib/i18n/ui/), never
 * in a `Record<Locale, …>` table or a `{ 'zh-CN': …, en: … }` literal beside the code. A table
 * like that serves nothing to a third language and drifts from the dictionary's wording.
 *
 * `perLanguageData` lists the files that hold per-language data that is not UI words, each
 * with its reason; README "Adding a language" names each of them (readme-languages.test.ts).
 */
const roots = ['src', 'functions'];
const sourceFile = /\.(ts|tsx|mts|astro)$/;
const localeTable = /Record<\s*Locale\s*,|['"]zh-CN['"]\s*:/;

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return sourceFile.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

const files = roots
  .flatMap((root) => listSources(root))
  .map((path) => relative(process.cwd(), path))
  .filter((path) => !path.startsWith('src/lib/i18n/'));

describe('one translation system', () => {
  test('no per-language word table outside the dictionaries, but for the listed data', () => {
    const tables = files.filter((path) => localeTable.test(readFileSync(path, 'utf8')));
    expect(tables.filter((path) => !(path in allowed))).toEqual([]);
    expect(Object.keys(allowed).filter((path) => !tables.includes(path))).toEqual([]);
  });

  test('every on-demand section is part of each language’s full dictionary', async () => {
    for (const locale of locales) {
      for (const name of sectionNames) {
        const words = await zhSections[name]();
        for (const key of Object.keys(words))
          expect(dictionaries[locale], `${locale} ${key}`).toHaveProperty([key]);
      }
    }
  });
});
