import type { Locale } from '../i18n/locales';
import { normalizeApostrophes } from './question-shape';

/**
 * Words that label the person or generalise ("always", "lazy", 总是, 为什么又) turn a coaching
 * question into a verdict. Both lists apply to every question: an English question that
 * quotes 总是 is as loaded as a Chinese one.
 */
export const judgmentalWords = {
  en: [
    'always',
    'never',
    'lazy',
    'laziness',
    'failure',
    'failures',
    'failed',
    'should have',
    "should've",
    "shouldn't have",
    "why didn't you",
    "why can't you",
    "why won't you",
    'careless',
    'sloppy',
    'incompetent',
    'useless',
    'hopeless',
    'stupid',
    'excuse',
    'excuses',
    'your fault',
    'as usual',
    'every single time',
    'unacceptable',
    'disappointing',
    'disappointed',
    'bad attitude',
    'attitude problem',
    'obviously',
  ],
  'zh-CN': [
    '总是',
    '老是',
    '从不',
    '从来不',
    '从来没',
    '从没',
    '永远',
    '每次都',
    '太懒',
    '懒惰',
    '偷懒',
    '为什么又',
    '怎么又',
    '为啥又',
    '为什么总',
    '怎么总',
    '为什么老',
    '为什么还是',
    '怎么还是',
    '早就应该',
    '本应该',
    '本来应该',
    '早该',
    '应该早',
    '失败',
    '无能',
    '差劲',
    '不靠谱',
    '态度问题',
    '借口',
    '马虎',
    '粗心',
    '拖后腿',
    '令人失望',
    '太差',
    '太慢',
    '又一次',
    '一如既往',
  ],
} as const satisfies Record<Locale, readonly string[]>;

const englishJudgmental = new RegExp(
  `(?<![\\p{L}'])(?:${judgmentalWords.en
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&').replace(/ /gu, '\\s+'))
    .join('|')})(?![\\p{L}'])`,
  'giu',
);

/** "Why is it late again?": blame in the shape of a question; "again" alone is harmless. */
const englishWhyAgain = /(?<![\p{L}'])why(?![\p{L}'])[^?.!]*(?<![\p{L}'])again(?![\p{L}'])/iu;

/** The judgmental or absolute words found in a text (lower-cased, in order of appearance). */
export function findJudgmentalWords(text: string): string[] {
  const normalized = normalizeApostrophes(text.normalize('NFKC'));
  const found = [...normalized.matchAll(englishJudgmental)].map((m) =>
    m[0].toLowerCase().replace(/\s+/gu, ' '),
  );
  if (englishWhyAgain.test(normalized)) found.push('why … again');
  for (const word of judgmentalWords['zh-CN']) {
    if (normalized.includes(word)) found.push(word);
  }
  return found;
}
