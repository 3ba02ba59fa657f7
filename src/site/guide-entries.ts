import { getCollection, type CollectionEntry } from 'astro:content';
import { localeInfo, type Locale } from '../lib/i18n/locales';
import { isGuideModuleId, type GuideModuleId } from '../lib/content/guide-schema';

export type GuideEntry = CollectionEntry<'guide'>;

/** The module id of an entry: `en/guide/goals` → `goals`. */
export function moduleIdOf(entry: GuideEntry): GuideModuleId {
  const id = entry.id.split('/').pop() ?? '';
  if (!isGuideModuleId(id)) {
    throw new Error(`content/${entry.id}.md: "${id}" is not a guide module (see content/README.md)`);
  }
  return id;
}

/** A locale's guide modules in teaching order. */
export async function getGuideModules(locale: Locale): Promise<GuideEntry[]> {
  const folder = localeInfo[locale].contentFolder;
  const entries = await getCollection('guide', (entry) => entry.id.startsWith(`${folder}/guide/`));
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** Static paths for `guide/[module].astro` in one locale, with previous/next neighbours. */
export async function guideStaticPaths(locale: Locale) {
  const modules = await getGuideModules(locale);
  return modules.map((entry, index) => ({
    params: { module: moduleIdOf(entry) },
    props: { entry, prev: modules[index - 1], next: modules[index + 1] },
  }));
}
