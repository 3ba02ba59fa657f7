import { locales } from '../../src/lib/i18n/locales';
import { loadSections, sectionNames } from '../../src/lib/i18n/sections';

/**
 * Unit tests call hint and Markdown writers directly, as a page does after loading their
 * words: every language's sections are loaded once, before any test file runs. That each
 * writer's loader asks for the sections it reads is proven by the registry's tests
 * (`on-demand-writers.test.ts`) and in the browser.
 */
await Promise.all(locales.map((locale) => loadSections(locale, sectionNames)));
