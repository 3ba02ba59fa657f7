import { letteredLabel, terms } from '../../../method/terms';
/** 工作表“prep-planner”的界面文案（键以 `ws.prepPlanner.` 开头）。 */
export const zhPrepPlanner = {
  'ws.prepPlanner.chooserHeading': '从准备单开始',
  'ws.prepPlanner.chooserIntro':
    '选一份员工发来的准备单：话题会带进“主题”，关键指标带进“依据”，项目进展带进“实例”，你再在此基础上修改。',
  'ws.prepPlanner.chooserShow': '列出已保存的准备单',
  'ws.prepPlanner.chooserLoading': '正在查找已保存的准备单……',
  'ws.prepPlanner.chooserNone': '这个浏览器里还没有保存过准备单。',
  'ws.prepPlanner.chooserCreate': '去填一份准备单',
  'ws.prepPlanner.chooserFailed': '读不到已保存的准备单。可以直接在下面填写。',
  'ws.prepPlanner.startFrom': '用“{title}”开始',
  'ws.prepPlanner.meetingOn': '谈话日期 {date}',
  'ws.prepPlanner.updatedOn': '更新于 {date}',
  'ws.prepPlanner.confirm':
    '这份规划里已经写了内容。要根据“{title}”另开一份新的规划吗？现在这份会保留在“我的工作表”里。',
  'ws.prepPlanner.confirmYes': '另开一份',
  'ws.prepPlanner.confirmNo': '取消',
  'ws.prepPlanner.fromMissing':
    '地址里指定的准备单找不到了（可能已经删除，或者保存在另一台设备上），所以这份规划是空白的。',
  'ws.prepPlanner.fromSheet': '这份规划是根据一份准备单生成的。',
  'ws.prepPlanner.openSheet': '打开那份准备单',

  'ws.prepPlanner.prepSection': 'PREP 四步',
  'ws.prepPlanner.prepIntro': '按主题、依据、实例、计划的顺序来谈，对方跟得上，谈话也更容易落到行动上。',
  'ws.prepPlanner.point': letteredLabel(terms.prep.point, 'zh-CN'),
  'ws.prepPlanner.pointHelp': '今天要聊什么？用一句话说清楚。',
  'ws.prepPlanner.reason': letteredLabel(terms.prep.reason, 'zh-CN'),
  'ws.prepPlanner.reasonHelp': '支撑这个话题的数据和你亲眼看到的事实，只写事实，不下结论。',
  'ws.prepPlanner.example': letteredLabel(terms.prep.example, 'zh-CN'),
  'ws.prepPlanner.exampleHelp': '准备一两个双方都记得的具体场景：什么时候、发生了什么。',
  'ws.prepPlanner.plan': letteredLabel(terms.prep.plan, 'zh-CN'),
  'ws.prepPlanner.planHelp': '最后落到一个具体的下一步：谁来做、做什么、什么时候完成。',

  'ws.prepPlanner.agendaSection': '议程与时间',
  'ws.prepPlanner.agendaIntro':
    '一次一对一谈话控制在 30–60 分钟。给每个环节分好时间，记得给对方留足说话的空间。',
  'ws.prepPlanner.agenda': '议程环节',
  'ws.prepPlanner.blockN': '环节 {n}',
  'ws.prepPlanner.addBlock': '添加环节',
  'ws.prepPlanner.blockLabel': '这一段做什么',
  'ws.prepPlanner.minutes': '分钟',
  'ws.prepPlanner.total': '合计 {total} 分钟（建议 {min}–{max} 分钟）',
} as const;
