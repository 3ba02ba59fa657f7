import type { Locale } from '../i18n/locales';
import type { PhrasingBook } from './rules-phrasing';

/**
 * The rules engine's phrasing books, one typed file per language, loaded one language at a
 * time: a page loads its own language's book with the engine (the first "generate"), the
 * function the request's before it answers with the rules. The books are code (templates
 * with their own grammar), not dictionary words, so they are registered here rather than as
 * dictionary sections; a language without a book fails type-checking here.
 */
const loaders: Record<Locale, () => Promise<PhrasingBook>> = {
  'zh-CN': () => import('./rules-phrasing.zh-CN').then((book) => book.zhPhrasings),
  en: () => import('./rules-phrasing.en').then((book) => book.enPhrasings),
};

const loaded = new Map<Locale, PhrasingBook>();
const pending = new Map<Locale, Promise<PhrasingBook>>();

export class PhrasingBookNotLoadedError extends Error {
  constructor(locale: Locale) {
    super(`The ${locale} phrasing book is read before it was loaded.`);
    this.name = 'PhrasingBookNotLoadedError';
  }
}

/** Loads one language's book; shared between callers, tried again after a failure. */
export function loadPhrasingBook(locale: Locale): Promise<PhrasingBook> {
  const book = loaded.get(locale);
  if (book !== undefined) return Promise.resolve(book);
  let one = pending.get(locale);
  if (one === undefined) {
    one = loaders[locale]()
      .then((loadedBook) => {
        loaded.set(locale, loadedBook);
        return loadedBook;
      })
      .finally(() => pending.delete(locale));
    pending.set(locale, one);
  }
  return one;
}

/** A loaded book, read synchronously by the engine. */
export function phrasingBook(locale: Locale): PhrasingBook {
  const book = loaded.get(locale);
  if (book === undefined) throw new PhrasingBookNotLoadedError(locale);
  return book;
}
