import type { UiKey } from '../../i18n';
import { inPlayForScenario, type ObserverScenarioChoice } from './in-play';
import {
  bestParts,
  fiveRParts,
  growStages,
  MAX_QUESTION_COUNT,
  prepSteps,
  threeEParts,
  type GrowStage,
  type ObserverChecklistData,
  type ObserverRoles,
} from './schema';
import { observerScore, type ObserverSection, type SectionScore } from './score';

/**
 * The observer checklist form's rules, apart from its markup: which parts show, what each
 * line means, and what a press or a keystroke changes in the data. Every change returns new
 * data and leaves the old untouched.
 */

type Data = ObserverChecklistData;

/** One line of a checklist part: a tick (for GROW: the stage was heard at least once). */
export interface ObserverItem<Key extends string = string> {
  /** The item's name in the data, unique within its part (a React key). */
  key: Key;
  label: UiKey;
  help: UiKey;
  checked: boolean;
  /** The data after the observer ticks (`true`) or unticks the item. */
  tick: (checked: boolean) => Data;
}

/** One part of the checklist as the form shows it: legend, help, the fields its hints sit on, its lines. */
export interface ObserverGroup {
  section: ObserverSection;
  legend: UiKey;
  help: UiKey;
  /** Hints on these fields, and any under them, show under the part. */
  hintPaths: readonly string[];
  score: SectionScore;
  items: readonly ObserverItem[];
}

/**
 * A tick of a part with parts of its own (`prep.point`, `best.seek`…). The label keys are built
 * from names, so the unit test checks that each exists in every dictionary.
 */
function partTicks<S extends 'prep' | 'threeE' | 'best' | 'fiveR'>(
  data: Data,
  section: S,
  parts: readonly (keyof Data[S] & string)[],
): ObserverItem[] {
  return parts.map((part) => ({
    key: part,
    label: `ws.observer.${section}.${part}` as UiKey,
    help: `ws.observer.${section}.${part}Help` as UiKey,
    checked: data[section][part] as boolean,
    tick: (checked) => ({ ...data, [section]: { ...data[section], [part]: checked } }),
  }));
}

/** A tick of its own at the end of a part: PREP's "kept in order", 5R's micro-action. */
function singleTick(data: Data, field: 'prepInOrder' | 'microAction'): ObserverItem {
  return {
    key: field,
    label: `ws.observer.${field}`,
    help: `ws.observer.${field}Help`,
    checked: data[field],
    tick: (checked) => ({ ...data, [field]: checked }),
  };
}

/** The GROW count after `count` questions of `stage` were heard. */
export function withGrowCount(data: Data, stage: GrowStage, count: number): Data {
  return { ...data, grow: { ...data.grow, [stage]: count } };
}

/**
 * The "−" and "+1" buttons of a GROW stage: the count, and the data after each press, or
 * `undefined` when the button cannot be pressed (no fewer than none, no more than the maximum).
 */
export function growCounter(
  data: Data,
  stage: GrowStage,
): { count: number; less: Data | undefined; more: Data | undefined } {
  const count = data.grow[stage];
  return {
    count,
    less: count > 0 ? withGrowCount(data, stage, count - 1) : undefined,
    more: count < MAX_QUESTION_COUNT ? withGrowCount(data, stage, count + 1) : undefined,
  };
}

export type GrowCounter = ReturnType<typeof growCounter>;

/**
 * GROW's lines, each with its counter. A line is ticked once its stage has a question;
 * ticking it counts one (keeping a larger count), unticking it sets the count back to zero.
 */
export function growItems(data: Data): (ObserverItem<GrowStage> & { counter: GrowCounter })[] {
  return growStages.map((stage) => {
    const count = data.grow[stage];
    return {
      key: stage,
      label: `ws.observer.grow.${stage}`,
      help: `ws.observer.grow.${stage}Help`,
      checked: count > 0,
      tick: (checked) => withGrowCount(data, stage, checked ? Math.max(count, 1) : 0),
      counter: growCounter(data, stage),
    };
  });
}

