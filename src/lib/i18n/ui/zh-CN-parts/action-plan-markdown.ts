import { termLabel, terms } from '../../../method/terms';

/** 5R 行动计划 Markdown 导出的标题与用语（键以 `md.actionPlan.` 开头）。 */
export const zhActionPlanMarkdown = {
  'md.actionPlan.conversationDate': '谈话日期',
  'md.actionPlan.action': '行动 {number}',
  'md.actionPlan.microAction': '微行动',
  'md.actionPlan.done': '已完成',
  'md.actionPlan.blocked.bare': '受阻',
  'md.actionPlan.blocked.withReason': '受阻：{reason}',
  'md.actionPlan.fields.result': termLabel(terms['5r'].result, 'zh-CN'),
  'md.actionPlan.fields.resource': termLabel(terms['5r'].resource, 'zh-CN'),
  'md.actionPlan.fields.responsible': termLabel(terms['5r'].responsible, 'zh-CN'),
  'md.actionPlan.fields.reviewDate': '复盘日期（Review）',
  'md.actionPlan.fields.risk': termLabel(terms['5r'].risk, 'zh-CN'),
  'md.actionPlan.fields.contingency': '预案',
} as const;
