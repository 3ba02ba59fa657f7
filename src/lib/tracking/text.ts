import type { Locale } from '../i18n/locales';
import type { HealthReason } from './health';
import type { HealthState } from './model';
import type { RiskSignal } from './signals';
import { coachingPolicy } from '../policy';

/**
 * The dashboards' words, in both languages: the name of each health state and the reason
 * behind it, each risk signal as a sentence. Facts are quoted as the user wrote them and
 * rendered as text, never HTML.
 */

const str = (value: string | number | undefined) => (value === undefined ? '' : String(value));

/** Cuts a quoted text to one short line. */
export function quote(text: string | number | undefined, max = 60): string {
  const line = str(text).replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export const healthLabel: Record<Locale, Record<HealthState, string>> = {
  'zh-CN': { 'on-track': '正常推进', 'at-risk': '有风险', 'off-track': '已偏离', 'no-data': '记录不足' },
  en: {
    'on-track': 'On track',
    'at-risk': 'At risk',
    'off-track': 'Off track',
    'no-data': 'Not enough recorded',
  },
};

type Facts = Record<string, string | number>;

const reasonText: Record<Locale, Record<HealthReason['code'], (facts: Facts) => string>> = {
  'zh-CN': {
    'all-reached': (f) => `${str(f['count'])} 个里程碑全部达成。`,
    'on-schedule': (f) =>
      `已达成 ${str(f['progress'])}% 的里程碑，按计划此时应达成 ${str(f['expected'])}%：节奏跟得上。`,
    'behind-schedule': (f) =>
      `已达成 ${str(f['progress'])}% 的里程碑，按计划此时应达成 ${str(f['expected'])}%，落后 ${str(f['gap'])} 个百分点。`,
    'milestone-overdue': (f) =>
      `里程碑“${quote(f['indicator'] || f['target'])}”的日期（${str(f['date'])}）已过，还没达成。`,
    'low-likelihood': (f) =>
      `达成把握只有 ${str(f['value'])}/${str(f['max'])}${f['trend'] === 'down' ? '，而且在下降' : ''}：缺的条件是什么？`,
    'likelihood-good': (f) =>
      `达成把握 ${str(f['value'])}/${str(f['max'])}；补上里程碑的当前值，进度才看得出来。`,
    'repeated-adjustments': (f) =>
      `最近 ${str(f['days'])} 天里目标调整了 ${str(f['count'])} 次：目标本身还站得住吗？`,
    'nothing-recorded': () => '还没有可以判断的记录：给里程碑填上日期和当前值，或者打一个达成把握分。',
  },
  en: {
    'all-reached': (f) => `All ${str(f['count'])} milestones reached.`,
    'on-schedule': (f) =>
      `${str(f['progress'])}% of milestones reached, ${str(f['expected'])}% due by now: keeping pace.`,
    'behind-schedule': (f) =>
      `${str(f['progress'])}% of milestones reached, ${str(f['expected'])}% due by now: ${str(f['gap'])} points behind.`,
    'milestone-overdue': (f) =>
      `Milestone “${quote(f['indicator'] || f['target'])}” was due ${str(f['date'])} and isn’t reached.`,
    'low-likelihood': (f) =>
      `Likelihood is only ${str(f['value'])}/${str(f['max'])}${f['trend'] === 'down' ? ' and falling' : ''}: what’s missing?`,
    'likelihood-good': (f) =>
      `Likelihood ${str(f['value'])}/${str(f['max'])}; record where the milestones stand to see the progress.`,
    'repeated-adjustments': (f) =>
      `The goal changed ${str(f['count'])} times in the last ${str(f['days'])} days: does it still hold?`,
    'nothing-recorded': () =>
      'Nothing to judge yet: give the milestones dates and current values, or score the likelihood.',
  },
};

export function describeReason(reason: HealthReason, locale: Locale): string {
  return reasonText[locale][reason.code](reason.facts);
}

/** Short name of each signal, for filters and headings. */
export const signalLabel: Record<Locale, Record<RiskSignal['code'], string>> = {
  'zh-CN': {
    'overdue-action': '行动逾期',
    'blocked-action': '行动受阻',
    'review-delayed': '复盘一再推迟',
    'feedback-no-follow-up': '反馈没有跟进',
    'no-micro-action': '没有微行动',
    'goal-problem-unadjusted': '判为目标问题但没调整',
  },
  en: {
    'overdue-action': 'Action overdue',
    'blocked-action': 'Action blocked',
    'review-delayed': 'Review moved again and again',
    'feedback-no-follow-up': 'Feedback not followed up',
    'no-micro-action': 'No micro-action',
    'goal-problem-unadjusted': 'Goal problem, no adjustment',
  },
};

const signalText: Record<Locale, Record<RiskSignal['code'], (facts: Facts) => string>> = {
  'zh-CN': {
    'overdue-action': (f) =>
      `“${quote(f['result'])}”的复盘日期是 ${str(f['date'])}，已过 ${str(f['days'])} 天，还没完成。`,
    'blocked-action': (f) =>
      f['reason']
        ? `“${quote(f['result'])}”受阻：${quote(f['reason'])}。`
        : `“${quote(f['result'])}”受阻，还没写原因。`,
    'review-delayed': (f) =>
      `“${quote(f['what'])}”的复盘日期已往后推了 ${str(f['count'])} 次${f['date'] ? `，现在是 ${str(f['date'])}` : ''}。`,
    'feedback-no-follow-up': (f) =>
      `${str(f['date'])} 给出的改进反馈${f['title'] ? `“${quote(f['title'])}”` : ''}已过 ${str(f['days'])} 天，还没有跟进记录。`,
    'no-micro-action': (f) =>
      `${str(f['date'])} 的 5R 计划里没有一项 ${coachingPolicy.microActionWithinDays} 天内就能做的微行动。`,
    'goal-problem-unadjusted': (f) =>
      `${str(f['date'])} 的快闪复盘判断是目标问题，但之后没有记下任何目标调整。`,
  },
  en: {
    'overdue-action': (f) =>
      `“${quote(f['result'])}” was due for review on ${str(f['date'])}, ${str(f['days'])} ${f['days'] === 1 ? 'day' : 'days'} ago, and isn’t done.`,
    'blocked-action': (f) =>
      f['reason']
        ? `“${quote(f['result'])}” is blocked: ${quote(f['reason'])}.`
        : `“${quote(f['result'])}” is blocked, with no reason written.`,
    'review-delayed': (f) =>
      `The review of “${quote(f['what'])}” was moved later ${str(f['count'])} times${f['date'] ? `; it’s now ${str(f['date'])}` : ''}.`,
    'feedback-no-follow-up': (f) =>
      `Feedback${f['title'] ? ` “${quote(f['title'])}”` : ''} asking for a change was given on ${str(f['date'])}, ${str(f['days'])} days ago, and never followed up.`,
    'no-micro-action': (f) =>
      `The 5R plan of ${str(f['date'])} has no micro-action to do within ${coachingPolicy.microActionWithinDays} days.`,
    'goal-problem-unadjusted': (f) =>
      `The flash retro of ${str(f['date'])} called it a goal problem, but no goal adjustment was logged after it.`,
  },
};

export function describeSignal(signal: RiskSignal, locale: Locale): string {
  return signalText[locale][signal.code](signal.facts);
}
