/** SMART-AR 目标构建器的辅导提示（键以 `hint.smartAr.` 开头）。 */
export const zhSmartArHints = {
  'hint.smartAr.goalEmpty': '先请对方用自己的话写下这个目标，再一起打磨。',
  'hint.smartAr.directionEmpty': '补一句全年方向：今年组织最看重的是什么？目标要对着它。',
  'hint.smartAr.noNumber': '这个目标里还没有数字：用什么来衡量完成了？',
  'hint.smartAr.noDate': '还没有时间边界：到哪一天要看到结果？',
  'hint.smartAr.vagueWords.one':
    '{words}描述的是努力，不是结果。做成之后别人能看到什么？换成一个看得见的结果或数字。',
  'hint.smartAr.vagueWords.other':
    '{words}描述的是努力，不是结果。做成之后别人能看到什么？换成一个看得见的结果或数字。',
  'hint.smartAr.letterQuestion.specific': '具体要做成什么？请对方用一句话复述目标，让不在场的人也能听懂。',
  'hint.smartAr.letterQuestion.measurable': '用哪个数字或哪个看得见的结果，来判断已经做到了？',
  'hint.smartAr.letterQuestion.achievable': '按现在的人手和时间，做到的把握有几成？还缺什么？',
  'hint.smartAr.letterQuestion.relevant': '这个目标和团队这个季度最看重的事，是怎么连起来的？',
  'hint.smartAr.letterQuestion.timeBased': '最后期限是哪一天？中间哪几个日子应该看到阶段结果？',
  'hint.smartAr.letterQuestion.agile': '出现什么样的事实，我们就坐下来调整这个目标？',
  'hint.smartAr.letterQuestion.reviewable': '多久一起看一次进展？下一次约在哪一天？',
  'hint.smartAr.likelihoodMissing': '现在做到的把握有多大？先打个分，再聊还缺什么。',
  'hint.smartAr.lowWithoutConditions': '把握不算高，但还没写缺什么：要把它往上提一档，需要哪些条件？',
  'hint.smartAr.nextReviewMissing': '复盘节奏有了，再定下下一次复盘的日期。',
  'hint.smartAr.nextReviewPast': '下次复盘日期（{date}）已经过去了：约一个新的日子吧。',
  'hint.smartAr.milestoneNoTarget': '这个里程碑还没有目标值：到时候看到多少才算达成？',
  'hint.smartAr.milestoneNoDate': '这个里程碑还没有日期：什么时候检查它？',
  'hint.smartAr.adjustmentNoReason': '这次调整还没写原因：是哪些事实让我们改的？',
  'hint.smartAr.adjustmentNoBeforeAfter': '把调整前后各写一句，日后回看才知道改了什么。',
} as const;
