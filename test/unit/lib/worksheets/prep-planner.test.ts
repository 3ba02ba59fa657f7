import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import {
  agendaTotal,
  createDefaultPrepPlanner,
  prepPlannerSchema,
  type PrepPlannerInput,
} from '../../../../src/lib/worksheets/prep-planner';
import { prepPlannerToMarkdown } from '../../../../src/lib/worksheets/prep-planner/markdown';
import { prepPlannerHints } from '../../../../src/lib/worksheets/prep-planner/hints';
import { sampleDoc } from './fixtures';

describe('prepPlannerSchema', () => {
  test.each(locales)('starts with a 40-minute agenda in %s', (locale) => {
    const plan = createDefaultPrepPlanner(locale);
    expect(agendaTotal(plan.agenda)).toBe(40);
    expect(plan.point).toBe('');
    expect(plan.sourcePrepSheetId).toBeUndefined();
  });

  test('labels the default agenda in the user’s language', () => {
    expect(createDefaultPrepPlanner('zh-CN').agenda[0]?.label).toMatch(/微行动/);
    expect(createDefaultPrepPlanner('en').agenda[0]?.label).toMatch(/micro-action/);
  });

  test.each([
    ['negative minutes', { agenda: [{ label: 'x', minutes: -5 }] }, 'agenda.0.minutes'],
    ['fractional minutes', { agenda: [{ label: 'x', minutes: 2.5 }] }, 'agenda.0.minutes'],
    ['an empty source id', { sourcePrepSheetId: '' }, 'sourcePrepSheetId'],
    ['a Reason over 2000 characters', { reason: 'r'.repeat(2001) }, 'reason'],
  ] as const)('rejects %s', (_name, input, path) => {
    expect(prepPlannerSchema.safeParse(input).error?.issues[0]?.path.join('.')).toBe(path);
  });
});

const complete: PrepPlannerInput = {
  point: 'New-customer conversion last month',
  reason: '40 visits, 12% conversion against a team average of 15%',
  example: 'The 3 June visit where the customer went quiet',
  plan: 'List three key questions before each visit, starting next Monday',
  agenda: [{ label: 'All', minutes: 45 }],
};

const hintCases: {
  name: string;
  input: PrepPlannerInput;
  present: { id: string; field: string; level?: string }[];
  absent?: string[];
}[] = [
  {
    name: 'nudges each empty PREP step',
    input: { agenda: [{ label: 'x', minutes: 30 }] },
    present: [
      { id: 'prep-planner/point-empty', field: 'point' },
      { id: 'prep-planner/reason-empty', field: 'reason' },
      { id: 'prep-planner/example-empty', field: 'example' },
      { id: 'prep-planner/plan-empty', field: 'plan' },
    ],
  },
  {
    name: 'asks for data in a Reason without any',
    input: { ...complete, reason: '感觉最近状态不太对' },
    present: [{ id: 'prep-planner/reason-no-data', field: 'reason' }],
  },
  {
    name: 'warns about verdicts in the Reason',
    input: { ...complete, reason: '他总是拖延，上周两次' },
    present: [{ id: 'prep-planner/reason-judgmental', field: 'reason', level: 'warning' }],
  },
  {
    name: 'asks for a concrete Plan',
    input: { ...complete, plan: '加强沟通' },
    present: [{ id: 'prep-planner/plan-vague', field: 'plan' }],
  },
  {
    name: 'warns when the agenda is under 30 minutes',
    input: {
      ...complete,
      agenda: [
        { label: 'a', minutes: 10 },
        { label: 'b', minutes: 15 },
      ],
    },
    present: [{ id: 'prep-planner/agenda-too-short', field: 'agenda', level: 'warning' }],
  },
  {
    name: 'warns when the agenda is over 60 minutes',
    input: {
      ...complete,
      agenda: [
        { label: 'a', minutes: 50 },
        { label: 'b', minutes: 15 },
      ],
    },
    present: [{ id: 'prep-planner/agenda-too-long', field: 'agenda', level: 'warning' }],
  },
  {
    name: 'accepts exactly 30 and exactly 60 minutes',
    input: { ...complete, agenda: [{ label: 'a', minutes: 30 }] },
    present: [],
    absent: ['prep-planner/agenda-too-short', 'prep-planner/agenda-too-long'],
  },
  {
    name: 'points at a block without minutes',
    input: {
      ...complete,
      agenda: [
        { label: 'a', minutes: 45 },
        { label: 'b', minutes: 0 },
      ],
    },
    present: [{ id: 'prep-planner/block-no-minutes', field: 'agenda.1.minutes' }],
  },
  {
    name: 'is quiet about a complete plan',
    input: complete,
    present: [],
    absent: ['prep-planner/reason-no-data', 'prep-planner/plan-vague', 'prep-planner/agenda-too-short'],
  },
];

describe.each(locales)('prepPlannerHints() in %s', (locale) => {
  test.each(hintCases)('$name', ({ input, present, absent = [] }) => {
    const hints = prepPlannerHints(prepPlannerSchema.parse(input), locale);
    for (const expected of present) expect(hints).toContainEqual(expect.objectContaining(expected));
    for (const id of absent) expect(hints.map((hint) => hint.id)).not.toContain(id);
  });
});

describe('prepPlannerHints() messages', () => {
  test('state the agenda total', () => {
    const data = prepPlannerSchema.parse({ agenda: [{ label: 'a', minutes: 70 }] });
    expect(
      prepPlannerHints(data, 'zh-CN').find((h) => h.id === 'prep-planner/agenda-too-long')?.message,
    ).toContain('70 分钟');
    expect(
      prepPlannerHints(data, 'en').find((h) => h.id === 'prep-planner/agenda-too-long')?.message,
    ).toContain('70 minutes');
  });
});

describe('prepPlannerToMarkdown()', () => {
  test('renders the four steps and the agenda with its total', () => {
    const zh = prepPlannerToMarkdown(sampleDoc('prep-planner'), 'zh-CN');
    expect(zh).toContain('## 主题（Point）');
    expect(zh).toContain('合计 35 分钟');
    const en = prepPlannerToMarkdown(sampleDoc('prep-planner'), 'en');
    expect(en).toContain('## Reason');
    expect(en).toContain('35 minutes in total');
  });
});
