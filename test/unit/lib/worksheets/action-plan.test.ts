import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import {
  actionPlanSchema,
  addAction,
  createDefaultActionPlan,
  emptyAction,
  MAX_ACTIONS,
  removeAction,
  type ActionPlanInput,
  type PlannedAction,
} from '../../../../src/lib/worksheets/action-plan';
import { actionPlanToMarkdown } from '../../../../src/lib/worksheets/action-plan/markdown';
import { actionPlanHints } from '../../../../src/lib/worksheets/action-plan/hints';
import { sampleDoc } from './fixtures';

const today = '2025-06-10';

describe('actionPlanSchema', () => {
  test('starts with one empty action', () => {
    expect(createDefaultActionPlan()).toEqual({ conversationDate: '', actions: [emptyAction()] });
  });

  test('refuses a fourth action', () => {
    const four = actionPlanSchema.safeParse({ actions: [{}, {}, {}, {}] });
    expect(four.error?.issues[0]).toMatchObject({ code: 'too_big', path: ['actions'], maximum: 3 });
  });

  test('rejects a review date that is not a date', () => {
    expect(
      actionPlanSchema.safeParse({ actions: [{ reviewDate: 'next week' }] }).error?.issues[0]?.path,
    ).toEqual(['actions', 0, 'reviewDate']);
  });
});

describe('addAction()', () => {
  test('adds an empty action up to three', () => {
    let data = createDefaultActionPlan();
    for (let count = 2; count <= MAX_ACTIONS; count += 1) {
      const result = addAction(data);
      expect(result.type).toBe('success');
      if (result.type === 'success') data = result.data;
      expect(data.actions).toHaveLength(count);
    }
  });

  test('returns an error result instead of a fourth action', () => {
    const full = actionPlanSchema.parse({ actions: [{}, {}, {}] });
    expect(addAction(full)).toEqual({ type: 'error', code: 'too_many_actions', max: 3 });
  });

  test('removeAction() frees a place again', () => {
    const full = actionPlanSchema.parse({ actions: [{ result: 'a' }, { result: 'b' }, { result: 'c' }] });
    const two = removeAction(full, 1);
    expect(two.actions.map((action) => action.result)).toEqual(['a', 'c']);
    expect(addAction(two).type).toBe('success');
  });
});

const action = (fields: Partial<PlannedAction>): Partial<PlannedAction> => ({
  result: 'Conversion from 12% to 14%',
  resource: 'Course seat',
  responsible: 'Li',
  reviewDate: '2025-06-13',
  microAction: true,
  ...fields,
});

const hintCases: {
  name: string;
  input: ActionPlanInput;
  present: { id: string; field: string; level?: string }[];
  absent?: string[];
}[] = [
  {
    name: 'asks for actions when none is written',
    input: {},
    present: [{ id: 'action-plan/no-actions', field: 'actions' }],
  },
  {
    name: 'warns when no micro-action is due this week',
    input: { actions: [action({ microAction: false }), action({ reviewDate: '2025-06-30' })] },
    present: [{ id: 'action-plan/no-micro-action-this-week', field: 'actions', level: 'warning' }],
  },
  {
    name: 'counts a micro-action due on the seventh day',
    input: { actions: [action({ reviewDate: '2025-06-16' })] },
    present: [],
    absent: ['action-plan/no-micro-action-this-week'],
  },
  {
    name: 'does not count the eighth day as this week',
    input: { actions: [action({ reviewDate: '2025-06-17' })] },
    present: [{ id: 'action-plan/no-micro-action-this-week', field: 'actions' }],
  },
  {
    name: 'counts a micro-action already done',
    input: { actions: [action({ reviewDate: '2025-06-01', state: 'done' })] },
    present: [],
    absent: ['action-plan/no-micro-action-this-week', 'action-plan/review-past'],
  },
  {
    name: 'does not call a blocked action’s past review date forgotten',
    input: { actions: [action({ reviewDate: '2025-06-01', state: 'blocked', blockedReason: 'No seat' })] },
    present: [{ id: 'action-plan/no-micro-action-this-week', field: 'actions' }],
    absent: ['action-plan/review-past'],
  },
  {
    name: 'warns about a risk without a contingency',
    input: { actions: [action({ risk: 'Urgent work crowds it out' })] },
    present: [{ id: 'action-plan/risk-no-contingency', field: 'actions.0.contingency', level: 'warning' }],
  },
  {
    name: 'warns about a review date in the past',
    input: { actions: [action({}), action({ microAction: false, reviewDate: '2025-06-09' })] },
    present: [{ id: 'action-plan/review-past', field: 'actions.1.reviewDate', level: 'warning' }],
  },
  {
    name: 'asks a micro-action for its date',
    input: { actions: [action({ reviewDate: '' })] },
    present: [{ id: 'action-plan/micro-action-no-date', field: 'actions.0.reviewDate' }],
  },
  {
    name: 'asks for owner and resource',
    input: { actions: [action({ responsible: '', resource: '' })] },
    present: [
      { id: 'action-plan/responsible-missing', field: 'actions.0.responsible' },
      { id: 'action-plan/resource-missing', field: 'actions.0.resource' },
    ],
  },
  {
    name: 'asks for a visible result instead of a vague one',
    input: { actions: [action({ result: '加强沟通' })] },
    present: [{ id: 'action-plan/result-vague', field: 'actions.0.result' }],
  },
  {
    name: 'is quiet about a good plan',
    input: { actions: [action({})] },
    present: [],
    absent: ['action-plan/no-micro-action-this-week', 'action-plan/review-past', 'action-plan/result-vague'],
  },
];

describe.each(locales)('actionPlanHints() in %s', (locale) => {
  test.each(hintCases)('$name', ({ input, present, absent = [] }) => {
    const hints = actionPlanHints(actionPlanSchema.parse(input), locale, { today });
    for (const expected of present) expect(hints).toContainEqual(expect.objectContaining(expected));
    for (const id of absent) expect(hints.map((hint) => hint.id)).not.toContain(id);
  });
});

describe('actionPlanHints() dates', () => {
  test('use the injected today', () => {
    const data = actionPlanSchema.parse({ actions: [action({ reviewDate: '2025-06-13' })] });
    expect(actionPlanHints(data, 'en', { today: '2025-06-10' }).map((h) => h.id)).not.toContain(
      'action-plan/no-micro-action-this-week',
    );
    expect(actionPlanHints(data, 'en', { today: '2025-06-20' }).map((h) => h.id)).toContain(
      'action-plan/review-past',
    );
  });
});

describe('actionPlanToMarkdown()', () => {
  test('renders each action with its 5R fields and flags', () => {
    const zh = actionPlanToMarkdown(sampleDoc('action-plan'), 'zh-CN');
    expect(zh).toContain('### 行动 1 (微行动, 受阻：Course seat not confirmed yet)');
    expect(zh).toContain('- **复盘日期（Review）**：2025-06-16');
    const en = actionPlanToMarkdown(sampleDoc('action-plan'), 'en');
    expect(en).toContain('- **Fallback**: Flag the clash; manager reprioritises');
    const done = sampleDoc('action-plan');
    done.data.actions[0] = { ...done.data.actions[0]!, state: 'done', doneOn: '2025-06-15' };
    expect(actionPlanToMarkdown(done, 'en')).toContain('### Action 1 (micro-action, done 2025-06-15)');
  });
});
