import * as z from '../schema';
import { MAX_TEXT } from './prep-sheet';

/** The four GROW stages, in the order a conversation moves through them. */
export const growStages = ['goal', 'reality', 'options', 'will'] as const;
export const growStageSchema = z.enum(growStages);
export type GrowStage = z.output<typeof growStageSchema>;

/** One coaching question for one stage. */
export const growQuestionSchema = z.strictObject({
  stage: growStageSchema,
  /** The question as the manager will ask it. */
  text: z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT)),
});
export type GrowQuestion = z.output<typeof growQuestionSchema>;
