import type { GrowListQuestion } from './schema';

export type MoveDirection = 'up' | 'down';

/**
 * Moves a question one place up or down among the questions of its own stage; questions of
 * other stages keep their places, so the list stays in GROW order. Returns the list unchanged
 * (the same array) when the question is already first or last in its stage, or unknown.
 */
export function moveQuestionWithinStage<Q extends Pick<GrowListQuestion, 'id' | 'stage'>>(
  questions: readonly Q[],
  id: string,
  direction: MoveDirection,
): readonly Q[] {
  const from = questions.findIndex((question) => question.id === id);
  const moving = questions[from];
  if (moving === undefined) return questions;
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < questions.length && questions[to]?.stage !== moving.stage) to += step;
  const other = questions[to];
  if (other === undefined) return questions;
  const next = [...questions];
  next[to] = moving;
  next[from] = other;
  return next;
}

/** The question's place within its stage, from 1; 0 when it is not in the list. */
export function positionInStage(
  questions: readonly Pick<GrowListQuestion, 'id' | 'stage'>[],
  id: string,
): number {
  const question = questions.find((candidate) => candidate.id === id);
  if (question === undefined) return 0;
  return (
    questions
      .filter((candidate) => candidate.stage === question.stage)
      .findIndex((candidate) => candidate.id === id) + 1
  );
}
