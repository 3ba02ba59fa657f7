import { coachingPolicy } from '../../../policy';

/** 看板的文案：健康状态、判断依据、风险信号，以及下一次谈话的开场（键以 `tracking.` 开头）。 */
export const zhTracking = {
  'tracking.health.on-track': '正常推进',
  'tracking.health.at-risk': '有风险',
  'tracking.health.off-track': '已偏离',
  'tracking.health.no-data': '记录不足',

  'tracking.reason.all-reached': '{count} 个里程碑全部达成。',
  'tracking.reason.on-schedule': '已达成 {progress}% 的里程碑，按计划此时应达成 {expected}%：节奏跟得上。',
  'tracking.reason.behind-schedule':
    '已达成 {progress}% 的里程碑，按计划此时应达成 {expected}%，落后 {gap} 个百分点。',
  'tracking.reason.milestone-overdue': '里程碑“{milestone}”的日期（{date}）已过，还没达成。',
  'tracking.reason.low-likelihood': '达成把握只有 {value}/{max}：缺的条件是什么？',
  'tracking.reason.low-likelihood-falling': '达成把握只有 {value}/{max}，而且在下降：缺的条件是什么？',
  'tracking.reason.likelihood-good': '达成把握 {value}/{max}；补上里程碑的当前值，进度才看得出来。',
  'tracking.reason.repeated-adjustments': '最近 {days} 天里目标调整了 {count} 次：目标本身还站得住吗？',
  'tracking.reason.nothing-recorded':
    '还没有可以判断的记录：给里程碑填上日期和当前值，或者打一个达成把握分。',

  'tracking.signalLabel.overdue-action': '行动逾期',
  'tracking.signalLabel.blocked-action': '行动受阻',
  'tracking.signalLabel.review-delayed': '复盘一再推迟',
  'tracking.signalLabel.feedback-no-follow-up': '反馈没有跟进',
  'tracking.signalLabel.no-micro-action': '没有微行动',
  'tracking.signalLabel.goal-problem-unadjusted': '判为目标问题但没调整',

  'tracking.signal.overdue-action.one': '“{result}”的复盘日期是 {date}，已过 {days} 天，还没完成。',
  'tracking.signal.overdue-action.other': '“{result}”的复盘日期是 {date}，已过 {days} 天，还没完成。',
  'tracking.signal.blocked-action': '“{result}”受阻：{reason}。',
  'tracking.signal.blocked-action-no-reason': '“{result}”受阻，还没写原因。',
  'tracking.signal.review-delayed': '“{what}”的复盘日期已往后推了 {count} 次，现在是 {date}。',
  'tracking.signal.review-delayed-no-date': '“{what}”的复盘日期已往后推了 {count} 次。',
  'tracking.signal.feedback-no-follow-up': '{date} 给出的改进反馈“{title}”已过 {days} 天，还没有跟进记录。',
  'tracking.signal.feedback-no-follow-up-untitled': '{date} 给出的改进反馈已过 {days} 天，还没有跟进记录。',
  'tracking.signal.no-micro-action': `{date} 的 5R 计划里没有一项 ${coachingPolicy.microActionWithinDays} 天内就能做的微行动。`,
  'tracking.signal.goal-problem-unadjusted': '{date} 的快闪复盘判断是目标问题，但之后没有记下任何目标调整。',

  'tracking.next.point': '这次先聊：{items}',
  'tracking.next.done': '已完成：先具体地肯定它。',
  'tracking.next.open': '没完成：问问发生了什么，别急着追责。',
  'tracking.next.blocked': '受阻：先聊清楚挡路的是什么。',
} as const;
