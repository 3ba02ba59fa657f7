import type { ObserverChecklistData } from './schema';

type InPlay = ObserverChecklistData['inPlay'];

/** A role-play scenario as the observer checklist offers it: `content/<lang>/workshop/scenarios/<id>.md`. */
export interface ObserverScenarioChoice {
  id: string;
  title: string;
  /** The scenario's `frameworks` front matter, e.g. `['prep', '3e', 'grow', '5r']`. */
  frameworks: readonly string[];
}

/**
 * What a scenario puts "in play" on the checklist: PREP, BEST and 3E when its `frameworks`
 * name them (GROW and 5R are always expected, so they have no switch).
 */
export function inPlayForScenario(scenario: Pick<ObserverScenarioChoice, 'frameworks'>): InPlay {
  const has = (framework: string) => scenario.frameworks.includes(framework);
  return { prep: has('prep'), best: has('best'), threeE: has('3e') };
}
