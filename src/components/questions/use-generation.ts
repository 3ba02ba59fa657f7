import { useState } from 'react';
import type { GrowRequest } from '../../lib/grow/request';
import { generateQuestions, type GenerationOutcome } from './generate-client';
import { withIds } from './question-text';
import type { EditableQuestion } from './QuestionListEditor';

/** Generating a set of questions: busy meanwhile, the outcome and the editable list after. */
export function useGeneration(onProblem: (message: string) => void) {
  const [seed, setSeed] = useState(0);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<GenerationOutcome>();
  const [questions, setQuestions] = useState<EditableQuestion[]>([]);

  const generate = async (
    request: Omit<GrowRequest, 'mode'>,
    mode: 'ai' | 'rules',
    nextSeed: number,
    unavailable: string,
  ) => {
    setBusy(true);
    try {
      const result = await generateQuestions(request, mode, nextSeed);
      setSeed(nextSeed);
      setOutcome(result);
      setQuestions(withIds(result.questions));
    } catch {
      // The rules engine is a chunk of its own: a lost connection or a new deploy can keep it
      // from loading. What the user typed stays; they can try again.
      onProblem(unavailable);
    } finally {
      setBusy(false);
    }
  };
  return { busy, seed, outcome, questions, setQuestions, generate };
}
