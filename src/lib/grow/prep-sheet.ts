import * as z from '../schema';

/**
 * The employee's prep sheet as the GROW question generator receives it: the contract of
 * `POST /api/grow-questions` (see README). The prep-sheet worksheet stores the same
 * fields, so this module is the one truth for their names and limits.
 */

/** Every string the generator accepts or returns is at most this long. */
export const MAX_TEXT = 500;

export const prepLimits = {
  topics: { min: 1, max: 3 },
  wins: { max: 2 },
  puzzles: { max: 2 },
  supportNeeded: { max: 3 },
  metrics: { max: 5 },
  projects: { max: 5 },
} as const;

const text = z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT));
const optionalText = z.optional(z.string().check(z.trim(), z.maxLength(MAX_TEXT)));

export const metricSchema = z.strictObject({
  /** What is measured, e.g. "conversion rate". */
  name: text,
  /** The value in the previous period, free text ("12%", "3 days"). */
  previous: optionalText,
  /** The value now. */
  current: optionalText,
  /** The value aimed at. */
  target: optionalText,
});

export const projectSchema = z.strictObject({
  /** The project or task. */
  name: text,
  /** Where it stands, in the manager's or employee's words. */
  progress: optionalText,
});

export const prepSheetSchema = z.strictObject({
  /** What the employee most wants to talk about: 1 to 3 topics. */
  topics: z.array(text).check(z.minLength(prepLimits.topics.min), z.maxLength(prepLimits.topics.max)),
  /** Up to two things the employee thinks went best. */
  wins: z.optional(z.array(text).check(z.maxLength(prepLimits.wins.max))),
  /** Up to two things that puzzle the employee most. */
  puzzles: z.optional(z.array(text).check(z.maxLength(prepLimits.puzzles.max))),
  /** Up to three concrete things the employee needs from the manager. */
  supportNeeded: z.optional(z.array(text).check(z.maxLength(prepLimits.supportNeeded.max))),
  /** Up to five key metrics (filled by the manager). */
  metrics: z.optional(z.array(metricSchema).check(z.maxLength(prepLimits.metrics.max))),
  /** Up to five projects with their progress (filled by the manager). */
  projects: z.optional(z.array(projectSchema).check(z.maxLength(prepLimits.projects.max))),
});

export type PrepSheet = z.output<typeof prepSheetSchema>;
export type PrepSheetInput = z.input<typeof prepSheetSchema>;
export type Metric = z.output<typeof metricSchema>;
export type Project = z.output<typeof projectSchema>;
