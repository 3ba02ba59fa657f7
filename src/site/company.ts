import { getCollection } from 'astro:content';
import { companyNameFor } from '../lib/content/company-schema';
import type { Locale } from '../lib/i18n/locales';

/** The company named in `content/company.yaml` for `locale`, or `undefined` when none is set (or no file). */
export async function getCompanyName(locale: Locale): Promise<string | undefined> {
  const [entry] = await getCollection('company');
  return companyNameFor(entry?.data, locale);
}
