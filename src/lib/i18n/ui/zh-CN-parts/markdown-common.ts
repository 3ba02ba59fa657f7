/** Markdown 导出共用的文案（键以 `md.common.` 开头）。 */
export const zhMarkdownCommon = {
  'md.common.person': '对象',
  'md.common.updated': '更新于',
  'md.common.empty': '（未填写）',
  'md.common.yes': '是',
  'md.common.no': '否',
} as const;
