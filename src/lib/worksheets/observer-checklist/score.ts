import {
  bestParts,
  fiveRParts,
  growStages,
  prepSteps,
  threeEParts,
  type ObserverChecklistData,
} from './schema';

/** The checklist's parts, in the order a conversation usually runs through them. */
export const observerSections = ['prep', 'grow', 'threeE', 'best', 'fiveR'] as const;
export type ObserverSection = (typeof observerSections)[number];

export interface SectionScore {
  section: ObserverSection;
  /** Items ticked (for GROW: question types asked at least once). */
  done: number;
  /** Items the section has. */
  total: number;
  /** Whether this role-play practises the section; sections not in play count for nothing. */
  inPlay: boolean;
}

export interface ObserverScore {
  /** Ticked items over every section in play: the "9" of "9 of 14". */
  done: number;
  /** Items of every section in play: the "14". */
  total: number;
  sections: readonly SectionScore[];
}

const countTrue = (values: readonly boolean[]) => values.filter(Boolean).length;

/** Whether the section is part of this role-play: GROW and 5R always are. */
export function isSectionInPlay(data: ObserverChecklistData, section: ObserverSection): boolean {
  switch (section) {
    case 'prep':
      return data.inPlay.prep;
    case 'threeE':
      return data.inPlay.threeE;
    case 'best':
      return data.inPlay.best;
    case 'grow':
    case 'fiveR':
      return true;
  }
}

/** One section's ticks: PREP has its four steps and "kept in order"; 5R its five parts and the micro-action. */
export function sectionScore(data: ObserverChecklistData, section: ObserverSection): SectionScore {
  const inPlay = isSectionInPlay(data, section);
  switch (section) {
    case 'prep':
      return {
        section,
        inPlay,
        done: countTrue([...prepSteps.map((step) => data.prep[step]), data.prepInOrder]),
        total: prepSteps.length + 1,
      };
    case 'grow':
      return {
        section,
        inPlay,
        done: growStages.filter((stage) => data.grow[stage] > 0).length,
        total: growStages.length,
      };
    case 'threeE':
      return {
        section,
        inPlay,
        done: countTrue(threeEParts.map((part) => data.threeE[part])),
        total: threeEParts.length,
      };
    case 'best':
      return {
        section,
        inPlay,
        done: countTrue(bestParts.map((part) => data.best[part])),
        total: bestParts.length,
      };
    case 'fiveR':
      return {
        section,
        inPlay,
        done: countTrue([...fiveRParts.map((part) => data.fiveR[part]), data.microAction]),
        total: fiveRParts.length + 1,
      };
  }
}

/** The checklist's score over the sections in play, e.g. 9 of 14. A pure function of the data. */
export function observerScore(data: ObserverChecklistData): ObserverScore {
  const sections = observerSections.map((section) => sectionScore(data, section));
  const counted = sections.filter((section) => section.inPlay);
  return {
    done: counted.reduce((sum, section) => sum + section.done, 0),
    total: counted.reduce((sum, section) => sum + section.total, 0),
    sections,
  };
}

/** How many GROW questions were heard in all. */
export function growQuestionTotal(data: ObserverChecklistData): number {
  return growStages.reduce((sum, stage) => sum + data.grow[stage], 0);
}

/** Whether the observer has ticked or counted anything yet (notes alone don't count). */
export function hasObservations(data: ObserverChecklistData): boolean {
  return observerSections.some((section) => sectionScore(data, section).done > 0);
}