/** A part's lines in order. */
export function sectionItems(data: Data, section: ObserverSection): ObserverItem[] {
  switch (section) {
    case 'prep':
      return [...partTicks(data, 'prep', prepSteps), singleTick(data, 'prepInOrder')];
    case 'grow':
      return growItems(data);
    case 'threeE':
      return partTicks(data, 'threeE', threeEParts);
    case 'best':
      return partTicks(data, 'best', bestParts);
    case 'fiveR':
      return [...partTicks(data, 'fiveR', fiveRParts), singleTick(data, 'microAction')];
  }
}

/** The checklist parts the form shows, in conversation order: GROW and 5R always, the rest when in play. */
export function checklistGroups(data: Data): ObserverGroup[] {
  return observerScore(data)
    .sections.filter((score) => score.inPlay)
    .map((score) => ({
      section: score.section,
      legend: `ws.observer.${score.section}`,
      help: `ws.observer.${score.section}Help`,
      hintPaths:
        score.section === 'prep'
          ? ['prep', 'prepInOrder']
          : score.section === 'fiveR'
            ? ['fiveR', 'microAction']
            : [score.section],
      score,
      items: sectionItems(data, score.section),
    }));
}

/** The labels of the lines a part has not ticked, for the summary. */
export function missingItems(data: Data, section: ObserverSection): UiKey[] {
  return sectionItems(data, section)
    .filter((item) => !item.checked)
    .map((item) => item.label);
}

/** The roles of the trio, in the order the form asks for their names. */
export const observerRoles = [
  'manager',
  'employee',
  'observer',
] as const satisfies readonly (keyof ObserverRoles)[];

export function withRole(data: Data, role: keyof ObserverRoles, name: string): Data {
  return { ...data, roles: { ...data.roles, [role]: name } };
}

/** The optional frameworks' switches, in the order the form lists them. */
export const inPlaySwitches = [
  ['prep', 'ws.observer.inPlayPrep'],
  ['threeE', 'ws.observer.inPlayThreeE'],
  ['best', 'ws.observer.inPlayBest'],
] as const satisfies readonly (readonly [keyof Data['inPlay'], UiKey])[];

export function withInPlay(data: Data, section: keyof Data['inPlay'], on: boolean): Data {
  return { ...data, inPlay: { ...data.inPlay, [section]: on } };
}

/** The free-text fields: the scenario, the notes and the debrief. */
export type ObserverTextField = 'scenario' | 'quotes' | 'moments' | 'wentWell' | 'tryNext';

export function withText(data: Data, field: ObserverTextField, value: string): Data {
  return { ...data, [field]: value };
}

/** Choosing a listed scenario writes its id and puts in play exactly the frameworks it practises. */
export function chooseScenario(data: Data, scenario: ObserverScenarioChoice): Data {
  return { ...data, scenario: scenario.id, inPlay: inPlayForScenario(scenario) };
}

/** The scenario list's selection: the scenario field when it names a listed scenario, else none (''). */
export function chosenScenarioId(scenarios: readonly ObserverScenarioChoice[], scenario: string): string {
  return scenarios.some((choice) => choice.id === scenario) ? scenario : '';
}

/** A text as the summary prints it: trimmed, or `undefined` when there is nothing to print. */
export function summaryText(value: string): string | undefined {
  return value.trim() === '' ? undefined : value.trim();
}

/** The summary's facts about the role-play, in order. */
export function summaryFacts(data: Data): [UiKey, string][] {
  return [
    ['ws.observer.scenario', data.scenario],
    ['ws.observer.manager', data.roles.manager],
    ['ws.observer.employee', data.roles.employee],
    ['ws.observer.observer', data.roles.observer],
  ];
}

/** The summary's texts, after the score table, in order. */
export function summaryTexts(data: Data): [UiKey, string][] {
  return [
    ['ws.observer.wentWell', data.wentWell],
    ['ws.observer.tryNext', data.tryNext],
    ['ws.observer.quotes', data.quotes],
    ['ws.observer.moments', data.moments],
  ];
}
