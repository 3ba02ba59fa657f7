import { interpolate, type TranslateParams } from '../../lib/i18n/interpolate';
import type { UiKey } from '../../lib/i18n/ui/zh-CN';

/**
 * The strings an island needs, picked on the server from one locale's dictionary
 * (`pick-strings.ts`) and passed as a prop, so the browser downloads one language's labels.
 */
export type IslandStrings = Partial<Record<UiKey, string>>;

export type IslandTranslate = (key: UiKey, params?: TranslateParams) => string;

/** A translator over picked strings; a key that was not picked shows itself, so review catches it. */
export function islandTranslator(strings: IslandStrings): IslandTranslate {
  return (key, params) => interpolate(strings[key] ?? key, params);
}
