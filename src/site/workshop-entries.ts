import { getCollection, render, type CollectionEntry } from 'astro:content';
import { localeInfo, type Locale } from '../lib/i18n/locales';
import { getGuideModules, moduleIdOf } from './guide-entries';

export type AgendaEntry = CollectionEntry<'agendas'>;
export type ScenarioEntry = CollectionEntry<'scenarios'>;
export type DemoScriptEntry = CollectionEntry<'demoScripts'>;

/** The address id of an agenda or scenario: `en/workshop/agendas/intro-90` → `intro-90`. */
export function workshopIdOf(entry: AgendaEntry | ScenarioEntry): string {
  return entry.id.split('/').pop() ?? '';
}

/** A locale's agendas in their listed order. */
export async function getAgendas(locale: Locale): Promise<AgendaEntry[]> {
  const folder = localeInfo[locale].contentFolder;
  const entries = await getCollection('agendas', (entry) =>
    entry.id.startsWith(`${folder}/workshop/agendas/`),
  );
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** A locale's role-play scenarios in their listed order. */
export async function getScenarios(locale: Locale): Promise<ScenarioEntry[]> {
  const folder = localeInfo[locale].contentFolder;
  const entries = await getCollection('scenarios', (entry) =>
    entry.id.startsWith(`${folder}/workshop/scenarios/`),
  );
  return entries.sort((a, b) => a.data.order - b.data.order);
}

/** The slide-free demo script of an agenda (`content/<lang>/workshop/demo-scripts/<agenda-id>.md`), if it has one. */
export async function getDemoScript(locale: Locale, agendaId: string): Promise<DemoScriptEntry | undefined> {
  const folder = localeInfo[locale].contentFolder;
  const entries = await getCollection(
    'demoScripts',
    (entry) => entry.id === `${folder}/workshop/demo-scripts/${agendaId}`,
  );
  return entries[0];
}

/** Static paths for `workshop/agendas/[id]/…` in one locale. */
export async function agendaStaticPaths(locale: Locale) {
  return (await getAgendas(locale)).map((entry) => ({
    params: { id: workshopIdOf(entry) },
    props: { entry },
  }));
}

/** Static paths for `workshop/scenarios/[id].astro` in one locale. */
export async function scenarioStaticPaths(locale: Locale) {
  return (await getScenarios(locale)).map((entry) => ({
    params: { id: workshopIdOf(entry) },
    props: { entry },
  }));
}

export interface GuideSectionTitle {
  module: string;
  section: string;
}

/**
 * The titles of every guide section in a locale, keyed `<module>#<section>`, so a link to
 * `/guide/feedback/#best` can read "Developmental feedback › BEST". Throws for a section
 * that does not exist, so a broken link in an agenda stops the build.
 */
export async function guideSectionTitles(
  locale: Locale,
): Promise<(module: string, section: string) => GuideSectionTitle> {
  const titles = new Map<string, GuideSectionTitle>();
  for (const entry of await getGuideModules(locale)) {
    const moduleId = moduleIdOf(entry);
    const { headings } = await render(entry);
    for (const heading of headings) {
      titles.set(`${moduleId}#${heading.slug}`, { module: entry.data.title, section: heading.text });
    }
  }
  return (module, section) => {
    const found = titles.get(`${module}#${section}`);
    if (!found) throw new Error(`workshop: no guide section /guide/${module}/#${section} in ${locale}`);
    return found;
  };
}
