import '../zod-setup';
import { z } from 'zod';
import type { Locale } from '../i18n/locales';

/**
 * `content/company.yaml`: who the toolkit is adapted for. Everything is optional; an empty or
 * missing name shows nothing, so the default build names no company.
 */

/** A company name in one language; YAML's empty value (`zh-CN:`) reads as `null` and means none. */
const companyName = z.string().trim().max(60).nullish();

export const companySchema = z.strictObject({
  /** The company's name per language, shown in the footer and on the home page. */
  name: z
    .strictObject({
      'zh-CN': companyName,
      en: companyName,
    })
    .nullish(),
});

export type CompanyConfig = z.output<typeof companySchema>;

/** The name to show in `locale`, or `undefined` when none is set for it. */
export function companyNameFor(config: CompanyConfig | undefined, locale: Locale): string | undefined {
  const name = config?.name?.[locale]?.trim();
  return name === undefined || name === '' ? undefined : name;
}
