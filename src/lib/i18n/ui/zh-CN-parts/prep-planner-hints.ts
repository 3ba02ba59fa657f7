/** PREP 谈话规划的辅导提示（键以 `hint.prepPlanner.` 开头）。 */
export const zhPrepPlannerHints = {
  'hint.prepPlanner.pointEmpty': '用一句话说清今天聊什么，对方就不会把它当成例行寒暄。',
  'hint.prepPlanner.reasonEmpty': '写下支撑这个话题的数据或观察。',
  'hint.prepPlanner.reasonNoData': '依据里还没有数字或具体观察：哪一项数据支持这个话题？',
  'hint.prepPlanner.reasonJudgmental.one': '{words}是判断，不是依据。换成你看到的事实或数据。',
  'hint.prepPlanner.reasonJudgmental.other': '{words}是判断，不是依据。换成你看到的事实或数据。',
  'hint.prepPlanner.exampleEmpty': '准备一两个具体场景，双方才能对准同一件事。',
  'hint.prepPlanner.planEmpty': '最后要落到一个具体的下一步：谁、做什么、什么时候。',
  'hint.prepPlanner.planVague': '这个计划还不够具体：写成一个能看见的行为，加上时间。',
  'hint.prepPlanner.agendaEmpty': '排一个简单的议程，给每一步留出时间。',
  'hint.prepPlanner.agendaTooShort': '议程合计 {total} 分钟，不到 30 分钟：给对方留足说话的时间。',
  'hint.prepPlanner.agendaTooLong': '议程合计 {total} 分钟，超过 60 分钟：挑一个话题留到下次吧。',
  'hint.prepPlanner.blockNoMinutes': '这一段还没有分配时间。',
} as const;
