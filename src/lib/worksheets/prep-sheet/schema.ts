import * as z from '../../schema';
import { MAX_TEXT, prepLimits } from '../../grow/prep-sheet';
import { draftText, isoDateOrEmpty } from '../fields';

/**
 * The prep sheet as a worksheet. Field names and limits are those of the generator's
 * contract in src/lib/grow/prep-sheet.ts, so a filled sheet feeds the GROW generator and the
 * PREP planner without renaming anything. Unlike the contract, rows may be empty here: the
 * employee adds a row, then types into it.
 */

const entry = draftText(MAX_TEXT);

export const prepMetricSchema = z.object({
  /** What is measured, e.g. "conversion rate". */
  name: entry,
  /** The value in the previous period, free text ("12%", "3 days"). */
  previous: entry,
  /** The value now. */
  current: entry,
  /** The value aimed at. */
  target: entry,
});

export const prepProjectSchema = z.object({
  /** The project or task. */
  name: entry,
  /** Where it stands. */
  progress: entry,
});

export const prepSheetDataSchema = z.object({
  /** The day of the 1:1; the sheet goes to the manager one or two days before. */
  meetingDate: isoDateOrEmpty,
  /** Employee: what they most want to talk about, up to three topics. */
  topics: z._default(z.array(entry).check(z.maxLength(prepLimits.topics.max)), ['']),
  /** Employee: up to two things that went best. */
  wins: z._default(z.array(entry).check(z.maxLength(prepLimits.wins.max)), []),
  /** Employee: up to two things that puzzle them most. */
  puzzles: z._default(z.array(entry).check(z.maxLength(prepLimits.puzzles.max)), []),
  /** Employee: up to three concrete things they need from the manager. */
  supportNeeded: z._default(z.array(entry).check(z.maxLength(prepLimits.supportNeeded.max)), []),
  /** Manager: up to five key metrics with their trend. */
  metrics: z._default(z.array(prepMetricSchema).check(z.maxLength(prepLimits.metrics.max)), []),
  /** Manager: up to five projects with their progress. */
  projects: z._default(z.array(prepProjectSchema).check(z.maxLength(prepLimits.projects.max)), []),
});

export type PrepSheetData = z.output<typeof prepSheetDataSchema>;
export type PrepSheetDataInput = z.input<typeof prepSheetDataSchema>;
export type PrepMetric = z.output<typeof prepMetricSchema>;
export type PrepProject = z.output<typeof prepProjectSchema>;

export function createDefaultPrepSheet(): PrepSheetData {
  return prepSheetDataSchema.parse({});
}

export type PrepListField = 'topics' | 'wins' | 'puzzles' | 'supportNeeded' | 'metrics' | 'projects';

/** How many entries of a list are filled and how many are allowed: the counters next to each list. */
export function prepSheetCounts(data: PrepSheetData): Record<PrepListField, { filled: number; max: number }> {
  const nonEmpty = (items: readonly string[]) => items.filter((item) => item.trim() !== '').length;
  return {
    topics: { filled: nonEmpty(data.topics), max: prepLimits.topics.max },
    wins: { filled: nonEmpty(data.wins), max: prepLimits.wins.max },
    puzzles: { filled: nonEmpty(data.puzzles), max: prepLimits.puzzles.max },
    supportNeeded: { filled: nonEmpty(data.supportNeeded), max: prepLimits.supportNeeded.max },
    metrics: { filled: nonEmpty(data.metrics.map((metric) => metric.name)), max: prepLimits.metrics.max },
    projects: {
      filled: nonEmpty(data.projects.map((project) => project.name)),
      max: prepLimits.projects.max,
    },
  };
}

export { MAX_TEXT as PREP_MAX_TEXT, prepLimits };
