import * as z from '../../schema';
import { growStages, growStageSchema, type GrowStage } from '../../grow/question';
import { draftText, MAX_LONG, MAX_TEXT, worksheetRef } from '../fields';

export const growListLimits = { questions: 40 } as const;

/** Where the list came from: typed by hand, the built-in rules engine, or the AI generator. */
export const growListSources = ['manual', 'rules', 'ai'] as const;
export type GrowListSource = (typeof growListSources)[number];

export const growListQuestionSchema = z.object({
  /** Stable within the list, so ticking or reordering never mixes up answers. */
  id: z.string().check(z.minLength(1), z.maxLength(40)),
  /** Goal, Reality, Options or Will. */
  stage: growStageSchema,
  /** The question as it will be asked. */
  text: draftText(MAX_TEXT),
  /** Ticked during the conversation once asked. */
  asked: z._default(z.boolean(), false),
  /** What the employee answered, in their words. */
  answer: draftText(MAX_LONG),
});

const questionList = z.array(growListQuestionSchema).check(z.maxLength(growListLimits.questions));

export const growQuestionsSchema = z.object({
  /** The questions in GROW order. */
  questions: z._default(questionList, []).check(
    z.superRefine((questions, context) => {
      const seen = new Set<string>();
      questions.forEach((question, index) => {
        if (seen.has(question.id)) {
          context.addIssue({
            code: 'custom',
            path: [index, 'id'],
            message: `Duplicate question id "${question.id}".`,
          });
        }
        seen.add(question.id);
      });
    }),
  ),
  /** The Will commitment: what the employee says they will do first, in their own words. */
  commitment: draftText(MAX_LONG),
  /** Whether the list was typed by hand or generated (and by what). */
  source: z._default(z.enum(growListSources), 'manual'),
  /** The prep sheet the questions were generated from, if any. */
  sourcePrepSheetId: z.optional(worksheetRef),
});

export type GrowQuestionsData = z.output<typeof growQuestionsSchema>;
export type GrowQuestionsInput = z.input<typeof growQuestionsSchema>;
export type GrowListQuestion = z.output<typeof growListQuestionSchema>;

export function createDefaultGrowQuestions(): GrowQuestionsData {
  return growQuestionsSchema.parse({});
}

/** An id not used in the list yet: `q1`, `q2`, … */
export function nextQuestionId(questions: readonly Pick<GrowListQuestion, 'id'>[]): string {
  const used = new Set(questions.map((question) => question.id));
  let n = questions.length + 1;
  while (used.has(`q${n}`)) n += 1;
  return `q${n}`;
}

export type AddQuestionResult =
  | { type: 'success'; data: GrowQuestionsData; id: string }
  | { type: 'error'; code: 'too_many_questions'; max: number };

/** Adds a question at the end of its stage, keeping the list in GROW order. */
export function addGrowQuestion(data: GrowQuestionsData, stage: GrowStage, text = ''): AddQuestionResult {
  if (data.questions.length >= growListLimits.questions) {
    return { type: 'error', code: 'too_many_questions', max: growListLimits.questions };
  }
  const id = nextQuestionId(data.questions);
  const question: GrowListQuestion = { id, stage, text, asked: false, answer: '' };
  const stageIndex = growStages.indexOf(stage);
  const insertAt = data.questions.findIndex((existing) => growStages.indexOf(existing.stage) > stageIndex);
  const questions = [...data.questions];
  questions.splice(insertAt === -1 ? questions.length : insertAt, 0, question);
  return { type: 'success', data: { ...data, questions }, id };
}
