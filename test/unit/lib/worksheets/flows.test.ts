import { describe, expect, test } from 'vitest';
import type { GrowQuestion } from '../../../../src/lib/grow/question';
import { actionPlanSchema } from '../../../../src/lib/worksheets/action-plan';
import { createWorksheet } from '../../../../src/lib/worksheets/document';
import { flashRetroSchema } from '../../../../src/lib/worksheets/flash-retro';
import { growListFromQuestions } from '../../../../src/lib/worksheets/flows/grow-list';
import { lastPlanOutcomes } from '../../../../src/lib/worksheets/flows/last-plan';
import { nextPlanFrom } from '../../../../src/lib/worksheets/flows/next-plan';
import { planFromPrepSheet } from '../../../../src/lib/worksheets/flows/plan-from-prep-sheet';
import {
  adjustmentFromRetro,
  appendAdjustment,
  openActionsForRetro,
  tickPlanAction,
} from '../../../../src/lib/worksheets/flows/retro';
import { growQuestionsSchema } from '../../../../src/lib/worksheets/grow-questions';
import { prepPlannerSchema } from '../../../../src/lib/worksheets/prep-planner';
import { prepSheetDataSchema } from '../../../../src/lib/worksheets/prep-sheet';
import { smartArSchema } from '../../../../src/lib/worksheets/smart-ar';
import { sampleData } from './fixtures';

describe('planFromPrepSheet()', () => {
  test('takes the Point from the topics and the Reason from the metrics', () => {
    const plan = planFromPrepSheet(sampleData['prep-sheet'], 'zh-CN', 'prep-1');
    expect(plan.point).toBe('客户拜访后转化偏低\n想多参与方案设计');
    expect(plan.reason).toBe('转化率：上期 11% → 本期 12%，目标 15%');
    expect(plan.example).toBe('华东渠道拓展：完成 60%');
    expect(plan.plan).toBe('');
    expect(plan.sourcePrepSheetId).toBe('prep-1');
    expect(prepPlannerSchema.safeParse(plan).success).toBe(true);
  });

  test('writes the Reason in English for an English page and skips empty values', () => {
    const prep = prepSheetDataSchema.parse({
      topics: ['Onboarding'],
      metrics: [{ name: 'NPS', current: '31', target: '40' }, { name: 'Tickets' }, { name: '' }],
    });
    expect(planFromPrepSheet(prep, 'en').reason).toBe('NPS: now 31, target 40\nTickets');
  });

  test('stays within the field limits for a sheet filled to the brim', () => {
    const long = 'x'.repeat(500);
    const prep = prepSheetDataSchema.parse({
      topics: [long, long, long],
      metrics: Array.from({ length: 5 }, () => ({ name: long, previous: long, current: long, target: long })),
    });
    expect(prepPlannerSchema.safeParse(planFromPrepSheet(prep, 'en')).success).toBe(true);
  });
});

describe('openActionsForRetro()', () => {
  const plan = (
    person: string | undefined,
    conversationDate: string,
    actions: object[],
    createdAt = '2025-06-01T00:00:00.000Z',
  ) =>
    createWorksheet('action-plan', {
      ...(person === undefined ? {} : { person }),
      now: new Date(createdAt),
      data: actionPlanSchema.parse({ conversationDate, actions }),
    });

  test('returns the open actions of the latest plan for that person', () => {
    const older = plan('Li', '2025-05-01', [{ result: 'old action' }]);
    const latest = plan('Li', '2025-06-01', [
      { result: 'done one', state: 'done' },
      { result: 'open one' },
      { result: '' },
    ]);
    const someoneElse = plan('Wang', '2025-07-01', [{ result: 'not Li’s' }]);
    const open = openActionsForRetro([older, someoneElse, latest, createWorksheet('feedback')], 'Li');
    expect(open).toMatchObject({
      planId: latest.id,
      planTitle: '',
      conversationDate: '2025-06-01',
      actions: [{ index: 1, action: { result: 'open one' } }],
    });
  });

  test('matches the person regardless of case and surrounding spaces', () => {
    const mine = plan(' li ', '2025-06-01', [{ result: 'a' }]);
    expect(openActionsForRetro([mine], 'Li')?.planId).toBe(mine.id);
  });

  test('falls back to the creation date when no conversation date is set', () => {
    const first = plan('Li', '', [{ result: 'a' }], '2025-06-01T00:00:00.000Z');
    const second = plan('Li', '', [{ result: 'b' }], '2025-06-15T00:00:00.000Z');
    expect(openActionsForRetro([second, first], 'Li')?.planId).toBe(second.id);
  });

  test('treats an untagged retro as matching untagged plans', () => {
    const untagged = plan(undefined, '2025-06-01', [{ result: 'a' }]);
    expect(
      openActionsForRetro([untagged, plan('Li', '2025-07-01', [{ result: 'b' }])], undefined)?.planId,
    ).toBe(untagged.id);
  });

  test('returns undefined when the person has no plan', () => {
    expect(openActionsForRetro([plan('Wang', '2025-06-01', [])], 'Li')).toBeUndefined();
  });
});

