import { dictionaries, type UiKey } from '../../lib/i18n';
import type { Locale } from '../../lib/i18n/locales';
import type { IslandStrings } from './island-strings';

/** Picks every key that starts with one of `prefixes` (e.g. `'ws.common.'`). Runs at build time only. */
export function pickStrings(locale: Locale, prefixes: readonly string[]): IslandStrings {
  const picked: IslandStrings = {};
  for (const [key, value] of Object.entries(dictionaries[locale]) as [UiKey, string][]) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = value;
  }
  return picked;
}
