import type { WorksheetDocLike } from '../worksheets/document';
import type { WorksheetDoc } from '../worksheets/document';
import type { GuideModuleId } from '../content/guide-schema';
import { personKey } from '../worksheets/person';

/**
 * The shapes the dashboards work with. Everything here is computed from the worksheets stored
 * on this device: pure functions, the clock passed in as `today` (the user's local date,
 * `YYYY-MM-DD`), thresholds from `../policy.ts` only.
 */

/** The practice mark of the dashboards' sample team (see sample-data.ts), so it can be told apart and cleared. */
export const SAMPLE_PRACTICE_ID = 'sample-team';

/** A guide section that explains a state or a signal: `/guide/<module>/#<anchor>`. */
export interface GuideRef {
  module: GuideModuleId;
  anchor: string;
}

export const healthStates = ['off-track', 'at-risk', 'on-track', 'no-data'] as const;
/** Goal health; `no-data` when nothing recorded lets a rule judge. */
export type HealthState = (typeof healthStates)[number];

/** How much a state needs attention: higher first. */
export const healthRank: Record<HealthState, number> = {
  'off-track': 3,
  'at-risk': 2,
  'no-data': 1,
  'on-track': 0,
};

/** The worse of two states. */
export function worseHealth(a: HealthState, b: HealthState): HealthState {
  return healthRank[b] > healthRank[a] ? b : a;
}

/** The people settings: who "me" is on this device, and who has left. Keys are `personKey()`s. */
export interface PeopleSettings {
  /** The name this device's owner uses for themself; their worksheets are "My progress". */
  me?: string | undefined;
  /** Person keys of people who left: their worksheets stay, out of the dashboards' way. */
  archived?: readonly string[] | undefined;
}

export function isArchived(person: string | undefined, settings: PeopleSettings): boolean {
  const key = personKey(person);
  return key !== '' && (settings.archived ?? []).includes(key);
}

/** Whether a worksheet is the device owner's own: tagged with "me", or with no person when "me" is unset. */
export function isMine(person: string | undefined, settings: PeopleSettings): boolean {
  const me = personKey(settings.me);
  const key = personKey(person);
  return me === '' ? key === '' : key === me || key === '';
}

export type GoalDoc = WorksheetDoc<'smart-ar'>;
export type PlanDoc = WorksheetDoc<'action-plan'>;
export type RetroDoc = WorksheetDoc<'flash-retro'>;
export type FeedbackDoc = WorksheetDoc<'feedback'>;
export type PrepSheetDoc = WorksheetDoc<'prep-sheet'>;
export type PlannerDoc = WorksheetDoc<'prep-planner'>;

/** One person's worksheets, by kind. Every doc has been validated (storage and import only hand out valid ones). */
export interface PersonDocs {
  /** The name as most recently written. */
  name: string;
  key: string;
  goals: GoalDoc[];
  plans: PlanDoc[];
  retros: RetroDoc[];
  feedback: FeedbackDoc[];
  prepSheets: PrepSheetDoc[];
  planners: PlannerDoc[];
}

function emptyPerson(name: string, key: string): PersonDocs {
  return { name, key, goals: [], plans: [], retros: [], feedback: [], prepSheets: [], planners: [] };
}

/**
 * Groups worksheets by person (`personKey`), leaving out practice worksheets from workshop
 * scenarios unless `includePractice`. Worksheets with no person are grouped under the key `''`.
 */
export function groupByPerson(
  docs: readonly WorksheetDocLike[],
  options: { includePractice?: boolean } = {},
): Map<string, PersonDocs> {
  const people = new Map<string, PersonDocs>();
  const newest = new Map<string, string>();
  for (const doc of docs) {
    if (doc.practice !== undefined && options.includePractice !== true) continue;
    const key = personKey(doc.person);
    let entry = people.get(key);
    if (entry === undefined) {
      entry = emptyPerson((doc.person ?? '').trim(), key);
      people.set(key, entry);
    }
    if ((newest.get(key) ?? '') < doc.updatedAt) {
      newest.set(key, doc.updatedAt);
      entry.name = (doc.person ?? '').trim();
    }
    // Each branch narrows by kind: a stored doc of a kind carries that kind's data.
    switch (doc.kind) {
      case 'smart-ar':
        entry.goals.push(doc as GoalDoc);
        break;
      case 'action-plan':
        entry.plans.push(doc as PlanDoc);
        break;
      case 'flash-retro':
        entry.retros.push(doc as RetroDoc);
        break;
      case 'feedback':
        entry.feedback.push(doc as FeedbackDoc);
        break;
      case 'prep-sheet':
        entry.prepSheets.push(doc as PrepSheetDoc);
        break;
      case 'prep-planner':
        entry.planners.push(doc as PlannerDoc);
        break;
      default:
        break;
    }
  }
  return people;
}

/** The day a worksheet was created, in UTC (stored instants are UTC); used when a form has no date of its own. */
export function createdOn(doc: { createdAt: string }): string {
  return doc.createdAt.slice(0, 10);
}

/** The day of a 5R plan: its conversation date, or the day it was created. */
export function planDate(plan: PlanDoc): string {
  return plan.data.conversationDate || createdOn(plan);
}

/** The latest 5R plan, by conversation date and then creation. */
export function latestPlan(plans: readonly PlanDoc[]): PlanDoc | undefined {
  let best: PlanDoc | undefined;
  for (const plan of plans) {
    if (
      best === undefined ||
      planDate(plan) > planDate(best) ||
      (planDate(plan) === planDate(best) && plan.createdAt > best.createdAt)
    )
      best = plan;
  }
  return best;
}
