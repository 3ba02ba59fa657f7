import type { zhMarkdownCommon } from '../zh-CN-parts/markdown-common';

/** Words every Markdown export shares (keys start with `md.common.`). */
export const enMarkdownCommon: Record<keyof typeof zhMarkdownCommon, string> = {
  'md.common.person': 'Person',
  'md.common.updated': 'Updated',
  'md.common.empty': '(not filled in)',
  'md.common.yes': 'yes',
  'md.common.no': 'no',
};
