import { termLabel, terms } from '../../../method/terms';

/** PREP 谈话规划 Markdown 导出的标题与用语（键以 `md.prepPlanner.` 开头）。 */
export const zhPrepPlannerMarkdown = {
  'md.prepPlanner.point': termLabel(terms.prep.point, 'zh-CN'),
  'md.prepPlanner.reason': termLabel(terms.prep.reason, 'zh-CN'),
  'md.prepPlanner.example': termLabel(terms.prep.example, 'zh-CN'),
  'md.prepPlanner.plan': termLabel(terms.prep.plan, 'zh-CN'),
  'md.prepPlanner.agenda': '议程',
  'md.prepPlanner.agendaColumns.0': '环节',
  'md.prepPlanner.agendaColumns.1': '分钟',
  'md.prepPlanner.total': '合计 {minutes} 分钟',
} as const;
