import { coachingPolicy } from '../../../policy';
import type { zhGrowQuestionsHints } from '../zh-CN-parts/grow-questions-hints';

/** Coaching hints of the GROW question list (keys start with `hint.growQuestions.`). */
export const enGrowQuestionsHints: Record<keyof typeof zhGrowQuestionsHints, string> = {
  'hint.growQuestions.missingStage':
    'No {name} question yet: prepare at least one for every stage, e.g. “{example}”',
  'hint.growQuestions.stageExample.goal':
    'Looking back a month from now, what would you like this to have become?',
  'hint.growQuestions.stageExample.reality': 'Where does this stand right now, and where is it stuck?',
  'hint.growQuestions.stageExample.options':
    'Apart from what you’re doing now, what other approaches could you try?',
  'hint.growQuestions.stageExample.will': `Which step will you take first, in the next ${coachingPolicy.microActionWithinDays} days?`,
  'hint.growQuestions.notAQuestion':
    'This isn’t a question yet: end it with a question mark and let the employee answer.',
  'hint.growQuestions.closed':
    'This can be answered with a plain yes or no. Asking “what”, “how” or “which” invites a fuller answer.',
  'hint.growQuestions.judgmental.one':
    '{words} makes the question sound like blame: drop it and ask about the situation itself.',
  'hint.growQuestions.judgmental.other':
    '{words} makes the question sound like blame: drop it and ask about the situation itself.',
  'hint.growQuestions.duplicate': 'This question repeats an earlier one.',
  'hint.growQuestions.noCommitment':
    'Write down the commitment in the employee’s own words, and start from it next time.',
};
