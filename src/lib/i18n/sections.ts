import { createLoadCache } from '../load-cache';
import { interpolate, type TranslateParams } from './interpolate';
import type { Locale } from './locales';
import type { SectionLoaders } from './ui/section-loaders';
import type { zhSections } from './ui/zh-CN-sections';

/**
 * The parts of each language's dictionary that code in the browser loads when it needs them
 * (coaching hints, Markdown writers, the question rules), so a page carries one language's
 * words and only those it uses. Every section is also spread into the full dictionary
 * (`ui/<locale>.ts`), which build-time code reads directly and the dictionary test checks:
 * same keys in every language, no empty string, same placeholders.
 *
 * Code that writes text from a section loads it first (`loadSections`), then reads it
 * synchronously (`sectionText`), as the worksheet registry does with hints.
 */
export type SectionName = keyof typeof zhSections;
type SectionWords<Name extends SectionName> = Awaited<ReturnType<(typeof zhSections)[Name]>>;
export type SectionKey<Name extends SectionName> = keyof SectionWords<Name> & string;

/**
 * Each language's list of loaders, itself loaded on first use: a page fetches only its own
 * language's list (every entry is a dynamic import, which weighs on a page that carries it).
 * A language without every section fails type-checking in its `<locale>-sections.ts`.
 */
const loaderLists: Record<Locale, () => Promise<SectionLoaders>> = {
  'zh-CN': () => import('./ui/zh-CN-sections').then((list) => list.zhSections),
  en: () => import('./ui/en-sections').then((list) => list.enSections),
};

const loadedWords = createLoadCache<string, Readonly<Record<string, string>>>();
const idOf = (locale: Locale, name: SectionName) => `${locale}/${name}`;

export class SectionNotLoadedError extends Error {
  constructor(locale: Locale, name: SectionName) {
    super(`The "${name}" words of ${locale} are read before they were loaded.`);
    this.name = 'SectionNotLoadedError';
  }
}

/** Loads sections of one language's dictionary; shared between callers, tried again after a failure. */
export function loadSections(locale: Locale, names: readonly SectionName[]): Promise<void> {
  return Promise.all(
    names.map((name) =>
      loadedWords.load(idOf(locale, name), () =>
        loaderLists[locale]().then((list): Promise<Readonly<Record<string, string>>> => list[name]()),
      ),
    ),
  ).then(() => undefined);
}

/**
 * Registers words a runtime already carries, without loading: the function is one bundle, so
 * it imports the few sections it uses (`server-sections.ts`) and never reaches the loader
 * lists, which would pull every part of every language into it.
 */
export function provideSections(
  locale: Locale,
  sections: { readonly [Name in SectionName]?: Readonly<Record<SectionKey<Name>, string>> },
): void {
  for (const [name, words] of Object.entries(sections)) {
    if (words !== undefined) loadedWords.set(idOf(locale, name as SectionName), words);
  }
}

export function isSectionLoaded(locale: Locale, name: SectionName): boolean {
  return loadedWords.has(idOf(locale, name));
}

export type SectionTranslate<Name extends SectionName> = (
  key: SectionKey<Name>,
  params?: TranslateParams,
) => string;

/** The translator of a loaded section: `sectionText('en', 'flash-retro-hints')('hint.flashRetro.dateMissing')`. */
export function sectionText<Name extends SectionName>(locale: Locale, name: Name): SectionTranslate<Name> {
  const words = loadedWords.get(idOf(locale, name));
  if (words === undefined) throw new SectionNotLoadedError(locale, name);
  return (key, params) => interpolate(words[key] ?? key, params);
}

/** Loads `code` and the sections it writes with, together: what a lazily loaded writer needs. */
export function loadWithSections<Code>(
  locale: Locale,
  names: readonly SectionName[],
  code: () => Promise<Code>,
): Promise<Code> {
  return Promise.all([code(), loadSections(locale, names)]).then(([loadedCode]) => loadedCode);
}
