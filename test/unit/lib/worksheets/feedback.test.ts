import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import {
  createDefaultFeedback,
  feedbackDraftMessage,
  feedbackSchema,
  suggestedFramework,
  type FeedbackInput,
} from '../../../../src/lib/worksheets/feedback';
import { feedbackToMarkdown } from '../../../../src/lib/worksheets/feedback/markdown';
import { feedbackHints } from '../../../../src/lib/worksheets/feedback/hints';
import { sampleDoc } from './fixtures';

describe('feedbackSchema', () => {
  test('starts as positive 3E feedback with every field empty', () => {
    expect(createDefaultFeedback()).toMatchObject({
      scenario: 'positive',
      framework: '3e',
      encourage: '',
      behavior: '',
    });
  });

  test.each([
    ['an unknown scenario', { scenario: 'angry' }, 'scenario'],
    ['an unknown framework', { framework: 'sbi' }, 'framework'],
    ['a Behavior over 2000 characters', { behavior: 'b'.repeat(2001) }, 'behavior'],
  ] as const)('rejects %s', (_name, input, path) => {
    expect(feedbackSchema.safeParse(input).error?.issues[0]?.path.join('.')).toBe(path);
  });

  test('suggests BEST for negative feedback and 3E otherwise', () => {
    expect(suggestedFramework('negative')).toBe('best');
    expect(suggestedFramework('improvement')).toBe('3e');
    expect(suggestedFramework('positive')).toBe('3e');
  });
});

const best = (fields: FeedbackInput): FeedbackInput => ({
  scenario: 'negative',
  framework: 'best',
  behavior: '过去两周的三次评审里，方案都是当天上午才发出',
  effect: '评审的同事没时间提前看',
  seek: '你怎么看这几次的情况？',
  target: '我们一起想想怎样提前一天发出',
  ...fields,
});
const threeE = (fields: FeedbackInput): FeedbackInput => ({
  scenario: 'positive',
  framework: '3e',
  encourage: 'You spotted the two schedule risks early and raised them with the other team.',
  explore: 'What made you start that risk list?',
  empower: 'I can get you a seat on the project-management course.',
  ...fields,
});

const hintCases: {
  name: string;
  input: FeedbackInput;
  present: { id: string; field: string; level?: string }[];
  absent?: string[];
}[] = [
  {
    name: 'flags absolute words such as 总是',
    input: best({ behavior: '你总是最后一天才交，上周也是' }),
    present: [{ id: 'feedback/judgmental', field: 'behavior', level: 'warning' }],
  },
  {
    name: 'flags 太…了 and 又',
    input: best({ effect: '你又迟到了，太不像话了' }),
    present: [{ id: 'feedback/judgmental', field: 'effect' }],
  },
  {
    name: 'flags never and lazy in English',
    input: best({ behavior: 'You never send the notes on time twice a week', target: 'Stop being lazy' }),
    present: [
      { id: 'feedback/judgmental', field: 'behavior' },
      { id: 'feedback/judgmental', field: 'target' },
    ],
  },
  {
    name: 'warns about a Behavior with no time window or count',
    input: best({ behavior: '你交付方案很晚' }),
    present: [{ id: 'feedback/behavior-no-window', field: 'behavior', level: 'warning' }],
  },
  {
    name: 'warns about a Seek with no question',
    input: best({ seek: '说说你的看法' }),
    present: [{ id: 'feedback/seek-no-question', field: 'seek', level: 'warning' }],
  },
  {
    name: 'accepts a Seek with a question word but no mark',
    input: best({ seek: 'What happened on those days' }),
    present: [],
    absent: ['feedback/seek-no-question'],
  },
  {
    name: 'nudges every empty BEST step',
    input: { scenario: 'negative', framework: 'best' },
    present: [
      { id: 'feedback/behavior-empty', field: 'behavior' },
      { id: 'feedback/effect-empty', field: 'effect' },
      { id: 'feedback/seek-empty', field: 'seek' },
      { id: 'feedback/target-empty', field: 'target' },
    ],
  },
  {
    name: 'nudges every empty 3E step',
    input: { scenario: 'positive', framework: '3e' },
    present: [
      { id: 'feedback/encourage-empty', field: 'encourage' },
      { id: 'feedback/explore-empty', field: 'explore' },
      { id: 'feedback/empower-empty', field: 'empower' },
    ],
  },
  {
    name: 'asks for specific praise instead of “good job”',
    input: threeE({ encourage: 'Good job!' }),
    present: [{ id: 'feedback/encourage-generic', field: 'encourage', level: 'warning' }],
  },
  {
    name: 'asks to explore with a question',
    input: threeE({ explore: 'You should plan risks like that again.' }),
    present: [{ id: 'feedback/explore-no-question', field: 'explore' }],
  },
  {
    name: 'suggests BEST for negative feedback drafted in 3E',
    input: threeE({ scenario: 'negative' }),
    present: [{ id: 'feedback/prefer-best', field: 'framework' }],
  },
  {
    name: 'suggests 3E for positive feedback drafted in BEST',
    input: best({ scenario: 'positive' }),
    present: [{ id: 'feedback/prefer-3e', field: 'framework' }],
  },
  {
    name: 'only checks the fields of the chosen framework',
    input: best({ encourage: '你总是很棒' }),
    present: [],
    absent: ['feedback/judgmental', 'feedback/encourage-generic'],
  },
  {
    name: 'is quiet about good BEST feedback',
    input: best({}),
    present: [],
    absent: [
      'feedback/judgmental',
      'feedback/behavior-no-window',
      'feedback/seek-no-question',
      'feedback/prefer-3e',
    ],
  },
  {
    name: 'is quiet about good 3E feedback',
    input: threeE({}),
    present: [],
    absent: ['feedback/encourage-generic', 'feedback/explore-no-question', 'feedback/empower-empty'],
  },
];

