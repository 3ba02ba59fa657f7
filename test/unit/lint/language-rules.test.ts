import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, test } from 'vitest';
import { languageConfigs } from '../../../eslint/language-rules.js';

const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
    ...languageConfigs,
  ],
});

async function languageErrors(filePath: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').length;
}

describe('no branching on a locale literal (eslint/language-rules.js)', () => {
  test.each([
    ["const s = locale === 'zh-CN' ? '：' : ': ';", 'a ternary on zh-CN'],
    ["const s = 'en' !== locale ? 'a' : 'b';", 'a ternary with the literal first'],
    ["const zh = locale === 'zh-CN';", 'a boolean kept for later'],
    ["if (locale == 'en') run();", 'a loose comparison in an if'],
    ["switch (locale) { case 'zh-CN': break; }", 'a switch case'],
  ])('`%s` fails lint (%s)', async (source) => {
    expect(
      await languageErrors(
        'src/lib/x.ts',
        `declare const locale: string; declare function run(): void;\n${source}`,
      ),
    ).toBe(1);
  });

  test.each([
    ["const words = { 'zh-CN': '是', en: 'yes' }[locale];", 'a record lookup'],
    ['const same = locale === other;', 'comparing two locales'],
    ["const scale = kind === 'ten';", 'another literal'],
  ])('`%s` passes lint (%s)', async (source) => {
    expect(
      await languageErrors(
        'src/lib/x.ts',
        `declare const locale: 'zh-CN' | 'en'; declare const other: string; declare const kind: string;\n${source}`,
      ),
    ).toBe(0);
  });

  test('the locale list itself may compare', async () => {
    expect(
      await languageErrors(
        'src/lib/i18n/locales-list.ts',
        "export const isZh = (v: string) => v === 'zh-CN';",
      ),
    ).toBe(0);
  });
});
