import { interpolate, type TranslateParams } from './interpolate';
import type { Locale } from './locales';
import { enSections } from './ui/en-sections';
import { zhSections } from './ui/zh-CN-sections';

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

/** Each language's loaders; a language without every section fails type-checking here. */
const loaders: Record<Locale, Record<SectionName, () => Promise<Readonly<Record<string, string>>>>> = {
  'zh-CN': zhSections,
  en: enSections,
};

/** Every section's name (the default language's list; every language has the same). */
export const sectionNames = Object.keys(zhSections) as SectionName[];

const loaded = new Map<string, Readonly<Record<string, string>>>();
const pending = new Map<string, Promise<void>>();
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
    names.map((name) => {
      const id = idOf(locale, name);
      if (loaded.has(id)) return Promise.resolve();
      let one = pending.get(id);
      if (one === undefined) {
        one = loaders[locale][name]()
          .then((words) => void loaded.set(id, words))
          .finally(() => pending.delete(id));
        pending.set(id, one);
      }
      return one;
    }),
  ).then(() => undefined);
}

export function isSectionLoaded(locale: Locale, name: SectionName): boolean {
  return loaded.has(idOf(locale, name));
}

export type SectionTranslate<Name extends SectionName> = (
  key: SectionKey<Name>,
  params?: TranslateParams,
) => string;

/** The translator of a loaded section: `sectionText('en', 'flash-retro-hints')('hint.flashRetro.dateMissing')`. */
export function sectionText<Name extends SectionName>(locale: Locale, name: Name): SectionTranslate<Name> {
  const words = loaded.get(idOf(locale, name));
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
