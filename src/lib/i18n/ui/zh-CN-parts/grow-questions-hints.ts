import { coachingPolicy } from '../../../policy';

/** GROW 问题清单的辅导提示（键以 `hint.growQuestions.` 开头）。 */
export const zhGrowQuestionsHints = {
  'hint.growQuestions.missingStage': '还没有「{name}」阶段的问题：每个阶段至少准备一个，例如“{example}”',
  'hint.growQuestions.stageExample.goal': '一个月后回头看，你希望这件事变成什么样？',
  'hint.growQuestions.stageExample.reality': '眼下这件事走到哪一步了？卡在哪里？',
  'hint.growQuestions.stageExample.options': '除了现在的做法，还能从哪几个方向试试？',
  'hint.growQuestions.stageExample.will': `接下来 ${coachingPolicy.microActionWithinDays} 天里，你打算先做哪一步？`,
  'hint.growQuestions.notAQuestion': '这句还不是问题：以问号结尾，让对方来回答。',
  'hint.growQuestions.closed': '这个问题用“是”或“不是”就能答完。换成“什么”“怎样”“哪些”来问，对方会说得更多。',
  'hint.growQuestions.judgmental.one': '{words}会让问题听起来像指责：去掉它，只问事情本身。',
  'hint.growQuestions.judgmental.other': '{words}会让问题听起来像指责：去掉它，只问事情本身。',
  'hint.growQuestions.duplicate': '这个问题和前面的一条重复了。',
  'hint.growQuestions.noCommitment': '把对方说出口的行动承诺原话记下来，下次谈话就从这里接着聊。',
} as const;