describe('growListFromQuestions()', () => {
  const generated: GrowQuestion[] = [
    { stage: 'will', text: 'Which step will you take first this week?' },
    { stage: 'goal', text: 'What would you like to see change?' },
    { stage: 'reality', text: 'Where does it stand now?' },
    { stage: 'options', text: 'What could you try?' },
    { stage: 'goal', text: 'What does success look like?' },
  ];

  test('orders by stage, numbers the ids and leaves everything unticked', () => {
    const list = growListFromQuestions(generated, { source: 'ai', sourcePrepSheetId: 'prep-1' });
    expect(list.questions.map((q) => [q.id, q.stage])).toEqual([
      ['q1', 'goal'],
      ['q2', 'goal'],
      ['q3', 'reality'],
      ['q4', 'options'],
      ['q5', 'will'],
    ]);
    expect(list.questions.every((q) => !q.asked && q.answer === '')).toBe(true);
    expect(list).toMatchObject({ source: 'ai', sourcePrepSheetId: 'prep-1', commitment: '' });
    expect(growQuestionsSchema.safeParse(list).success).toBe(true);
  });

  test('marks the list as coming from the rules engine by default', () => {
    expect(growListFromQuestions(generated).source).toBe('rules');
  });
});

describe('adjustmentFromRetro() and appendAdjustment()', () => {
  test('drafts a log entry from the retro’s date, obstacle and judgment', () => {
    const retro = flashRetroSchema.parse({
      date: '2025-06-30',
      obstacle: 'Launch slipped',
      improvement: 'Two mock visits',
      judgment: 'goal',
    });
    expect(adjustmentFromRetro(retro)).toEqual({
      date: '2025-06-30',
      reason: 'Launch slipped\nTwo mock visits',
      before: '',
      after: '',
      kind: 'goal',
    });
    expect(adjustmentFromRetro({ ...retro, judgment: 'execution' }).kind).toBe('execution');
  });

  test('appends to the goal’s log, newest last', () => {
    const goal = smartArSchema.parse({ adjustments: [{ reason: 'first' }] });
    const result = appendAdjustment(goal, {
      date: '',
      reason: 'second',
      before: '',
      after: '',
      kind: 'goal',
    });
    expect(result.type === 'success' && result.data.adjustments.map((a) => a.reason)).toEqual([
      'first',
      'second',
    ]);
  });

  test('refuses an entry beyond the log’s limit', () => {
    const goal = smartArSchema.parse({ adjustments: Array.from({ length: 50 }, () => ({})) });
    expect(appendAdjustment(goal, adjustmentFromRetro(flashRetroSchema.parse({})))).toEqual({
      type: 'error',
      code: 'too_many_adjustments',
      max: 50,
    });
  });
});

describe('tickPlanAction()', () => {
  const plan = actionPlanSchema.parse({
    actions: [
      { result: 'Draft the call script', reviewDate: '2031-03-04' },
      {
        result: 'Shadow two demos',
        reviewDate: '2031-03-11',
        state: 'blocked',
        blockedReason: 'No demo booked',
      },
    ],
  });

  test('ticks an action done on the day, leaving the others as they were', () => {
    const ticked = tickPlanAction(plan, {
      index: 0,
      result: 'Draft the call script',
      state: 'done',
      today: '2031-03-05',
    });
    expect(ticked.type).toBe('success');
    if (ticked.type !== 'success') return;
    expect(ticked.data.actions[0]).toMatchObject({ state: 'done', doneOn: '2031-03-05' });
    expect(ticked.data.actions[1]).toEqual(plan.actions[1]);
    expect(actionPlanSchema.safeParse(ticked.data).success).toBe(true);
  });

  test('blocks an action with its reason, trimmed and capped at one line’s length', () => {
    const ticked = tickPlanAction(plan, {
      index: 0,
      result: 'Draft the call script',
      state: 'blocked',
      today: '2031-03-05',
      blockedReason: `  ${'x'.repeat(200)}  `,
    });
    if (ticked.type !== 'success') throw new Error('expected success');
    expect(ticked.data.actions[0]?.state).toBe('blocked');
    expect(ticked.data.actions[0]?.blockedReason).toBe('x'.repeat(120));
    expect(ticked.data.actions[0]?.doneOn).toBe('');
  });

  test('reopening a blocked action clears its reason', () => {
    const ticked = tickPlanAction(plan, {
      index: 1,
      result: 'Shadow two demos',
      state: 'open',
      today: '2031-03-05',
    });
    if (ticked.type !== 'success') throw new Error('expected success');
    expect(ticked.data.actions[1]).toMatchObject({ state: 'open', blockedReason: '' });
  });

  test('changes nothing when the action at that place no longer says what the retro showed', () => {
    expect(
      tickPlanAction(plan, { index: 1, result: 'Draft the call script', state: 'done', today: '2031-03-05' }),
    ).toEqual({ type: 'error', code: 'action_changed' });
    expect(
      tickPlanAction(plan, { index: 5, result: 'Draft the call script', state: 'done', today: '2031-03-05' }),
    ).toEqual({ type: 'error', code: 'action_changed' });
  });
});

