import type { Locale } from '../i18n/locales';
import { addDays } from '../dates';
import type { WorksheetDocLike } from '../worksheets/document';
import type { WorksheetKind } from '../worksheets/kinds';

/**
 * Sample data for the dashboards: a small team over four months, dated relative to `today`
 * so it always looks current, in one language. Every worksheet is marked as practice
 * (`practice: SAMPLE_PRACTICE_ID`), so "Clear practice data" on My worksheets removes it in
 * one go and the real dashboards never count it by accident. The data is input for the
 * schemas (defaults fill the rest); storage and import validate it like any file.
 *
 * Who is who (the e2e test and the guide rely on it):
 * - person 1 (Lin): off track: behind schedule, likelihood 3/10 and falling, an action
 *   overdue, a review moved twice, a retro that called it a goal problem with no adjustment.
 * - person 2 (Chen): at risk: a milestone past its date, BEST feedback never followed up,
 *   the last plan without a micro-action.
 * - person 3 (Zhou): on track: milestones reached, a retro this month, feedback followed up.
 * - person 4 (Wang): nothing to judge, and no conversation for 45 days.
 * - person 5 (Zhao): at risk: the goal adjusted twice in the last 90 days, an action blocked.
 * - "me" (no person): one goal and one plan, for My progress.
 */

import { SAMPLE_PRACTICE_ID } from './model';

export { SAMPLE_PRACTICE_ID };

/** The schema version each kind's sample data is written in (checked by a unit test). */
const versions: Partial<Record<WorksheetKind, number>> = {
  'smart-ar': 2,
  'action-plan': 2,
  'flash-retro': 1,
  feedback: 2,
  'prep-sheet': 1,
  'prep-planner': 1,
};

interface Words {
  names: [string, string, string, string, string];
  goals: Record<
    'lin' | 'chen' | 'zhou' | 'zhao' | 'me',
    { direction: string; goal: string; indicator: string }
  >;
  actions: Record<'lin1' | 'lin2' | 'chen1' | 'chen2' | 'zhou1' | 'zhao1' | 'zhao2' | 'me1' | 'me2', string>;
  obstacle: string;
  tried: string;
  improvement: string;
  satisfied: [string, string, string];
  feedback: Record<'behavior' | 'effect' | 'seek' | 'target' | 'encourage' | 'explore' | 'empower', string>;
  outcome: string;
  blocked: string;
  adjustment: { reason: string; before: string; after: string };
  topics: [string, string];
  titles: Record<'goal' | 'plan' | 'retro' | 'feedback' | 'prep', string>;
}

