/** 快闪复盘 Markdown 导出的标题与用语（键以 `md.flashRetro.` 开头）。 */
export const zhFlashRetroMarkdown = {
  'md.flashRetro.date': '复盘日期',
  'md.flashRetro.satisfied': '最满意的三件事',
  'md.flashRetro.obstacle': '关键障碍',
  'md.flashRetro.tried': '已经尝试的办法',
  'md.flashRetro.improvement': '接下来两周最想改善的一点',
  'md.flashRetro.judgment': '判断',
  'md.flashRetro.judgment.goal': '目标的问题',
  'md.flashRetro.judgment.execution': '执行的问题',
  'md.flashRetro.judgment.unsure': '还不确定',
} as const;
