import * as z from '../../schema';
import { draftText, isoDateOrEmpty, MAX_TEXT, worksheetRef } from '../fields';

export const SATISFIED_COUNT = 3;

/** The call each retro makes: is the goal wrong, or the way of working towards it? */
export const retroJudgments = ['goal', 'execution', 'unsure'] as const;
export type RetroJudgment = (typeof retroJudgments)[number];

export const flashRetroSchema = z.object({
  /** The day of the retro. */
  date: isoDateOrEmpty,
  /** Question 1: the three things the employee is most satisfied with. */
  satisfied: z._default(z.array(draftText(MAX_TEXT)).check(z.maxLength(SATISFIED_COUNT)), () =>
    Array<string>(SATISFIED_COUNT).fill(''),
  ),
  /** Question 2: the one key obstacle… */
  obstacle: draftText(MAX_TEXT),
  /** …and what has been tried against it. */
  tried: draftText(MAX_TEXT),
  /** Question 3: the one thing to improve first in the next two weeks. */
  improvement: draftText(MAX_TEXT),
  /** Goal problem or execution problem; `null` until decided. */
  judgment: z._default(z.nullable(z.enum(retroJudgments)), null),
  /** The SMART-AR goal whose adjustment log should record a goal change. */
  linkedGoalId: z.optional(worksheetRef),
});

export type FlashRetroData = z.output<typeof flashRetroSchema>;
export type FlashRetroInput = z.input<typeof flashRetroSchema>;

/** A blank retro, dated `today` (the user's local date) when given: a retro is held on the day it is filled in. */
export function createDefaultFlashRetro(today = ''): FlashRetroData {
  return flashRetroSchema.parse({ date: today });
}