const words: Record<Locale, Words> = {
  'zh-CN': {
    names: ['林晓', '陈默', '周宁', '王悦', '赵一'],
    goals: {
      lin: {
        direction: '提高华东区新客户收入',
        goal: '三季度末把新客户转化率从 12% 提到 15%',
        indicator: '新客户转化率',
      },
      chen: {
        direction: '缩短交付周期',
        goal: '六月底前把版本发布周期从 3 周缩短到 2 周',
        indicator: '发布周期（天）',
      },
      zhou: { direction: '提升客户满意度', goal: '本季度客服满意度达到 92 分', indicator: '满意度得分' },
      zhao: { direction: '拓展新渠道', goal: '年底前签下 6 家渠道伙伴', indicator: '签约伙伴数' },
      me: { direction: '带好团队', goal: '每月和每位组员完成一次完整的辅导对话', indicator: '完成对话次数' },
    },
    actions: {
      lin1: '整理客户最常问的 10 个问题和回答',
      lin2: '陪同资深同事做两次客户拜访',
      chen1: '把发布检查清单从 40 项精简到 25 项',
      chen2: '和测试组约定每周二的提测时间',
      zhou1: '把满意度低于 80 分的工单逐一回访',
      zhao1: '参加渠道谈判课程',
      zhao2: '约见三家潜在伙伴',
      me1: '给每位组员排好下个月的一对一时间',
      me2: '读完指南的反馈一章',
    },
    obstacle: '演示环境经常宕机，客户看不到完整流程',
    tried: '提前一天预约环境，但还是不稳定',
    improvement: '两周内先做两次模拟拜访',
    satisfied: ['签下两家新客户', '带新同事熟悉了系统', '把客户资料整理干净了'],
    feedback: {
      behavior: '本月四次发布里，有两次发布说明晚了一天才发出',
      effect: '客服在没有说明的情况下回答了客户的问题，出现了两次答错',
      seek: '那两次发布当天发生了什么？',
      target: '我们一起想个办法，在封版前就把说明写好',
      encourage: '你把回访电话分了优先级，低分工单两天内都有回音',
      explore: '哪一类工单最花时间？',
      empower: '下个月给你一个名额参加客户沟通课',
    },
    outcome: '最近两次发布的说明都按时发出了',
    blocked: '课程名额还没批下来',
    adjustment: { reason: '新渠道政策延后一个季度', before: '年底前签下 8 家', after: '年底前签下 6 家' },
    topics: ['想聊聊下季度的目标', '希望多参与方案设计'],
    titles: { goal: '目标', plan: '5R 计划', retro: '快闪复盘', feedback: '反馈', prep: '准备表' },
  },
  en: {
    names: ['Lin', 'Chen', 'Zhou', 'Wang', 'Zhao'],
    goals: {
      lin: {
        direction: 'Grow revenue from new customers in the east region',
        goal: 'Raise new-customer conversion from 12% to 15% by the end of Q3',
        indicator: 'New-customer conversion',
      },
      chen: {
        direction: 'Ship faster',
        goal: 'Cut the release cycle from 3 weeks to 2 by the end of June',
        indicator: 'Release cycle (days)',
      },
      zhou: {
        direction: 'Happier customers',
        goal: 'Reach a support satisfaction score of 92 this quarter',
        indicator: 'Satisfaction score',
      },
      zhao: {
        direction: 'Open new channels',
        goal: 'Sign 6 channel partners by year end',
        indicator: 'Partners signed',
      },
      me: {
        direction: 'Grow the team',
        goal: 'Hold one full coaching conversation with each person every month',
        indicator: 'Conversations held',
      },
    },
    actions: {
      lin1: 'A page with the ten questions customers ask most, with answers',
      lin2: 'Join a senior colleague on two customer visits',
      chen1: 'Cut the release checklist from 40 items to 25',
      chen2: 'Agree a Tuesday hand-over time with the test team',
      zhou1: 'Call back every ticket scored below 80',
      zhao1: 'Take the channel negotiation course',
      zhao2: 'Meet three prospective partners',
      me1: 'Book next month’s 1:1 with each person',
      me2: 'Read the guide’s feedback chapter',
    },
    obstacle: 'The demo environment keeps going down, so customers never see the whole flow',
    tried: 'Booked the environment a day ahead; still unstable',
    improvement: 'Run two mock visits in the next two weeks',
    satisfied: [
      'Signed two new customers',
      'Showed a new colleague the system',
      'Cleaned up the customer records',
    ],
    feedback: {
      behavior: 'In two of this month’s four releases the notes went out a day late',
      effect: 'Support answered customers without them and got two answers wrong',
      seek: 'What was happening on those release days?',
      target: 'Let’s find a way to have the notes ready before the code freeze',
      encourage: 'You sorted the call-backs by priority, and every low score heard from us within two days',
      explore: 'Which kind of ticket takes you longest?',
      empower: 'There’s a seat for you on next month’s customer-conversation course',
    },
    outcome: 'Notes went out on time for the last two releases',
    blocked: 'The course seat isn’t approved yet',
    adjustment: {
      reason: 'The new channel policy slipped a quarter',
      before: '8 partners by year end',
      after: '6 partners by year end',
    },
    topics: ['Next quarter’s goal', 'More say in solution design'],
    titles: { goal: 'Goal', plan: '5R plan', retro: 'Flash retro', feedback: 'Feedback', prep: 'Prep sheet' },
  },
};

