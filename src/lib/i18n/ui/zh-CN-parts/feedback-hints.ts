/** 3E / BEST 反馈草稿的辅导提示（键以 `hint.feedback.` 开头）。 */
export const zhFeedbackHints = {
  'hint.feedback.preferBest': '负面反馈用 BEST 更稳：先讲行为和影响，再听对方怎么看。',
  'hint.feedback.prefer3e': '正向反馈用 3E 更自然：具体表扬、一起探讨、给出支持。',
  'hint.feedback.judgmental.one': '{words}是在给人下结论。换成具体发生了什么：哪一天、哪件事、几次。',
  'hint.feedback.judgmental.other': '{words}是在给人下结论。换成具体发生了什么：哪一天、哪件事、几次。',
  'hint.feedback.behaviorEmpty': '先描述你观察到的行为：别人也能看到的事实。',
  'hint.feedback.behaviorNoWindow': '行为描述里还没有时间范围或次数，比如“这个月四次周会里有两次……”。',
  'hint.feedback.effectEmpty': '说说这个行为带来了什么影响：对团队、客户或项目。',
  'hint.feedback.seekEmpty': '问一句对方怎么看，再谈怎么改。',
  'hint.feedback.seekNoQuestion': '这里还没有提问：用一个开放式问题请对方说说，例如“当时是什么情况？”',
  'hint.feedback.targetEmpty': '最后一起商量以后怎么做：一个具体、可以试一试的改变。',
  'hint.feedback.encourageEmpty': '从具体的肯定开始：对方做了什么值得保留？',
  'hint.feedback.encourageGeneric': '表扬要具体：对方做了什么，带来了什么好结果？',
  'hint.feedback.exploreEmpty': '和对方一起找原因：准备一个问题。',
  'hint.feedback.exploreNoQuestion': '探讨时多问少说：用一个问题请对方讲讲背后的做法或困难。',
  'hint.feedback.empowerEmpty': '说出你能提供的支持或机会：资源、时间、引荐，或者一次练习。',
} as const;
