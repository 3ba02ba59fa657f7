import { z } from 'zod';
import { defaultLocale, type Locale } from './locales';
import { en } from './ui/en';
import { zhCN, type UiDictionary, type UiKey } from './ui/zh-CN';

export type { UiKey, UiDictionary };

/** Every locale's dictionary must have exactly the default locale's keys, each a non-empty string. */
export const uiDictionarySchema = z.strictObject(
  Object.fromEntries(Object.keys(zhCN).map((key) => [key, z.string().trim().min(1)])) as Record<
    UiKey,
    z.ZodString
  >,
);

export const dictionaries: Record<Locale, UiDictionary> = { 'zh-CN': zhCN, en };

export type TranslateParams = Record<string, string | number>;
export type Translate = (key: UiKey, params?: TranslateParams) => string;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible so it is caught in review. */
export function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** Returns the translator for a locale: `useTranslations('en')('nav.home')`. */
export function useTranslations(locale: Locale = defaultLocale): Translate {
  const dictionary = dictionaries[locale];
  return (key, params) => interpolate(dictionary[key], params);
}
