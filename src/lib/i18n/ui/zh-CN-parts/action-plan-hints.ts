import { coachingPolicy } from '../../../policy';
/** 5R 行动画布的辅导提示（键以 `hint.actionPlan.` 开头）。 */
export const zhActionPlanHints = {
  'hint.actionPlan.noActions': '写下一到三项行动：每项都要有看得见的成果。',
  'hint.actionPlan.noMicroActionThisWeek': `还没有 ${coachingPolicy.microActionWithinDays} 天内就能完成的微行动：挑一件小事，把复盘日期定在 ${coachingPolicy.microActionWithinDays} 天之内。`,
  'hint.actionPlan.microActionNoDate': `微行动也要有日期：${coachingPolicy.microActionWithinDays} 天内的哪一天看结果？`,
  'hint.actionPlan.resultVague': '成果写成看得见的样子：做完以后，会有什么不一样？',
  'hint.actionPlan.resourceMissing': '需要什么支持？课程、同事陪练、时间，写下来才会有人去安排。',
  'hint.actionPlan.responsibleMissing': '谁主责、谁协助？写上名字。',
  'hint.actionPlan.reviewMissing': '定一个复盘日期：哪天一起看进展？',
  'hint.actionPlan.reviewPast': '复盘日期（{date}）已过，这项还没完成：聊聊发生了什么，再定个新日期。',
  'hint.actionPlan.riskNoContingency': '写了风险还没写预案：万一发生，第一步怎么做？',
} as const;
