import { getCollection } from 'astro:content';
import { handoutCatalog, isFrameworkHandoutId, type HandoutId } from '../lib/handouts/catalog';
import {
  namedFrameworkHandout,
  namedPocketCard,
  type NamedFrameworkHandout,
  type NamedPocketCard,
} from '../lib/handouts/named';
import type { HandoutContent, QuickCard } from '../lib/handouts/schema';
import { localeInfo, type Locale } from '../lib/i18n/locales';

/** Static paths for `handouts/[id].astro`: every handout in the catalog, in every language. */
export function handoutStaticPaths() {
  return handoutCatalog.map((handout) => ({ params: { id: handout.id }, props: { id: handout.id } }));
}

/** The content of every handout written for a locale, by id: `content/<lang>/handouts/<id>.md`. */
export async function getHandoutContents(locale: Locale): Promise<Map<string, HandoutContent>> {
  const folder = localeInfo[locale].contentFolder;
  const entries = await getCollection('handouts', (entry) => entry.id.startsWith(`${folder}/handouts/`));
  return new Map(entries.map((entry) => [entry.id.split('/').pop() ?? '', entry.data]));
}

function missing(locale: Locale, id: string): Error {
  return new Error(
    `content/${localeInfo[locale].contentFolder}/handouts/${id}.md is missing or of the wrong type (see src/lib/handouts/schema.ts)`,
  );
}

/** A framework sheet's content; fails the build when the file is missing, so no page ships empty. */
export async function getFrameworkContent(locale: Locale, id: HandoutId): Promise<NamedFrameworkHandout> {
  const content = (await getHandoutContents(locale)).get(id);
  if (content?.type !== 'framework' || !isFrameworkHandoutId(id)) throw missing(locale, id);
  return namedFrameworkHandout(id, content, locale);
}

export async function getPocketCardContent(locale: Locale, id: HandoutId): Promise<NamedPocketCard> {
  const content = (await getHandoutContents(locale)).get(id);
  if (content?.type !== 'pocket-card') throw missing(locale, id);
  return namedPocketCard(content, locale);
}

export async function getQuickCardContent(locale: Locale, id: HandoutId): Promise<QuickCard> {
  const content = (await getHandoutContents(locale)).get(id);
  if (content?.type !== 'quick-card') throw missing(locale, id);
  return content;
}
