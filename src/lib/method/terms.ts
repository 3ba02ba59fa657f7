import type { Locale } from '../i18n/locales-list';

/**
 * The one name of every letter of every framework the method teaches, in each language.
 * The UI dictionaries, the handouts, the Markdown exports and the glossary take the names
 * from here; the guide and the workshop Markdown write the same words by hand, and a test over
 * the built site (`test/e2e/terms.spec.ts`) fails when any page renders a letter any other way
 * (the renderings decided against are listed in `./glossary.ts`).
 *
 * Kept small on purpose: the worksheet islands import it through the dictionaries, so the
 * meanings and the rejected renderings live in `./glossary.ts`, which only build-time code reads.
 */

export const frameworkIds = ['smart-ar', 'prep', '3e', 'grow', 'best', '5r'] as const;
export type FrameworkId = (typeof frameworkIds)[number];

export interface LetterTerm {
  /** The letter as printed in a badge: `S`, `E`. */
  readonly letter: string;
  /** The English name, which is also what the letter stands for. */
  readonly en: string;
  /** The Chinese term. */
  readonly zh: string;
}

function letters<const K extends string>(
  entries: Record<K, readonly [letter: string, en: string, zh: string]>,
): Record<K, LetterTerm> {
  const out = {} as Record<K, LetterTerm>;
  for (const key of Object.keys(entries) as K[]) {
    const [letter, en, zh] = entries[key];
    out[key] = { letter, en, zh };
  }
  return out;
}

/** Every framework's letters, in the order the framework spells them. */
export const terms = {
  'smart-ar': letters({
    specific: ['S', 'Specific', '具体'],
    measurable: ['M', 'Measurable', '可衡量'],
    achievable: ['A', 'Achievable', '可实现'],
    relevant: ['R', 'Relevant', '相关'],
    timeBased: ['T', 'Time-based', '有时限'],
    agile: ['A', 'Agile', '可调整'],
    reviewable: ['R', 'Reviewable', '可复盘'],
  }),
  prep: letters({
    point: ['P', 'Point', '主题'],
    reason: ['R', 'Reason', '依据'],
    example: ['E', 'Example', '实例'],
    plan: ['P', 'Plan', '计划'],
  }),
  '3e': letters({
    encourage: ['E', 'Encourage', '鼓励'],
    explore: ['E', 'Explore', '探索'],
    empower: ['E', 'Empower', '赋能'],
  }),
  grow: letters({
    goal: ['G', 'Goal', '目标'],
    reality: ['R', 'Reality', '现状'],
    options: ['O', 'Options', '方案'],
    will: ['W', 'Will', '意愿'],
  }),
  best: letters({
    behavior: ['B', 'Behavior', '行为'],
    effect: ['E', 'Effect', '影响'],
    seek: ['S', 'Seek', '征询'],
    target: ['T', 'Target', '目标'],
  }),
  '5r': letters({
    result: ['R', 'Result', '结果'],
    resource: ['R', 'Resource', '资源'],
    responsible: ['R', 'Responsible', '责任'],
    review: ['R', 'Review', '复盘'],
    risk: ['R', 'Risk', '风险'],
  }),
} as const;

export type Terms = typeof terms;
export type LetterKey<F extends FrameworkId> = keyof Terms[F] & string;

/** A framework's letters in order, with their keys. */
export function frameworkLetters<F extends FrameworkId>(
  framework: F,
): { key: LetterKey<F>; term: LetterTerm }[] {
  const entries = terms[framework] as Record<string, LetterTerm>;
  return Object.keys(entries).map((key) => ({ key: key as LetterKey<F>, term: entries[key] as LetterTerm }));
}

interface TermFormats {
  name: (term: LetterTerm) => string;
  withEnglish: (term: LetterTerm) => string;
  label: (term: LetterTerm) => string;
  lettered: (term: LetterTerm) => string;
  badge: (term: LetterTerm, separator: string) => string;
  listJoiner: string;
}

/** How each language prints a term: Chinese keeps the English word beside it, English needs none. */
const formats: Record<Locale, TermFormats> = {
  'zh-CN': {
    name: (term) => term.zh,
    withEnglish: (term) => `${term.zh} ${term.en}`,
    label: (term) => `${term.zh}（${term.en}）`,
    lettered: (term) => `${term.letter} ${term.zh}（${term.en}）`,
    badge: (term) => `${term.letter} ${term.zh}`,
    listJoiner: '、',
  },
  en: {
    name: (term) => term.en,
    withEnglish: (term) => term.en,
    label: (term) => term.en,
    lettered: (term) => term.en,
    badge: (term, separator) => `${term.letter}${separator}${term.en}`,
    listJoiner: ', ',
  },
};

/** The letter's name in one language: `探索` / `Explore`. */
export function termName(term: LetterTerm, locale: Locale): string {
  return formats[locale].name(term);
}

/** The name with the English word beside it, as handouts and headings print it: `探索 Explore` / `Explore`. */
export function termWithEnglish(term: LetterTerm, locale: Locale): string {
  return formats[locale].withEnglish(term);
}

/** A field label: `探索（Explore）` / `Explore`. */
export function termLabel(term: LetterTerm, locale: Locale): string {
  return formats[locale].label(term);
}

/** A worksheet field's label: `E 探索（Explore）` / `Explore`. */
export function letteredLabel(term: LetterTerm, locale: Locale): string {
  return formats[locale].lettered(term);
}

/** A checklist or badge label: `E 探索` / `E · Explore` (or `E Explore` with `separator: ' '`). */
export function badgeLabel(term: LetterTerm, locale: Locale, separator = ' · '): string {
  return formats[locale].badge(term, separator);
}

/** A framework's letters as one line: `鼓励、探索、赋能` / `Encourage, Explore, Empower`. */
export function termList(framework: FrameworkId, locale: Locale): string {
  return frameworkLetters(framework)
    .map(({ term }) => termName(term, locale))
    .join(formats[locale].listJoiner);
}
