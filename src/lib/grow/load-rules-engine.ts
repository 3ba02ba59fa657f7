import type { Locale } from '../i18n/locales';
import { loadPhrasingBook } from './phrasing-books';

/**
 * The rules engine and the page's language's phrasing book, loaded together on the first
 * "generate" (not with the page): one language's book, never the others'. Rejects when
 * either cannot load; the next call tries again.
 */
export function loadRulesEngine(locale: Locale): Promise<typeof import('./rules-engine')> {
  return Promise.all([import('./rules-engine'), loadPhrasingBook(locale)]).then(([engine]) => engine);
}
