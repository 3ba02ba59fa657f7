import * as z from '../../schema';
import { draftText, isoDateOrEmpty, MAX_SHORT, MAX_TEXT } from '../fields';
import { dateMovesSchema, MAX_TRACE_ENTRIES } from '../tracking-fields';

export const smartArLimits = {
  milestones: 6,
  adjustments: 50,
} as const;

/** The letters of SMART-AR, in order, as keys of `letters`. */
export const smartArLetters = [
  'specific',
  'measurable',
  'achievable',
  'relevant',
  'timeBased',
  'agile',
  'reviewable',
] as const;
export type SmartArLetter = (typeof smartArLetters)[number];

/** A quarterly or monthly step towards the goal. */
export const milestoneSchema = z.object({
  /** What is measured at this step, e.g. "new-customer conversion". */
  indicator: draftText(MAX_SHORT),
  /** The value to reach, free text so "15%" or "3 clients" both fit. */
  target: draftText(MAX_SHORT),
  /** When the step should be reached. */
  date: isoDateOrEmpty,
  /** Where it stands now, free text like the target ("11%", "2 clients"); the dashboards compare the two. */
  current: draftText(MAX_SHORT),
  /** The day it was reached; `''` while not reached. Ticking "reached" fills in today. */
  reachedOn: isoDateOrEmpty,
});

/** Whether a change fixed the goal itself or only the way of working towards it. */
export const adjustmentKinds = ['goal', 'execution'] as const;

/** One entry of the adjustment log: goal changes leave a trace. */
export const adjustmentSchema = z.object({
  /** The day the change was agreed. */
  date: isoDateOrEmpty,
  /** The facts behind the change (market shift, new priority…), not a feeling. */
  reason: draftText(MAX_TEXT),
  /** The goal or method before the change. */
  before: draftText(MAX_TEXT),
  /** The goal or method after the change. */
  after: draftText(MAX_TEXT),
  /** Whether the goal itself changed, or only the way of working towards it. */
  kind: z._default(z.enum(adjustmentKinds), 'goal'),
});

/**
 * Two ways to say how likely the goal is now: a 0–10 score, or five steps from "very
 * unlikely" (1) to "very likely" (5).
 */
export const likelihoodScales = ['ten', 'five'] as const;
export type LikelihoodScale = (typeof likelihoodScales)[number];

export const likelihoodSchema = z
  .object({
    /** `ten`: a 0–10 score; `five`: five named steps, 1–5. */
    scale: z._default(z.enum(likelihoodScales), 'ten'),
    /** The score on that scale, or `null` while not estimated. */
    value: z._default(z.nullable(z.int().check(z.minimum(0), z.maximum(10))), null),
  })
  .check(
    z.refine(
      (likelihood) =>
        likelihood.value === null ||
        likelihood.scale === 'ten' ||
        (likelihood.value >= 1 && likelihood.value <= 5),
      {
        path: ['value'],
        message: 'On the five-step scale the value is 1 to 5.',
      },
    ),
  );

/** One reading of the likelihood, written when the score changes (one per day), for its trend. */
export const likelihoodReadingSchema = z.object({
  date: z.iso.date(),
  scale: z.enum(likelihoodScales),
  value: z.int().check(z.minimum(0), z.maximum(10)),
});
export type LikelihoodReading = z.output<typeof likelihoodReadingSchema>;

/** One answer per SMART-AR letter: how this goal meets it. */
export const lettersSchema = z.object({
  /** S: what exactly will be achieved. */
  specific: draftText(MAX_TEXT),
  /** M: the number or visible result that shows it is done. */
  measurable: draftText(MAX_TEXT),
  /** A: why it is within reach with the people and time at hand. */
  achievable: draftText(MAX_TEXT),
  /** R: how it serves the team's or the company's priorities. */
  relevant: draftText(MAX_TEXT),
  /** T: the date it is due. */
  timeBased: draftText(MAX_TEXT),
  /** Agile: which facts would justify adjusting it. */
  agile: draftText(MAX_TEXT),
  /** Reviewable: when and how progress is looked at together. */
  reviewable: draftText(MAX_TEXT),
});

export const smartArSchema = z.object({
  /** The annual direction this goal serves: what the organisation really values. */
  direction: draftText(MAX_TEXT),
  /** The goal statement, ideally drafted by the employee first. */
  goal: draftText(MAX_TEXT),
  /** Quarterly or monthly steps that may be adjusted on facts. */
  milestones: z._default(z.array(milestoneSchema).check(z.maxLength(smartArLimits.milestones)), []),
  /** One answer per SMART-AR letter. */
  letters: z.prefault(lettersSchema, {}),
  /** How likely the goal is now, as the employee sees it. */
  likelihood: z.prefault(likelihoodSchema, {}),
  /** What would raise the likelihood: the conditions still missing. */
  missingConditions: draftText(MAX_TEXT),
  /** The agreed review rhythm, e.g. "second week of every month". */
  reviewCadence: draftText(MAX_SHORT),
  /** The next review together. */
  nextReviewDate: isoDateOrEmpty,
  /** Each time the next review was moved, so repeated delays show on the dashboards. */
  nextReviewMoves: dateMovesSchema,
  /** The likelihood over time, oldest first; the form adds a reading when the score changes. */
  likelihoodLog: z._default(z.array(likelihoodReadingSchema).check(z.maxLength(MAX_TRACE_ENTRIES)), () => []),
  /** Every agreed change, newest last. */
  adjustments: z._default(z.array(adjustmentSchema).check(z.maxLength(smartArLimits.adjustments)), []),
});

export type SmartArData = z.output<typeof smartArSchema>;
export type SmartArInput = z.input<typeof smartArSchema>;
export type Milestone = z.output<typeof milestoneSchema>;
export type Adjustment = z.output<typeof adjustmentSchema>;
export type Likelihood = z.output<typeof likelihoodSchema>;

export function createDefaultSmartAr(): SmartArData {
  return smartArSchema.parse({});
}

/** Whether the likelihood is at or below "even": the moment to ask what is missing. */
export function isLikelihoodLow(likelihood: Likelihood): boolean {
  if (likelihood.value === null) return false;
  return likelihood.scale === 'ten' ? likelihood.value <= 6 : likelihood.value <= 3;
}

/**
 * Adds today's reading to the likelihood log, replacing one already made today; a score
 * cleared to "not estimated" leaves the log alone.
 */
export function recordLikelihood(
  log: readonly LikelihoodReading[],
  likelihood: Likelihood,
  today: string,
): LikelihoodReading[] {
  if (likelihood.value === null) return [...log];
  const reading = { date: today, scale: likelihood.scale, value: likelihood.value };
  const kept = log.filter((entry) => entry.date !== today);
  return [...kept, reading].slice(-MAX_TRACE_ENTRIES);
}
