// What the function benchmark calls in-process, in one module so one `runnerImport` loads it:
// the handler and its rate limiter, with the phrasing books it answers with already loaded (as
// after an isolate's first request; Vite's module runner closes after the import, so nothing
// can load later). Its words come with the handler (`provideServerSections`).
import { loadPhrasingBook } from '../../src/lib/grow/phrasing-books';
import { locales } from '../../src/lib/i18n/locales';

await Promise.all(locales.map((locale) => loadPhrasingBook(locale)));

export { handleGrowRequest } from '../../src/lib/grow/server/handler';
export { createSlidingWindowRateLimiter } from '../../src/lib/grow/server/rate-limit';
