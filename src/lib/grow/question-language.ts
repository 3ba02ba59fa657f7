import { sentenceRules, type Locale } from '../i18n/locales';

/** Whether a question is written in the language it was asked in, by counting scripts. */

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const LATIN = /\p{Script=Latin}/gu;

export interface ScriptCounts {
  /** Han, kana and Hangul characters. */
  cjk: number;
  /** Latin letters. */
  latin: number;
}

export function countScripts(text: string): ScriptCounts {
  return { cjk: text.match(CJK)?.length ?? 0, latin: text.match(LATIN)?.length ?? 0 };
}

/**
 * A Chinese question may carry an English term (OKR, NPS, a project name), and an English
 * one may quote a few Chinese words from the prep sheet. An English word takes about five
 * letters where Chinese takes one or two characters, so letters count half against Chinese,
 * and CJK characters may be at most a fifth of the letters in English.
 */
export const languageThresholds = {
  /** zh-CN: CJK characters ≥ this share of Latin letters (and at least `minCjk`). */
  zhMinCjkPerLatin: 0.5,
  minCjk: 2,
  /** en: CJK characters ≤ this share of Latin letters (and at least `minLatin` letters). */
  enMaxCjkPerLatin: 0.2,
  minLatin: 3,
} as const;

/** A simple script check: is the text written in the requested language? */
export function isInLanguage(text: string, locale: Locale): boolean {
  const { cjk, latin } = countScripts(text);
  if (sentenceRules(locale).script === 'cjk') {
    return cjk >= languageThresholds.minCjk && cjk >= latin * languageThresholds.zhMinCjkPerLatin;
  }
  return latin >= languageThresholds.minLatin && cjk <= latin * languageThresholds.enMaxCjkPerLatin;
}
