// @ts-check
/**
 * No code decides by comparing a locale with a literal (`locale === 'zh-CN' ? … : …`): with a
 * third language such a branch silently serves it Chinese or English. Words come from a
 * `Record<Locale, …>` (the type checker asks for every language) and punctuation, spacing and
 * reading speed from the language's sentence rules (`sentenceRules(locale)` in
 * src/lib/i18n/locales.ts). test/unit/lint/language-rules.test.ts lints fixtures that must fail.
 */
const localeLiteral = '/^(zh-CN|zh-cn|en)$/';
const message =
  'Do not branch on a locale literal: read words from a Record<Locale, …> and punctuation from sentenceRules(locale).';

/** @type {import('eslint').Linter.Config[]} */
export const languageConfigs = [
  {
    files: ['src/**/*.{ts,tsx,astro}', 'functions/**/*.ts'],
    ignores: ['src/lib/i18n/locales.ts', 'src/lib/i18n/locales-list.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: `BinaryExpression[operator=/^[!=]==?$/] > Literal[value=${localeLiteral}]`, message },
        { selector: `SwitchCase > Literal.test[value=${localeLiteral}]`, message },
      ],
    },
  },
];
