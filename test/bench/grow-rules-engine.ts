import { loadPhrasingBook } from '../../src/lib/grow/phrasing-books';
import { locales } from '../../src/lib/i18n/locales';

/**
 * The rules engine as the benchmark runs it: with every language's phrasing book loaded, as
 * a page (its own language) or the function (the request's) loads one before generating.
 * Loaded here, in the same module graph as the engine, before Vite's module runner closes.
 */
await Promise.all(locales.map((locale) => loadPhrasingBook(locale)));

export { generateRulesQuestions } from '../../src/lib/grow/rules-engine';
