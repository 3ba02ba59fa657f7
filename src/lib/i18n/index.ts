import * as z from '../schema';
import { interpolate, type TranslateParams } from './interpolate';
import { defaultLocale, type Locale } from './locales';
import { en } from './ui/en';
import { zhCN, type UiDictionary, type UiKey } from './ui/zh-CN';

export type { UiKey, UiDictionary };

/** Every locale's dictionary must have exactly the default locale's keys, each a non-empty string. */
export const uiDictionarySchema = z.strictObject(
  Object.fromEntries(
    Object.keys(zhCN).map((key) => [key, z.string().check(z.trim(), z.minLength(1))]),
  ) as Record<UiKey, z.StringSchema>,
);

export const dictionaries: Record<Locale, UiDictionary> = { 'zh-CN': zhCN, en };

export { interpolate, type TranslateParams };
export type Translate = (key: UiKey, params?: TranslateParams) => string;

/** Returns the translator for a locale: `useTranslations('en')('nav.home')`. */
export function useTranslations(locale: Locale = defaultLocale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => interpolate(dictionary[key], params);
}
