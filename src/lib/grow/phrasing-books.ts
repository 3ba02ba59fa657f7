import type { Locale } from '../i18n/locales';
import { createLoadCache } from '../load-cache';
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

const books = createLoadCache<Locale, PhrasingBook>();

export class PhrasingBookNotLoadedError extends Error {
  constructor(locale: Locale) {
    super(`The ${locale} phrasing book is read before it was loaded.`);
    this.name = 'PhrasingBookNotLoadedError';
  }
}

/** Loads one language's book; shared between callers, tried again after a failure. */
export function loadPhrasingBook(locale: Locale): Promise<PhrasingBook> {
  return books.load(locale, loaders[locale]);
}

/** A loaded book, read synchronously by the engine. */
export function phrasingBook(locale: Locale): PhrasingBook {
  const book = books.get(locale);
  if (book === undefined) throw new PhrasingBookNotLoadedError(locale);
  return book;
}
