import { termLabel, terms } from '../../../method/terms';

/** GROW 问题清单 Markdown 导出的用语（键以 `md.growQuestions.` 开头）。 */
export const zhGrowQuestionsMarkdown = {
  'md.growQuestions.answer': '回答',
  'md.growQuestions.commitment': `${termLabel(terms.grow.will, 'zh-CN')}：行动承诺`,
} as const;
