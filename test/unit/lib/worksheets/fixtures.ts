// Every kind at once: the fixtures build and validate worksheets of all of them.
import { registerEveryWorksheetModule } from '../../../support/all-kinds';
import { createWorksheet, type WorksheetDoc } from '../../../../src/lib/worksheets/document';
import type { WorksheetKind } from '../../../../src/lib/worksheets/kinds';
import type { WorksheetDataMap } from '../../../../src/lib/worksheets/registry';

registerEveryWorksheetModule();

/** One well-filled worksheet per kind, in the spirit of a real 1:1, for round trips and benchmarks. */
export const sampleData: WorksheetDataMap = {
  'smart-ar': {
    direction: 'Grow revenue from new customers in the east region',
    goal: 'Raise new-customer conversion from 12% to 15% by 2025-09-30',
    milestones: [
      { indicator: 'Conversion', target: '13%', date: '2025-07-31', current: '13%', reachedOn: '2025-07-28' },
      { indicator: 'Conversion', target: '14%', date: '2025-08-31', current: '', reachedOn: '' },
    ],
    letters: {
      specific: 'New customers in the east region only',
      measurable: 'Conversion rate in the CRM',
      achievable: 'Two colleagues reached 16% last quarter',
      relevant: 'The region’s top priority this year',
      timeBased: 'End of Q3',
      agile: 'Revisit if the product launch slips',
      reviewable: 'Second Tuesday of every month',
    },
    likelihood: { scale: 'ten', value: 6 },
    missingConditions: 'A second demo environment',
    reviewCadence: 'Monthly',
    nextReviewDate: '2025-07-08',
    nextReviewMoves: [{ from: '2025-07-01', to: '2025-07-08', on: '2025-06-28' }],
    likelihoodLog: [{ date: '2025-06-02', scale: 'ten', value: 6 }],
    adjustments: [
      {
        date: '2025-06-02',
        reason: 'Launch moved to August',
        before: '16% by Q3',
        after: '15% by Q3',
        kind: 'goal',
      },
    ],
  },
  'prep-sheet': {
    meetingDate: '2025-06-12',
    topics: ['客户拜访后转化偏低', '想多参与方案设计'],
    wins: ['上月新签两家客户'],
    puzzles: ['客户说“再考虑”之后该怎么跟进'],
    supportNeeded: ['一次模拟拜访练习'],
    metrics: [{ name: '转化率', previous: '11%', current: '12%', target: '15%' }],
    projects: [{ name: '华东渠道拓展', progress: '完成 60%' }],
  },
  'prep-planner': {
    point: '聊聊上月新客户转化的情况',
    reason: '拜访 40 次，转化 12%，团队平均 15%',
    example: '6 月 3 日那次拜访后客户没有回音',
    plan: '下周三前列出每次拜访的三个关键问题',
    agenda: [
      { label: '回顾微行动', minutes: 5 },
      { label: '数据与原因', minutes: 15 },
      { label: '计划', minutes: 15 },
    ],
    sourcePrepSheetId: 'prep-1',
  },
  feedback: {
    scenario: 'negative',
    framework: 'best',
    encourage: '',
    explore: '',
    empower: '',
    behavior: 'In two of this month’s four releases the notes went out a day late.',
    effect: 'Support answered customer questions without the notes.',
    seek: 'What was happening on those release days?',
    target: 'Let’s find a way to draft the notes before the release freeze.',
    givenOn: '2025-06-20',
    followUp: { date: '2025-07-04', outcome: 'Notes out on time for the last two releases' },
  },
  'grow-questions': {
    questions: [
      {
        id: 'q1',
        stage: 'goal',
        text: 'What would you like to be different by the end of the month?',
        asked: true,
        answer: 'More demos',
      },
      {
        id: 'q2',
        stage: 'reality',
        text: 'Where do the conversations usually stall?',
        asked: true,
        answer: '',
      },
      { id: 'q3', stage: 'options', text: 'Which approaches could you try next?', asked: false, answer: '' },
      {
        id: 'q4',
        stage: 'will',
        text: 'Which step will you start with this week?',
        asked: false,
        answer: '',
      },
    ],
    commitment: '',
    source: 'rules',
    sourcePrepSheetId: 'prep-1',
  },
  'action-plan': {
    conversationDate: '2025-06-12',
    actions: [
      {
        result: 'Conversion from 12% to 14% next month',
        resource: 'Internal sales course; one mock visit',
        responsible: 'Li (lead), manager (course seat)',
        reviewDate: '2025-06-16',
        risk: 'Urgent tasks crowd out preparation',
        contingency: 'Flag the clash; manager reprioritises',
        microAction: true,
        reviewMoves: [],
        state: 'blocked',
        doneOn: '',
        blockedReason: 'Course seat not confirmed yet',
      },
    ],
  },
  'flash-retro': {
    date: '2025-06-30',
    satisfied: ['Signed two customers', 'Mentored a new colleague', 'Cleaned up the CRM'],
    obstacle: 'Demo environment often down',
    tried: 'Booked slots earlier',
    improvement: 'Run two mock visits before 2025-07-14',
    judgment: 'execution',
    linkedGoalId: 'goal-1',
  },
  'observer-checklist': {
    scenario: 'sales-slump',
    roles: { manager: 'Dai', employee: 'Qian', observer: 'Lu' },
    inPlay: { prep: true, best: false, threeE: true },
    grow: { goal: 2, reality: 3, options: 1, will: 1 },
    best: { behavior: false, effect: false, seek: false, target: false },
    fiveR: { result: true, resource: true, responsible: true, review: true, risk: false },
    microAction: true,
    prep: { point: true, reason: true, example: true, plan: true },
    prepInOrder: true,
    threeE: { encourage: true, explore: true, empower: false },
    quotes: '“Let’s take the stretch after the quote apart.”',
    moments: 'Minute 6: the employee mentioned the CFO question unprompted.',
    wentWell: 'Opened with her own topic from the prep sheet',
    tryNext: 'Ask one more Options question before suggesting anything',
  },
};

export function sampleDoc<K extends WorksheetKind>(
  kind: K,
  overrides: Partial<Omit<WorksheetDoc<K>, 'kind'>> = {},
): WorksheetDoc<K> {
  const doc = createWorksheet(kind, {
    id: `${kind}-sample`,
    title: `Sample ${kind}`,
    person: 'Li',
    now: new Date('2025-06-01T08:00:00.000Z'),
    data: structuredClone(sampleData[kind]),
  });
  return { ...doc, ...overrides };
}