export function sampleTeam(today: string, locale: Locale): WorksheetDocLike[] {
  const w = words[locale];
  const [lin, chen, zhou, wang, zhao] = w.names;
  const day = (offset: number) => addDays(today, offset);
  const docs: WorksheetDocLike[] = [];
  let counter = 0;
  const add = (
    kind: WorksheetKind,
    person: string | undefined,
    created: number,
    title: string,
    data: unknown,
  ) => {
    counter += 1;
    const at = `${day(created)}T09:00:00.000Z`;
    docs.push({
      id: `sample-${kind}-${counter}`,
      kind,
      schemaVersion: versions[kind] ?? 1,
      revision: 1,
      title,
      ...(person === undefined ? {} : { person }),
      practice: SAMPLE_PRACTICE_ID,
      createdAt: at,
      updatedAt: at,
      data,
    });
    return `sample-${kind}-${counter}`;
  };
  const goal = (
    person: string | undefined,
    which: keyof Words['goals'],
    created: number,
    milestones: { target: string; date: number; current?: string; reached?: number }[],
    extra: Record<string, unknown> = {},
  ) =>
    add('smart-ar', person, created, `${w.titles.goal} · ${person ?? ''}`.replace(/ · $/, ''), {
      direction: w.goals[which].direction,
      goal: w.goals[which].goal,
      milestones: milestones.map((m) => ({
        indicator: w.goals[which].indicator,
        target: m.target,
        date: day(m.date),
        current: m.current ?? '',
        reachedOn: m.reached === undefined ? '' : day(m.reached),
      })),
      ...extra,
    });
  const action = (result: string, review: number, extra: Record<string, unknown> = {}) => ({
    result,
    responsible: '',
    reviewDate: day(review),
    ...extra,
  });
  const plan = (person: string | undefined, date: number, actions: unknown[]) =>
    add('action-plan', person, date, `${w.titles.plan} · ${day(date)}`, {
      conversationDate: day(date),
      actions,
    });
  const retro = (person: string, date: number, judgment: string, linkedGoalId?: string) =>
    add('flash-retro', person, date, `${w.titles.retro} · ${day(date)}`, {
      date: day(date),
      satisfied: w.satisfied,
      obstacle: w.obstacle,
      tried: w.tried,
      improvement: w.improvement,
      judgment,
      ...(linkedGoalId === undefined ? {} : { linkedGoalId }),
    });

  // Lin: off track.
  const linGoal = goal(
    lin,
    'lin',
    -100,
    [
      { target: '13%', date: -40, current: '12%' },
      { target: '14%', date: 20, current: '12%' },
      { target: '15%', date: 50, current: '12%' },
    ],
    {
      likelihood: { scale: 'ten', value: 3 },
      likelihoodLog: [
        { date: day(-60), scale: 'ten', value: 6 },
        { date: day(-20), scale: 'ten', value: 3 },
      ],
      nextReviewDate: day(10),
      nextReviewMoves: [
        { from: day(-14), to: day(-4), on: day(-15) },
        { from: day(-4), to: day(10), on: day(-5) },
      ],
    },
  );
  plan(lin, -70, [action(w.actions.lin2, -60, { microAction: true, state: 'done', doneOn: day(-61) })]);
  plan(lin, -25, [action(w.actions.lin1, -12, { microAction: true }), action(w.actions.lin2, 5)]);
  retro(lin, -18, 'goal', linGoal);
  add('feedback', lin, -50, `${w.titles.feedback} · ${lin}`, {
    scenario: 'positive',
    framework: '3e',
    encourage: w.feedback.encourage,
    explore: w.feedback.explore,
    empower: w.feedback.empower,
    givenOn: day(-50),
  });

  // Chen: at risk.
  goal(
    chen,
    'chen',
    -90,
    [
      { target: '18', date: -30, current: '16' },
      { target: '14', date: 25, current: '' },
    ],
    { likelihood: { scale: 'five', value: 4 }, nextReviewDate: day(7) },
  );
  plan(chen, -40, [action(w.actions.chen2, -30, { microAction: true, state: 'done', doneOn: day(-31) })]);
  plan(chen, -9, [action(w.actions.chen1, 12), action(w.actions.chen2, 20)]);
  add('feedback', chen, -45, `${w.titles.feedback} · ${chen}`, {
    scenario: 'negative',
    framework: 'best',
    behavior: w.feedback.behavior,
    effect: w.feedback.effect,
    seek: w.feedback.seek,
    target: w.feedback.target,
    givenOn: day(-44),
  });

  // Zhou: on track.
  goal(
    zhou,
    'zhou',
    -75,
    [
      { target: '88', date: -45, current: '89', reached: -47 },
      { target: '92', date: 15, current: '91' },
    ],
    {
      likelihood: { scale: 'ten', value: 8 },
      likelihoodLog: [
        { date: day(-60), scale: 'ten', value: 7 },
        { date: day(-10), scale: 'ten', value: 8 },
      ],
      nextReviewDate: day(14),
    },
  );
  plan(zhou, -6, [action(w.actions.zhou1, 3, { microAction: true, state: 'done', doneOn: day(-2) })]);
  retro(zhou, -3, 'execution');
  add('feedback', zhou, -30, `${w.titles.feedback} · ${zhou}`, {
    scenario: 'improvement',
    framework: '3e',
    encourage: w.feedback.encourage,
    explore: w.feedback.explore,
    empower: w.feedback.empower,
    givenOn: day(-28),
    followUp: { date: day(-12), outcome: w.outcome },
  });

  // Wang: nothing to judge, no conversation for 45 days.
  add('prep-sheet', wang, -47, `${w.titles.prep} · ${wang}`, { meetingDate: day(-45), topics: w.topics });

  // Zhao: at risk, adjusted twice, blocked.
  goal(
    zhao,
    'zhao',
    -120,
    [
      { target: '3', date: -30, current: '3', reached: -33 },
      { target: '6', date: 60, current: '4' },
    ],
    {
      likelihood: { scale: 'ten', value: 7 },
      adjustments: [
        { date: day(-70), kind: 'goal', ...w.adjustment },
        {
          date: day(-20),
          kind: 'goal',
          reason: w.adjustment.reason,
          before: w.adjustment.after,
          after: w.adjustment.after,
        },
      ],
      nextReviewDate: day(21),
    },
  );
  plan(zhao, -14, [
    action(w.actions.zhao1, 10, { state: 'blocked', blockedReason: w.blocked }),
    action(w.actions.zhao2, 4, { microAction: true }),
  ]);
  retro(zhao, -21, 'goal');

  // Me.
  goal(
    undefined,
    'me',
    -60,
    [
      { target: '5', date: -30, current: '5', reached: -31 },
      { target: '10', date: 0, current: '8' },
      { target: '15', date: 30, current: '8' },
    ],
    { likelihood: { scale: 'five', value: 4 } },
  );
  plan(undefined, -5, [
    action(w.actions.me1, 2, { microAction: true }),
    action(w.actions.me2, -1, { state: 'done', doneOn: day(-2) }),
  ]);

  return docs;
}
