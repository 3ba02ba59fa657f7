import { getCollection } from 'astro:content';
import { localeInfo, type Locale } from '../lib/i18n/locales';
import type { ResourceCatalog } from '../lib/resources/schema';

/**
 * The resource catalog of one language (`content/<lang>/resources.yaml`); an empty catalog
 * when the file is missing, so a company can drop it and the 5R canvas simply suggests nothing.
 */
export async function getResourceCatalog(locale: Locale): Promise<ResourceCatalog> {
  const folder = localeInfo[locale].contentFolder;
  const [entry] = await getCollection('resources', (item) => item.id === `${folder}/resources`);
  return entry?.data ?? { areas: [] };
}
