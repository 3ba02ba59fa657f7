import { locales } from '../../src/lib/i18n/locales';
import { loadSections } from '../../src/lib/i18n/sections';
import { sectionNames } from '../../src/lib/i18n/section-names';
import { loadPhrasingBook } from '../../src/lib/grow/phrasing-books';

/**
 * Unit tests call hint and Markdown writers directly, as a page does after loading their
 * words: every language's sections are loaded once, before any test file runs. That each
 * writer's loader asks for the sections it reads is proven by the registry's tests
 * (`on-demand-writers.test.ts`) and in the browser.
 */
await Promise.all(locales.map((locale) => loadSections(locale, sectionNames)));

/** The same for the question generator's phrasing books, which the rules engine reads synchronously. */
await Promise.all(locales.map((locale) => loadPhrasingBook(locale)));
