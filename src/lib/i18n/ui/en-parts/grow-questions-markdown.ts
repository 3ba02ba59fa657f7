import { termLabel, terms } from '../../../method/terms';

import type { zhGrowQuestionsMarkdown } from '../zh-CN-parts/grow-questions-markdown';

/** Words of the GROW question list's Markdown export (keys start with `md.growQuestions.`). */
export const enGrowQuestionsMarkdown: Record<keyof typeof zhGrowQuestionsMarkdown, string> = {
  'md.growQuestions.answer': 'Answer',
  'md.growQuestions.commitment': `${termLabel(terms.grow.will, 'en')}: the commitment`,
};
