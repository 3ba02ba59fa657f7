import * as z from '../../schema';
import { draftText, MAX_LONG, MAX_SHORT, MAX_TEXT } from '../fields';

/**
 * The observer's checklist for a workshop role-play: the third person in a trio ticks what
 * the manager actually did, counts the GROW questions, writes down what was said, and
 * closes with a short debrief. Everything is a tick or a count so it can be filled while
 * listening; the score is computed, never typed.
 */

/** Pseudonyms only: the trio's names appear on a printed sheet. */
export const MAX_NAME = 80;
/** An observer taps "+1" per question heard; beyond this a count stops meaning much. */
export const MAX_QUESTION_COUNT = 30;

export const growStages = ['goal', 'reality', 'options', 'will'] as const;
export type GrowStage = (typeof growStages)[number];

export const bestParts = ['behavior', 'effect', 'seek', 'target'] as const;
export type BestPart = (typeof bestParts)[number];

export const fiveRParts = ['result', 'resource', 'responsible', 'review', 'risk'] as const;
export type FiveRPart = (typeof fiveRParts)[number];

export const prepSteps = ['point', 'reason', 'example', 'plan'] as const;
export type PrepStep = (typeof prepSteps)[number];

export const threeEParts = ['encourage', 'explore', 'empower'] as const;
export type ThreeEPart = (typeof threeEParts)[number];

const tick = z._default(z.boolean(), false);
const questionCount = z._default(z.int().check(z.minimum(0), z.maximum(MAX_QUESTION_COUNT)), 0);

export const rolesSchema = z.object({
  /** Who played the manager (a pseudonym). */
  manager: draftText(MAX_NAME),
  /** Who played the employee (a pseudonym). */
  employee: draftText(MAX_NAME),
  /** Who observed and filled in this sheet (a pseudonym). */
  observer: draftText(MAX_NAME),
});

/** Which of the optional frameworks this role-play practises; GROW and 5R are always expected. */
export const inPlaySchema = z.object({
  /** The conversation was meant to follow Point, Reason, Example, Plan. */
  prep: z._default(z.boolean(), true),
  /** The scenario calls for feedback on a behaviour that has to change (BEST). */
  best: z._default(z.boolean(), true),
  /** The scenario calls for developmental feedback with 3E. */
  threeE: z._default(z.boolean(), false),
});

/** How many questions of each GROW type the manager asked; 0 means none was heard. */
export const growCountsSchema = z.object({
  /** Goal: what the employee wants to achieve. */
  goal: questionCount,
  /** Reality: where things stand now, in facts. */
  reality: questionCount,
  /** Options: what could be tried. */
  options: questionCount,
  /** Will: what the employee commits to first. */
  will: questionCount,
});

export const bestTicksSchema = z.object({
  /** Behavior: an observable behaviour, with facts (dates, counts), no label. */
  behavior: tick,
  /** Effect: its concrete effect on the team, customers or the work. */
  effect: tick,
  /** Seek: a real, open question about the employee's view, and time to answer it. */
  seek: tick,
  /** Target: the next step agreed together, not imposed. */
  target: tick,
});

export const fiveRTicksSchema = z.object({
  /** Result: a visible outcome was named. */
  result: tick,
  /** Resource: the support needed was named. */
  resource: tick,
  /** Responsible: who leads and who helps was said. */
  responsible: tick,
  /** Review: a date to look at progress together was set. */
  review: tick,
  /** Risk: a likely obstacle and the contingency for it were both discussed. */
  risk: tick,
});

export const prepTicksSchema = z.object({
  /** Point: the topic was stated at the start. */
  point: tick,
  /** Reason: data and observations, not opinions, explained why. */
  reason: tick,
  /** Example: one or two concrete situations both remember. */
  example: tick,
  /** Plan: the talk ended on a concrete next behaviour. */
  plan: tick,
});

export const threeETicksSchema = z.object({
  /** Encourage: specific praise for something done. */
  encourage: tick,
  /** Explore: causes looked at together, with questions. */
  explore: tick,
  /** Empower: support or an opportunity offered. */
  empower: tick,
});

export const observerChecklistSchema = z.object({
  /** The scenario played: a workshop scenario id (`sales-slump`) or a few words. */
  scenario: draftText(MAX_SHORT),
  roles: z.prefault(rolesSchema, {}),
  inPlay: z.prefault(inPlaySchema, {}),
  grow: z.prefault(growCountsSchema, {}),
  best: z.prefault(bestTicksSchema, {}),
  fiveR: z.prefault(fiveRTicksSchema, {}),
  /** At least one of the agreed actions can be done this week. */
  microAction: tick,
  prep: z.prefault(prepTicksSchema, {}),
  /** The four PREP steps came in their order (no advice before the facts were on the table). */
  prepInOrder: tick,
  threeE: z.prefault(threeETicksSchema, {}),
  /** Words heard, written as said: the debrief quotes them back. */
  quotes: draftText(MAX_LONG),
  /** Moments worth discussing: a turn, a silence, a question that opened things up. */
  moments: draftText(MAX_LONG),
  /** Debrief: what went well, in concrete terms. */
  wentWell: draftText(MAX_TEXT),
  /** Debrief: the one thing the manager will try next time. */
  tryNext: draftText(MAX_TEXT),
});

export type ObserverChecklistData = z.output<typeof observerChecklistSchema>;
export type ObserverChecklistInput = z.input<typeof observerChecklistSchema>;
export type ObserverRoles = z.output<typeof rolesSchema>;

export function createDefaultObserverChecklist(): ObserverChecklistData {
  return observerChecklistSchema.parse({});
}
