/** 5R 复盘日期日历文件的用语（键以 `calendar.review.` 开头）。 */
export const zhActionPlanCalendar = {
  'calendar.review.summary.alone': '复盘：{result}',
  'calendar.review.summary.withPerson': '复盘（{person}）：{result}',
  'calendar.review.untitled': '行动 {number}',
  'calendar.review.resource': '资源',
  'calendar.review.responsible': '负责人',
  'calendar.review.risk': '风险',
  'calendar.review.contingency': '预案',
  'calendar.review.microAction': '这是一项微行动：下次谈话从它的结果聊起。',
  'calendar.review.plan': '来自 5R 行动计划',
} as const;
