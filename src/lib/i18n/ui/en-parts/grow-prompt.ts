import type { zhGrowPrompt } from '../zh-CN-parts/grow-prompt';

/**
 * What the question generator's instructions to an AI model say about English (keys start
 * with `grow.prompt.`; the instructions are in English for every language): the language to
 * write in, and the forms that would make a question closed in it.
 */
export const enGrowPrompt: Record<keyof typeof zhGrowPrompt, string> = {
  'grow.prompt.language': 'English, natural and plain as used in a workplace 1:1',
  'grow.prompt.closedForms':
    'Do not start a question (or its last clause) with do, does, did, is, are, was, can, could, would, will, should, have, has, may.',
};
