import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import {
  createDefaultSmartAr,
  smartArSchema,
  type SmartArInput,
} from '../../../../src/lib/worksheets/smart-ar';
import { smartArToMarkdown } from '../../../../src/lib/worksheets/smart-ar/markdown';
import { smartArHints } from '../../../../src/lib/worksheets/smart-ar/hints';
import { sampleDoc } from './fixtures';

const today = '2025-06-10';
const hintsFor = (input: SmartArInput, locale: (typeof locales)[number]) =>
  smartArHints(smartArSchema.parse(input), locale, { today });

describe('smartArSchema', () => {
  test('fills every field of an empty draft with an empty value', () => {
    expect(createDefaultSmartAr()).toEqual({
      direction: '',
      goal: '',
      milestones: [],
      letters: {
        specific: '',
        measurable: '',
        achievable: '',
        relevant: '',
        timeBased: '',
        agile: '',
        reviewable: '',
      },
      likelihood: { scale: 'ten', value: null },
      missingConditions: '',
      reviewCadence: '',
      nextReviewDate: '',
      nextReviewMoves: [],
      likelihoodLog: [],
      adjustments: [],
    });
  });

  test.each([
    ['a goal over 500 characters', { goal: 'x'.repeat(501) }, 'goal'],
    ['a seventh milestone', { milestones: Array.from({ length: 7 }, () => ({})) }, 'milestones'],
    ['a milestone date that is not a date', { milestones: [{ date: '2025-02-30' }] }, 'milestones.0.date'],
    ['a likelihood of 11', { likelihood: { value: 11 } }, 'likelihood.value'],
    ['6 on the five-step scale', { likelihood: { scale: 'five', value: 6 } }, 'likelihood.value'],
    [
      'an adjustment kind that is not goal or execution',
      { adjustments: [{ kind: 'mood' }] },
      'adjustments.0.kind',
    ],
  ] as const)('rejects %s', (_name, input, path) => {
    const result = smartArSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe(path);
  });

  test('accepts a half-filled draft with empty strings', () => {
    expect(
      smartArSchema.safeParse({
        goal: 'Raise conversion',
        milestones: [{ indicator: 'x', target: '', date: '' }],
      }).success,
    ).toBe(true);
  });
});

interface HintCase {
  name: string;
  input: SmartArInput;
  present: { id: string; field: string; level?: 'info' | 'warning' }[];
  absent?: string[];
}

const hintCases: HintCase[] = [
  {
    name: 'asks for the goal first when there is none',
    input: {},
    present: [{ id: 'smart-ar/goal-empty', field: 'goal' }],
    absent: ['smart-ar/no-number', 'smart-ar/letter-specific'],
  },
  {
    name: 'flags a goal with no number (M)',
    input: { goal: '提升客户满意度，9月底前完成' },
    present: [{ id: 'smart-ar/no-number', field: 'goal', level: 'warning' }],
    absent: ['smart-ar/no-date'],
  },
  {
    name: 'flags a goal with no date (T)',
    input: { goal: 'Raise conversion to 15%' },
    present: [{ id: 'smart-ar/no-date', field: 'goal', level: 'warning' }],
    absent: ['smart-ar/no-number'],
  },
  {
    name: 'counts a milestone target and date as M and T',
    input: {
      goal: 'Win more new customers',
      milestones: [{ indicator: 'Signed', target: '8', date: '2025-09-30' }],
    },
    present: [],
    absent: ['smart-ar/no-number', 'smart-ar/no-date'],
  },
  {
    name: 'warns about vague verbs in a goal without a number',
    input: { goal: '努力提升服务质量' },
    present: [{ id: 'smart-ar/vague-words', field: 'goal', level: 'warning' }],
  },
  {
    name: 'only notes vague verbs next to a number',
    input: { goal: 'Improve conversion to 15% by September' },
    present: [{ id: 'smart-ar/vague-words', field: 'goal', level: 'info' }],
  },
  {
    name: 'asks the coaching question of each weak letter',
    input: { goal: 'Raise conversion to 15% by 2025-09-30' },
    present: [
      { id: 'smart-ar/letter-specific', field: 'letters.specific' },
      { id: 'smart-ar/letter-relevant', field: 'letters.relevant' },
      { id: 'smart-ar/letter-agile', field: 'letters.agile' },
      { id: 'smart-ar/letter-achievable', field: 'letters.achievable' },
      { id: 'smart-ar/letter-reviewable', field: 'letters.reviewable' },
    ],
    absent: ['smart-ar/letter-measurable', 'smart-ar/letter-timeBased'],
  },
  {
    name: 'does not ask about a letter that has an answer',
    input: { goal: 'Raise conversion to 15% by Q3', letters: { specific: 'East region only' } },
    present: [],
    absent: ['smart-ar/letter-specific'],
  },
  {
    name: 'asks what is missing when the likelihood is low',
    input: { goal: 'Raise conversion to 15% by Q3', likelihood: { scale: 'five', value: 2 } },
    present: [{ id: 'smart-ar/low-without-conditions', field: 'missingConditions', level: 'warning' }],
  },
  {
    name: 'asks for a likelihood when none is given',
    input: { goal: 'Raise conversion to 15% by Q3' },
    present: [{ id: 'smart-ar/likelihood-missing', field: 'likelihood.value' }],
  },
  {
    name: 'warns when the next review date has passed',
    input: { goal: 'Raise conversion to 15% by Q3', reviewCadence: 'monthly', nextReviewDate: '2025-06-01' },
    present: [{ id: 'smart-ar/next-review-past', field: 'nextReviewDate', level: 'warning' }],
  },
  {
    name: 'asks for the next review date once a rhythm is set',
    input: { goal: 'Raise conversion to 15% by Q3', reviewCadence: 'monthly' },
    present: [{ id: 'smart-ar/next-review-missing', field: 'nextReviewDate' }],
  },
  {
    name: 'points at the milestone field that is missing',
    input: { goal: 'Raise conversion to 15% by Q3', milestones: [{ indicator: 'Conversion' }] },
    present: [
      { id: 'smart-ar/milestone-no-target', field: 'milestones.0.target' },
      { id: 'smart-ar/milestone-no-date', field: 'milestones.0.date' },
    ],
  },
  {
    name: 'warns about a goal change with no reason',
    input: { goal: 'Raise conversion to 15% by Q3', adjustments: [{ before: '16%', after: '15%' }] },
    present: [{ id: 'smart-ar/adjustment-no-reason', field: 'adjustments.0.reason', level: 'warning' }],
  },
];