describe.each(locales)('feedbackHints() in %s', (locale) => {
  test.each(hintCases)('$name', ({ input, present, absent = [] }) => {
    const hints = feedbackHints(feedbackSchema.parse(input), locale);
    for (const expected of present) expect(hints).toContainEqual(expect.objectContaining(expected));
    for (const id of absent) expect(hints.map((hint) => hint.id)).not.toContain(id);
  });
});

describe('feedbackHints() messages', () => {
  test('quote the judgmental words found', () => {
    const data = feedbackSchema.parse(best({ behavior: '你总是最后一天才交，上周也是' }));
    expect(feedbackHints(data, 'zh-CN').find((h) => h.id === 'feedback/judgmental')?.message).toMatch(
      /^「总是」是在给人下结论/,
    );
    expect(feedbackHints(data, 'en').find((h) => h.id === 'feedback/judgmental')?.message).toMatch(
      /^“总是” passes judgment/,
    );
  });
});

describe('feedbackDraftMessage()', () => {
  test('joins the BEST fields into one message to read aloud', () => {
    expect(feedbackDraftMessage(feedbackSchema.parse(best({})), 'zh-CN')).toBe(
      '过去两周的三次评审里，方案都是当天上午才发出。评审的同事没时间提前看。你怎么看这几次的情况？我们一起想想怎样提前一天发出。',
    );
  });

  test('joins the 3E fields with spaces in English and skips empty ones', () => {
    expect(feedbackDraftMessage(feedbackSchema.parse(threeE({ explore: '' })), 'en')).toBe(
      'You spotted the two schedule risks early and raised them with the other team. I can get you a seat on the project-management course.',
    );
  });
});

describe('feedbackToMarkdown()', () => {
  test('adds the follow-up once one is recorded, and nothing before', () => {
    const doc = sampleDoc('feedback');
    doc.data.followUp = { date: '', outcome: '' };
    expect(feedbackToMarkdown(doc, 'en')).not.toContain('## Follow-up');
    doc.data.followUp = { date: '2031-04-02', outcome: 'Tickets now updated the same day' };
    const en = feedbackToMarkdown(doc, 'en');
    expect(en).toContain('## Follow-up\n\nLooked at again on 2031-04-02\n\nTickets now updated the same day');
    expect(feedbackToMarkdown(doc, 'zh-CN')).toContain('## 跟进\n\n2031-04-02 回看');
  });

  test('renders the chosen framework’s fields and the read-aloud version', () => {
    const en = feedbackToMarkdown(sampleDoc('feedback'), 'en');
    expect(en).toContain('## Behavior');
    expect(en).not.toContain('## Encourage');
    expect(en).toContain('> In two of this month’s four releases');
    const zh = feedbackToMarkdown(sampleDoc('feedback'), 'zh-CN');
    expect(zh).toContain('**场景**：负面反馈 · BEST');
    expect(zh).toContain('## 完整说法');
  });
});
