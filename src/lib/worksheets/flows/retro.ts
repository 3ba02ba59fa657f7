import {
  setActionState,
  type ActionPlanData,
  type ActionState,
  type PlannedAction,
} from '../action-plan/schema';
import { localDateOf } from '../../dates';
import type { WorksheetDoc, WorksheetDocLike } from '../document';
import { MAX_SHORT, MAX_TEXT } from '../fields';
import type { FlashRetroData } from '../flash-retro';
import { filled } from '../hint';
import { isSamePerson } from '../person';
// The schema, not the kind's module: see plan-from-prep-sheet.ts.
import { smartArLimits, type Adjustment, type SmartArData } from '../smart-ar/schema';

/**
 * The flash retro's hand-overs: it opens with what the last 5R plan promised, and a goal
 * problem it finds goes into the SMART-AR goal's adjustment log. Pure: the caller loads and saves.
 */

export interface OpenActions {
  /** The 5R plan the actions come from. */
  planId: string;
  planTitle: string;
  conversationDate: string;
  /** Actions with a result that are not done yet, with their position in the plan. */
  actions: { index: number; action: PlannedAction }[];
}

/**
 * A person's latest 5R plan: by conversation date, then creation. `person` undefined or empty
 * means plans not tagged with anyone.
 */
export function latestPlanFor(
  docs: readonly WorksheetDocLike[],
  person: string | undefined,
): WorksheetDoc<'action-plan'> | undefined {
  // A document of kind 'action-plan' carries action-plan data: every way into a doc validates it.
  const plans = docs.filter(
    (doc) => doc.kind === 'action-plan' && isSamePerson(doc.person, person),
  ) as WorksheetDoc<'action-plan'>[];
  const order = (doc: WorksheetDoc<'action-plan'>) =>
    `${doc.data.conversationDate || localDateOf(doc.createdAt)}|${doc.createdAt}`;
  return plans.reduce<WorksheetDoc<'action-plan'> | undefined>(
    (best, doc) => (best === undefined || order(doc) > order(best) ? doc : best),
    undefined,
  );
}

/**
 * The open actions of the latest 5R plan for a person, shown first in a flash retro so the
 * next conversation starts from what was promised. "Latest" is by conversation date, then
 * creation. `person` undefined or empty means worksheets not tagged with anyone.
 */
export function openActionsForRetro(
  docs: readonly WorksheetDocLike[],
  person: string | undefined,
): OpenActions | undefined {
  const latest = latestPlanFor(docs, person);
  if (latest === undefined) return undefined;
  return {
    planId: latest.id,
    planTitle: latest.title,
    conversationDate: latest.data.conversationDate,
    actions: latest.data.actions
      .map((action, index) => ({ index, action }))
      .filter(({ action }) => action.state !== 'done' && filled(action.result)),
  };
}

/** A draft adjustment-log entry from a flash retro: its date, its obstacle as the reason, its judgment as the kind. */
export function adjustmentFromRetro(retro: FlashRetroData): Adjustment {
  const reason = [retro.obstacle.trim(), retro.improvement.trim()].filter((part) => part !== '').join('\n');
  return {
    date: retro.date,
    reason: reason.slice(0, MAX_TEXT),
    before: '',
    after: '',
    kind: retro.judgment === 'execution' ? 'execution' : 'goal',
  };
}

export type AppendAdjustmentResult =
  { type: 'success'; data: SmartArData } | { type: 'error'; code: 'too_many_adjustments'; max: number };

/** Adds an entry to a goal's adjustment log, newest last. */
export function appendAdjustment(goal: SmartArData, adjustment: Adjustment): AppendAdjustmentResult {
  if (goal.adjustments.length >= smartArLimits.adjustments) {
    return { type: 'error', code: 'too_many_adjustments', max: smartArLimits.adjustments };
  }
  return { type: 'success', data: { ...goal, adjustments: [...goal.adjustments, adjustment] } };
}

export type TickPlanActionResult =
  { type: 'success'; data: ActionPlanData } | { type: 'error'; code: 'action_changed' };

/**
 * A 5R plan with one action ticked in a flash retro: moved to `state` on `today` (done
 * records the day), with `blockedReason` while blocked. `result` is the action's text as the
 * retro showed it: if the action at `index` no longer says that (the plan was edited or
 * reordered meanwhile), nothing is changed and the caller says so.
 */
export function tickPlanAction(
  plan: ActionPlanData,
  tick: { index: number; result: string; state: ActionState; today: string; blockedReason?: string },
): TickPlanActionResult {
  const action = plan.actions[tick.index];
  if (action === undefined || action.result.trim() !== tick.result.trim()) {
    return { type: 'error', code: 'action_changed' };
  }
  const moved = setActionState(action, tick.state, tick.today);
  const ticked =
    tick.state === 'blocked' && tick.blockedReason !== undefined
      ? { ...moved, blockedReason: tick.blockedReason.trim().slice(0, MAX_SHORT) }
      : moved;
  return {
    type: 'success',
    data: {
      ...plan,
      actions: plan.actions.map((item, position) => (position === tick.index ? ticked : item)),
    },
  };
}
