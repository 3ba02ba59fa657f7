import * as z from '../../schema';
import { draftText, isoDateOrEmpty, MAX_SHORT, MAX_TEXT, worksheetRef } from '../fields';
import { dateMovesSchema } from '../tracking-fields';

/** At most three actions per conversation: more and none of them gets done. */
export const MAX_ACTIONS = 3;

/** Where an action stands: still open, done, or blocked by something outside the person's hands. */
export const actionStates = ['open', 'done', 'blocked'] as const;
export type ActionState = (typeof actionStates)[number];

/** One action of the 5R canvas. */
export const actionSchema = z.object({
  /** Result: what concrete outcome should be visible. */
  result: draftText(MAX_TEXT),
  /** Resource: the support, course, mentor or time it needs. */
  resource: draftText(MAX_TEXT),
  /** Responsible: who leads and who helps. */
  responsible: draftText(MAX_SHORT),
  /** Review: the day to look at progress together. */
  reviewDate: isoDateOrEmpty,
  /** Risk: what could get in the way. */
  risk: draftText(MAX_TEXT),
  /** The fallback if the risk happens. */
  contingency: draftText(MAX_TEXT),
  /** A small step that can be done this week; the next conversation starts from it. */
  microAction: z._default(z.boolean(), false),
  /** Each time the review date was moved, so repeated delays show on the dashboards. */
  reviewMoves: dateMovesSchema,
  /** Open, done or blocked; open and blocked actions are shown first in the next flash retro. */
  state: z._default(z.enum(actionStates), 'open'),
  /** The day it was done; `''` while open, or when an old plan only said "done". */
  doneOn: isoDateOrEmpty,
  /** What blocks it, in one line, while `state` is `blocked`. */
  blockedReason: draftText(MAX_SHORT),
});

export const actionPlanSchema = z.object({
  /** The day of the conversation the plan came out of. */
  conversationDate: isoDateOrEmpty,
  /** One to three actions; `addAction` refuses a fourth. */
  actions: z._default(z.array(actionSchema).check(z.maxLength(MAX_ACTIONS)), () => [emptyAction()]),
  /** The previous 5R plan this one carried unfinished actions over from (a flash retro's "next plan"). */
  sourcePlanId: z.optional(worksheetRef),
});

export type ActionPlanData = z.output<typeof actionPlanSchema>;
export type ActionPlanInput = z.input<typeof actionPlanSchema>;
export type PlannedAction = z.output<typeof actionSchema>;

export function emptyAction(): PlannedAction {
  return actionSchema.parse({});
}

export function createDefaultActionPlan(): ActionPlanData {
  return actionPlanSchema.parse({});
}

export type AddActionResult =
  | { type: 'success'; data: ActionPlanData }
  | { type: 'error'; code: 'too_many_actions'; max: typeof MAX_ACTIONS };

/** Adds an empty action, or refuses a fourth one. */
export function addAction(data: ActionPlanData, action: PlannedAction = emptyAction()): AddActionResult {
  if (data.actions.length >= MAX_ACTIONS)
    return { type: 'error', code: 'too_many_actions', max: MAX_ACTIONS };
  return { type: 'success', data: { ...data, actions: [...data.actions, action] } };
}

export function removeAction(data: ActionPlanData, index: number): ActionPlanData {
  return { ...data, actions: data.actions.filter((_, position) => position !== index) };
}

/**
 * Moves an action to `state` on `today`: done records the day (keeping one already set),
 * anything else clears it; the blocked reason is kept while blocked and cleared otherwise,
 * so a reason never outlives its block.
 */
export function setActionState(action: PlannedAction, state: ActionState, today: string): PlannedAction {
  return {
    ...action,
    state,
    doneOn: state === 'done' ? action.doneOn || today : '',
    blockedReason: state === 'blocked' ? action.blockedReason : '',
  };
}

/** An action that still asks for something: open or blocked, with a result written. */
export function isUnfinished(action: PlannedAction): boolean {
  return action.state !== 'done' && action.result.trim() !== '';
}
