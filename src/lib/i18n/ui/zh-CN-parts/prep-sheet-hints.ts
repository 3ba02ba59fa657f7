/** 谈话准备单的辅导提示（键以 `hint.prepSheet.` 开头）。 */
export const zhPrepSheetHints = {
  'hint.prepSheet.noTopic': '至少写一个最想聊的话题，经理才知道从哪里开始。',
  'hint.prepSheet.longTopic': '一个话题一句话就够了，细节留到谈话时再展开。',
  'hint.prepSheet.nearLimit': '已写 {length}/{max} 字：只留最要紧的部分。',
  'hint.prepSheet.noPuzzle': '写下一个最困惑的地方吧：谈话里最有收获的，往往就是这一段。',
  'hint.prepSheet.metricNoName': '这行有数值但没有指标名称：它衡量的是什么？',
  'hint.prepSheet.metricNoValues': '补上上期、本期和目标值，谈话时的“依据”就有了数据。',
  'hint.prepSheet.projectNoName': '这行写了进展但没有项目名称：是哪个项目？',
  'hint.prepSheet.meetingDateMissing': '填上谈话日期，最好提前一两天把准备单发给对方。',
  'hint.prepSheet.meetingToday': '谈话就在今天：现在就发出去，让对方还来得及看。',
  'hint.prepSheet.meetingPast': '这个谈话日期已经过去了：是要约下一次吗？',
} as const;
