import { describe, expect, test } from 'vitest';
import { dictionaries, interpolate, uiDictionarySchema, useTranslations } from '../../../../src/lib/i18n';
import { locales } from '../../../../src/lib/i18n/locales';
import { localizePath, splitLocalePath, twinPath } from '../../../../src/lib/i18n/paths';

describe('UI dictionaries', () => {
  test.each(locales)('%s has exactly the keys of the default dictionary, none empty', (locale) => {
    expect(uiDictionarySchema.safeParse(dictionaries[locale]).success).toBe(true);
  });

  test('the schema rejects a dictionary with a missing key', () => {
    const { ['nav.home']: _removed, ...missing } = dictionaries.en;
    const result = uiDictionarySchema.safeParse(missing);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['nav.home']);
  });

  test('the schema rejects a dictionary with an unknown key', () => {
    const result = uiDictionarySchema.safeParse({ ...dictionaries.en, 'nav.extra': 'x' });
    expect(result.success).toBe(false);
  });

  test.each(locales)('%s uses the same placeholders as zh-CN for every key', (locale) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(dictionaries['zh-CN'])) {
      expect(placeholders(dictionaries[locale][key as keyof typeof dictionaries.en]), key).toEqual(
        placeholders(text),
      );
    }
  });
});

describe('t()', () => {
  test('returns the string of the requested locale', () => {
    expect(useTranslations('en')('nav.home')).toBe('Home');
    expect(useTranslations('zh-CN')('nav.home')).toBe('首页');
  });

  test('fills placeholders and leaves unknown ones visible', () => {
    expect(useTranslations('en')('guide.step', { n: 3 })).toBe('Step 3');
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});

describe('localized paths', () => {
  test.each([
    ['/guide/goals/', 'zh-CN', '/guide/goals/'],
    ['/guide/goals/', 'en', '/en/guide/goals/'],
    ['/', 'en', '/en/'],
  ] as const)('localizePath(%s, %s) is %s', (path, locale, expected) => {
    expect(localizePath(path, locale)).toBe(expected);
  });

  test('splitLocalePath finds the locale and the bare path', () => {
    expect(splitLocalePath('/en/guide/goals/')).toEqual({ locale: 'en', path: '/guide/goals/' });
    expect(splitLocalePath('/en/')).toEqual({ locale: 'en', path: '/' });
    expect(splitLocalePath('/guide/')).toEqual({ locale: 'zh-CN', path: '/guide/' });
    expect(splitLocalePath('/english/')).toEqual({ locale: 'zh-CN', path: '/english/' });
  });

  test('twinPath maps a page to the same page in the other language', () => {
    expect(twinPath('/en/guide/feedback/', 'zh-CN')).toBe('/guide/feedback/');
    expect(twinPath('/guide/feedback/', 'en')).toBe('/en/guide/feedback/');
  });
});
