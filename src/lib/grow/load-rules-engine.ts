import type { Locale } from '../i18n/locales';

/**
 * The rules engine and the page's language's phrasing book, loaded on the first "generate"
 * (not with the page): one language's book, never the others'. The book loads from the
 * engine's chunk, so the page itself carries nothing of either; the service worker has both
 * precached. Rejects when either cannot load; the next call tries again.
 */
export async function loadRulesEngine(locale: Locale): Promise<typeof import('./rules-engine')> {
  const engine = await import('./rules-engine');
  await engine.loadPhrasingBook(locale);
  return engine;
}
