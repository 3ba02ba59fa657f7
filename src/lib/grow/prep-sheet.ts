import '../zod-setup';
import { z } from 'zod';

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

const text = z.string().trim().min(1).max(MAX_TEXT);
const optionalText = z.string().trim().max(MAX_TEXT).optional();

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
  topics: z.array(text).min(prepLimits.topics.min).max(prepLimits.topics.max),
  /** Up to two things the employee thinks went best. */
  wins: z.array(text).max(prepLimits.wins.max).optional(),
  /** Up to two things that puzzle the employee most. */
  puzzles: z.array(text).max(prepLimits.puzzles.max).optional(),
  /** Up to three concrete things the employee needs from the manager. */
  supportNeeded: z.array(text).max(prepLimits.supportNeeded.max).optional(),
  /** Up to five key metrics (filled by the manager). */
  metrics: z.array(metricSchema).max(prepLimits.metrics.max).optional(),
  /** Up to five projects with their progress (filled by the manager). */
  projects: z.array(projectSchema).max(prepLimits.projects.max).optional(),
});

export type PrepSheet = z.output<typeof prepSheetSchema>;
export type PrepSheetInput = z.input<typeof prepSheetSchema>;
export type Metric = z.output<typeof metricSchema>;
export type Project = z.output<typeof projectSchema>;
