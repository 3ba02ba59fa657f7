import type { Locale } from '../../i18n/locales';

const fiveStepLabels: Record<Locale, readonly string[]> = {
  'zh-CN': ['很没把握', '没太大把握', '一半一半', '比较有把握', '很有把握'],
  en: ['very unlikely', 'unlikely', 'even', 'likely', 'very likely'],
};

/** The label of a five-step likelihood value (1–5), for forms and exports. */
export function fiveStepLabel(value: number, locale: Locale): string {
  return fiveStepLabels[locale][value - 1] ?? String(value);
}
