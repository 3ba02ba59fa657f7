import '../zod-setup';
import { z } from 'zod';

/**
 * The content of a handout: `content/<lang>/handouts/<id>.md`. Everything is in the front
 * matter, with limits that keep each sheet on one A4 page; the body is not rendered, so keep
 * it empty. The steps' letters are checked against `frameworkLetters` by a unit test.
 *
 * The six lettered frameworks (SMART-AR, PREP, 3E, GROW, BEST, 5R) take their step names and
 * their subtitle from the terms module (`src/lib/method/terms.ts`), so their files leave `name`
 * and `subtitle` out; the flash retro, which has no letters, writes its own.
 */

const line = (max: number) => z.string().trim().min(2).max(max);

/** One letter or step of a framework. */
export const handoutStepSchema = z.strictObject({
  /** The letter or number as printed in the badge: `G`, `1`. */
  letter: z.string().trim().min(1).max(2),
  /** The step's name; only for sheets without letters (the terms module names the others). */
  name: line(30).optional(),
  /** What the step is, in one line. */
  explain: line(110),
  /** A phrase a manager could say, without quotation marks (the sheet adds them). */
  example: line(110),
});

export const frameworkHandoutSchema = z.strictObject({
  type: z.literal('framework'),
  /** The sheet's heading. */
  title: line(40),
  /** One line under the heading; only for sheets without letters (the others list their terms). */
  subtitle: line(90).optional(),
  /** What the framework is for and when to use it: two or three sentences. */
  purpose: line(240),
  steps: z.array(handoutStepSchema).min(3).max(7),
  /** Two or three practical tips. */
  tips: z.array(line(170)).min(2).max(3),
});

/** One card of the pocket card: a GROW stage and its questions. */
export const pocketCardStageSchema = z.strictObject({
  stage: z.enum(['goal', 'reality', 'options', 'will']),
  /** Not written: the card prints the stage's letter and term from the terms module. */
  /** What the stage is after, in a few words. */
  lead: line(60),
  questions: z.array(line(80)).min(4).max(5),
});

export const pocketCardSchema = z.strictObject({
  type: z.literal('pocket-card'),
  title: line(40),
  /** One or two sentences above the cards. */
  intro: line(160),
  /** Four cards, in the order Goal, Reality, Options, Will. */
  stages: z.array(pocketCardStageSchema).length(4),
});

/** The five steps of the method, in order, as the quick card lists them. */
export const quickCardStepIds = ['goals', 'conversation', 'feedback', 'action', 'tracking'] as const;

/** One step on the quick card; the frameworks' letters and the policy's numbers come from code. */
export const quickCardStepSchema = z.strictObject({
  step: z.enum(quickCardStepIds),
  /** The step's name, e.g. "锚定动态目标". */
  name: line(40),
  /** Two or three things to do, one short line each. */
  do: z.array(line(70)).min(2).max(3),
  /** One sentence a manager could say, without quotation marks. */
  say: line(70),
});

/** The one-page five-step quick reference: `content/<lang>/handouts/quick-card.md`. */
export const quickCardSchema = z.strictObject({
  type: z.literal('quick-card'),
  title: line(40),
  /** One sentence under the heading. */
  intro: line(120),
  /** The five steps, in the method's order. */
  steps: z.array(quickCardStepSchema).length(5),
});

export const handoutContentSchema = z.discriminatedUnion('type', [
  frameworkHandoutSchema,
  pocketCardSchema,
  quickCardSchema,
]);

export type HandoutStep = z.output<typeof handoutStepSchema>;
export type FrameworkHandout = z.output<typeof frameworkHandoutSchema>;
export type PocketCard = z.output<typeof pocketCardSchema>;
export type PocketCardStage = z.output<typeof pocketCardStageSchema>;
export type QuickCard = z.output<typeof quickCardSchema>;
export type QuickCardStep = z.output<typeof quickCardStepSchema>;
export type HandoutContent = z.output<typeof handoutContentSchema>;
