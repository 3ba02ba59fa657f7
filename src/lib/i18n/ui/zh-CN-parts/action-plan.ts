import { termLabel, terms } from '../../../method/terms';
import { coachingPolicy as policy } from '../../../policy';
/** 工作表“action-plan”的界面文案（键以 `ws.actionPlan.` 开头）。 */
export const zhActionPlan = {
  'ws.actionPlan.planSection': '5R 行动计划',
  'ws.actionPlan.planIntro': `在谈话最后 ${policy.actionPlanMinutes.min}–${policy.actionPlanMinutes.max} 分钟和对方一起定下来。最多 ${policy.maxActionsPerPlan} 项行动，其中至少一项是 ${policy.microActionWithinDays} 天内就能做完的微行动，下次谈话就从它的结果聊起。`,
  'ws.actionPlan.conversationDate': '谈话日期',
  'ws.actionPlan.actions': '行动',
  'ws.actionPlan.actionsHelp': '每项行动按 5R 写清楚：结果、资源、责任、复盘日期、风险和预案。',
  'ws.actionPlan.actionN': '行动 {n}',
  'ws.actionPlan.addAction': '再加一项行动',
  'ws.actionPlan.full':
    '已经有 {max} 项行动，到上限了。一次谈话定太多，往往哪项都做不完。想换一项，先删掉一项，或者留到下次谈话。',
  'ws.actionPlan.result': termLabel(terms['5r'].result, 'zh-CN'),
  'ws.actionPlan.resultHelp': '做完以后，能看到什么变化？',
  'ws.actionPlan.resultPlaceholder': '例如：下周五前整理出客户常问的十个问题和回答',
  'ws.actionPlan.resource': termLabel(terms['5r'].resource, 'zh-CN'),
  'ws.actionPlan.resourceHelp': '需要什么支持：课程、同事陪练、资料、时间或预算。',
  'ws.actionPlan.responsible': termLabel(terms['5r'].responsible, 'zh-CN'),
  'ws.actionPlan.responsibleHelp': '谁主责，谁协助。',
  'ws.actionPlan.reviewDate': '复盘日期（Review）',
  'ws.actionPlan.reviewDateHelp': '哪天一起看进展。',
  'ws.actionPlan.risk': termLabel(terms['5r'].risk, 'zh-CN'),
  'ws.actionPlan.riskHelp': '什么情况可能让它卡住？',
  'ws.actionPlan.contingency': '预案',
  'ws.actionPlan.contingencyHelp': '万一真的卡住，第一步怎么做？',
  'ws.actionPlan.microAction': `微行动：${policy.microActionWithinDays} 天内就能做完`,
  'ws.actionPlan.fromMissing':
    '地址里指定的 5R 行动计划找不到了（可能已经删除，或者保存在另一台设备上），所以这份计划是空白的。',
  'ws.actionPlan.fromLastPlan':
    '这份计划带上了上一份里没完成的行动。谈话时逐条决定保留、修改还是放下，并重新约定复盘日期。',
  'ws.actionPlan.state': '进展',
  'ws.actionPlan.state.open': '进行中',
  'ws.actionPlan.state.done': '已完成',
  'ws.actionPlan.state.blocked': '受阻',
  'ws.actionPlan.blockedReason': '卡在哪里',
  'ws.actionPlan.blockedReasonHelp': '一句话写清楚挡路的是什么，下次对话从这里聊起。',
  'ws.actionPlan.doneOn': '完成日期',
  'ws.actionPlan.followUpSection': '跟进',
  'ws.actionPlan.followUpIntro': '把复盘日期放进日历，到时候用一次快闪复盘看看进展。',
  'ws.actionPlan.exportIcs': '把复盘日期加入日历（.ics）',
  'ws.actionPlan.exportIcsHelp':
    '每个填了复盘日期的行动生成一个全天日程，可以导入 Outlook、Google 日历或苹果日历。文件在你的浏览器里生成，不经过任何服务器。',
  'ws.actionPlan.icsNone': '还没有行动填了复盘日期：先定好日期，再加入日历。',
  'ws.actionPlan.icsDone': '已生成 {count} 个日程，打开下载的文件即可导入日历。',
  'ws.actionPlan.retroLink': '为“{person}”做一次快闪复盘',
  'ws.actionPlan.retroLinkNoPerson': '开始一次快闪复盘',
  'ws.actionPlan.retroLinkHelp': '快闪复盘会先列出这份计划里还没完成的行动。',
} as const;
