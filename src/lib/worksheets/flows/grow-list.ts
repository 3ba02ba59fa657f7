import type { GrowQuestion } from '../../grow/question';
import { growStages } from '../../grow/question';
import { MAX_TEXT } from '../fields';
// The schema, not the kind's module: see plan-from-prep-sheet.ts.
import {
  growListLimits,
  growQuestionsSchema,
  type GrowListSource,
  type GrowQuestionsData,
} from '../grow-questions/schema';

/**
 * A GROW list worksheet from generated questions (the rules engine's or the AI's), in GROW
 * order, each with an id and unticked.
 */
export function growListFromQuestions(
  questions: readonly GrowQuestion[],
  options: { source?: GrowListSource; sourcePrepSheetId?: string } = {},
): GrowQuestionsData {
  const ordered = growStages
    .flatMap((stage) => questions.filter((question) => question.stage === stage))
    .slice(0, growListLimits.questions);
  return growQuestionsSchema.parse({
    questions: ordered.map((question, index) => ({
      id: `q${index + 1}`,
      stage: question.stage,
      text: question.text.slice(0, MAX_TEXT),
    })),
    source: options.source ?? 'rules',
    ...(options.sourcePrepSheetId === undefined ? {} : { sourcePrepSheetId: options.sourcePrepSheetId }),
  });
}
