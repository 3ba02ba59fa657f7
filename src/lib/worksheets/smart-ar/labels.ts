import type { Locale } from '../../i18n/locales';
import { sectionText } from '../../i18n/sections';

/**
 * The label of a five-step likelihood value (1–5) for the export, from the `smart-ar-scale`
 * section (the form reads the same keys from its picked strings).
 */
export function fiveStepLabel(value: number, locale: Locale): string {
  if (!Number.isInteger(value) || value < 1 || value > 5) return String(value);
  return sectionText(locale, 'smart-ar-scale')(`ws.smartAr.fiveStep.${value as 1 | 2 | 3 | 4 | 5}`);
}
