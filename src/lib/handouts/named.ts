import { localeInfo, type Locale } from '../i18n/locales';
import {
  badgeLabel,
  frameworkIds,
  frameworkLetters,
  termWithEnglish,
  terms,
  type FrameworkId,
} from '../method/terms';
import type { FrameworkHandoutId } from './catalog';
import type { FrameworkHandout, HandoutStep, PocketCard, PocketCardStage } from './schema';

/**
 * Handouts as they print: the step names and the subtitle of a lettered framework come from
 * the terms module, so a sheet can never name a letter differently from the guide, the
 * worksheets and the glossary.
 */

export type NamedStep = HandoutStep & { name: string };
export type NamedFrameworkHandout = Omit<FrameworkHandout, 'steps' | 'subtitle'> & {
  subtitle: string;
  steps: NamedStep[];
};
export type NamedPocketCard = Omit<PocketCard, 'stages'> & { stages: (PocketCardStage & { name: string })[] };

function termFramework(id: FrameworkHandoutId): FrameworkId | undefined {
  return (frameworkIds as readonly string[]).includes(id) ? (id as FrameworkId) : undefined;
}

/** Fills in names and subtitle from the terms module; fails loudly when the file and the module disagree. */
export function namedFrameworkHandout(
  id: FrameworkHandoutId,
  content: FrameworkHandout,
  locale: Locale,
): NamedFrameworkHandout {
  const where = `content/${localeInfo[locale].contentFolder}/handouts/${id}.md`;
  const framework = termFramework(id);
  if (framework === undefined) {
    if (content.subtitle === undefined) throw new Error(`${where}: needs a subtitle`);
    const steps = content.steps.map((step, index) => {
      if (step.name === undefined) throw new Error(`${where}: step ${index + 1} needs a name`);
      return { ...step, name: step.name };
    });
    return { ...content, subtitle: content.subtitle, steps };
  }
  if (content.subtitle !== undefined)
    throw new Error(`${where}: leave out the subtitle; the terms module writes it`);
  const letters = frameworkLetters(framework);
  if (letters.length !== content.steps.length)
    throw new Error(`${where}: has ${content.steps.length} steps, the framework ${letters.length}`);
  const steps = content.steps.map((step, index) => {
    const term = letters[index]?.term;
    if (term === undefined || step.name !== undefined) {
      throw new Error(`${where}: step ${index + 1} must not name itself; the terms module names it`);
    }
    return { ...step, name: termWithEnglish(term, locale) };
  });
  const subtitle = letters.map(({ term }) => termWithEnglish(term, locale)).join(' · ');
  return { ...content, subtitle, steps };
}

/** The pocket card with each GROW stage named by its letter and term: `G 目标` / `G Goal`. */
export function namedPocketCard(content: PocketCard, locale: Locale): NamedPocketCard {
  return {
    ...content,
    stages: content.stages.map((stage) => ({
      ...stage,
      name: badgeLabel(terms.grow[stage.stage], locale, ' '),
    })),
  };
}