describe('nextPlanFrom()', () => {
  test('carries the unfinished actions (open and blocked) with their reasons, undated, and names the last plan', () => {
    const last = actionPlanSchema.parse({
      conversationDate: '2031-03-01',
      actions: [
        {
          result: 'Draft the call script',
          reviewDate: '2031-03-04',
          reviewMoves: [{ from: '2031-03-02', to: '2031-03-04', on: '2031-03-01' }],
        },
        { result: 'Shadow two demos', state: 'done', doneOn: '2031-03-08' },
        {
          result: 'Book the pilot customer',
          state: 'blocked',
          blockedReason: 'Legal review pending',
          microAction: true,
        },
      ],
    });
    const next = nextPlanFrom(last, '2031-03-15', 'plan-1');
    expect(next.conversationDate).toBe('2031-03-15');
    expect(next.sourcePlanId).toBe('plan-1');
    expect(next.actions.map((action) => [action.result, action.state, action.reviewDate])).toEqual([
      ['Draft the call script', 'open', ''],
      ['Book the pilot customer', 'blocked', ''],
    ]);
    expect(next.actions[0]?.reviewMoves).toEqual([]);
    expect(next.actions[1]).toMatchObject({ blockedReason: 'Legal review pending', microAction: true });
    expect(actionPlanSchema.safeParse(next).success).toBe(true);
  });

  test('starts with one empty action when everything was done', () => {
    const last = actionPlanSchema.parse({ actions: [{ result: 'Done already', state: 'done' }] });
    const next = nextPlanFrom(last, '2031-03-15');
    expect(next.actions).toHaveLength(1);
    expect(next.actions[0]?.result).toBe('');
    expect(next).not.toHaveProperty('sourcePlanId');
  });
});

describe('lastPlanOutcomes()', () => {
  const plan = (person: string, conversationDate: string, actions: object[]) =>
    createWorksheet('action-plan', {
      person,
      now: new Date('2031-03-01T00:00:00.000Z'),
      data: actionPlanSchema.parse({ conversationDate, actions }),
    });

  test('gives each action of the person’s latest plan its cue for the next conversation', () => {
    const older = plan('Li', '2031-02-01', [{ result: 'Old plan action' }]);
    const latest = plan('Li', '2031-03-01', [
      { result: 'Draft the script', state: 'done', doneOn: '2031-03-05' },
      { result: 'Book the pilot', state: 'blocked', blockedReason: ' Legal review ' },
      { result: 'Shadow two demos', reviewDate: '2031-03-09' },
    ]);
    const later = plan('Li', '2031-03-02', [
      { result: 'Call three clients', reviewDate: '2031-03-10' },
      { result: '   ' },
    ]);
    const others = [older, plan('Wang', '2031-04-01', [{ result: 'x' }])];
    const outcomes = lastPlanOutcomes([...others, latest], 'li', '2031-03-10');
    expect(outcomes?.planId).toBe(latest.id);
    expect(outcomes?.actions.map((action) => [action.result, action.cue])).toEqual([
      ['Draft the script', 'praise'],
      ['Book the pilot', 'unblock'],
      // A review date before today has passed.
      ['Shadow two demos', 'ask-what-happened'],
    ]);
    // One on today has not; an action with no result is left out.
    expect(lastPlanOutcomes([...others, latest, later], 'Li', '2031-03-10')?.actions).toMatchObject([
      { result: 'Call three clients', cue: 'check-progress' },
    ]);
    expect(outcomes?.actions[1]?.blockedReason).toBe('Legal review');
  });

  test('is undefined for a person with no plan', () => {
    expect(
      lastPlanOutcomes([plan('Li', '2031-03-01', [{ result: 'a' }])], 'Mia', '2031-03-10'),
    ).toBeUndefined();
  });
});