describe.each(locales)('smartArHints() in %s', (locale) => {
  test.each(hintCases)('$name', ({ input, present, absent = [] }) => {
    const hints = hintsFor(input, locale);
    for (const expected of present) expect(hints).toContainEqual(expect.objectContaining(expected));
    for (const id of absent) expect(hints.map((hint) => hint.id)).not.toContain(id);
  });

  test('gives no hint twice for the same rule and field', () => {
    const hints = hintsFor({ goal: '努力提升、加强、优化服务' }, locale);
    const keys = hints.map((hint) => `${hint.id}@${hint.field}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('smartArHints() messages', () => {
  test('say the same thing in the words of each language', () => {
    const zh = hintsFor({ goal: '提升客户满意度' }, 'zh-CN');
    const en = hintsFor({ goal: '提升客户满意度' }, 'en');
    expect(zh.map((hint) => hint.id)).toEqual(en.map((hint) => hint.id));
    expect(zh.find((hint) => hint.id === 'smart-ar/no-number')?.message).toBe(
      '这个目标里还没有数字：用什么来衡量完成了？',
    );
    expect(en.find((hint) => hint.id === 'smart-ar/no-number')?.message).toMatch(
      /^There’s no number in this goal yet/,
    );
  });

  test('quote the vague words found', () => {
    const [hint] = hintsFor({ goal: 'Try to improve onboarding' }, 'en').filter(
      (h) => h.id === 'smart-ar/vague-words',
    );
    expect(hint?.message).toContain('“improve”');
    expect(hint?.message).toContain('“Try to”');
  });
});

describe('smartArToMarkdown()', () => {
  test('renders headings in the requested language', () => {
    const doc = sampleDoc('smart-ar');
    expect(smartArToMarkdown(doc, 'zh-CN')).toContain('## 全年方向');
    expect(smartArToMarkdown(doc, 'en')).toContain('## Direction for the year');
    expect(smartArToMarkdown(doc, 'en')).toContain('| Conversion | 13% | 2025-07-31 |');
  });

  test('shows where each milestone stands and the day it was reached', () => {
    const doc = sampleDoc('smart-ar');
    const first = doc.data.milestones[0];
    if (!first) throw new Error('the sample goal has a milestone');
    doc.data.milestones[0] = { ...first, current: '12%', reachedOn: '' };
    doc.data.milestones.push({
      indicator: 'Churn',
      target: '2%',
      date: '2025-08-31',
      current: '2%',
      reachedOn: '2025-08-20',
    });
    const markdown = smartArToMarkdown(doc, 'en');
    expect(markdown).toContain('| Indicator | Target | Date | Now | Reached on |');
    expect(markdown).toContain('| Conversion | 13% | 2025-07-31 | 12% |   |');
    expect(markdown).toContain('| Churn | 2% | 2025-08-31 | 2% | 2025-08-20 |');
    expect(smartArToMarkdown(doc, 'zh-CN')).toContain('| 指标 | 目标值 | 日期 | 当前 | 达成日期 |');
  });

  test('escapes what the user typed so it cannot become markup', () => {
    const doc = sampleDoc('smart-ar');
    doc.data.goal = '# <b>urgent</b> | now';
    const markdown = smartArToMarkdown(doc, 'en');
    expect(markdown).toContain('\\# \\<b\\>urgent\\</b\\> \\| now');
    expect(markdown).not.toContain('<b>');
  });

  test('marks empty fields as not filled in', () => {
    const doc = sampleDoc('smart-ar', { data: createDefaultSmartAr() });
    expect(smartArToMarkdown(doc, 'zh-CN')).toContain('_（未填写）_');
    expect(smartArToMarkdown(doc, 'en')).toContain('(not estimated)');
  });
});
