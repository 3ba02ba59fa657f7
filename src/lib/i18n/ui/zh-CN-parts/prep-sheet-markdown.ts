/** 谈话准备单 Markdown 导出的标题与用语（键以 `md.prepSheet.` 开头）。 */
export const zhPrepSheetMarkdown = {
  'md.prepSheet.meetingDate': '谈话日期',
  'md.prepSheet.employeeSide': '员工填写',
  'md.prepSheet.topics': '最想聊的话题',
  'md.prepSheet.wins': '做得最好的',
  'md.prepSheet.puzzles': '最困惑的',
  'md.prepSheet.supportNeeded': '需要的支持',
  'md.prepSheet.managerSide': '经理补充',
  'md.prepSheet.metrics': '关键指标',
  'md.prepSheet.metricColumns.0': '指标',
  'md.prepSheet.metricColumns.1': '上期',
  'md.prepSheet.metricColumns.2': '本期',
  'md.prepSheet.metricColumns.3': '目标',
  'md.prepSheet.projects': '项目进展',
  'md.prepSheet.projectColumns.0': '项目',
  'md.prepSheet.projectColumns.1': '进展',
} as const;
