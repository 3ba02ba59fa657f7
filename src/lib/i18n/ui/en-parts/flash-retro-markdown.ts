import type { zhFlashRetroMarkdown } from '../zh-CN-parts/flash-retro-markdown';

/** Headings and words of the flash retro's Markdown export (keys start with `md.flashRetro.`). */
export const enFlashRetroMarkdown: Record<keyof typeof zhFlashRetroMarkdown, string> = {
  'md.flashRetro.date': 'Retro date',
  'md.flashRetro.satisfied': 'Three things I’m most satisfied with',
  'md.flashRetro.obstacle': 'Key obstacle',
  'md.flashRetro.tried': 'What has been tried',
  'md.flashRetro.improvement': 'The one thing to improve in the next two weeks',
  'md.flashRetro.judgment': 'Judgment',
  'md.flashRetro.judgment.goal': 'a goal problem',
  'md.flashRetro.judgment.execution': 'an execution problem',
  'md.flashRetro.judgment.unsure': 'not sure yet',
};
