import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import {
  addGrowQuestion,
  createDefaultGrowQuestions,
  growListLimits,
  growQuestionsSchema,
  nextQuestionId,
  type GrowQuestionsInput,
} from '../../../../src/lib/worksheets/grow-questions';
import { growQuestionsToMarkdown } from '../../../../src/lib/worksheets/grow-questions/markdown';
import { growQuestionsHints } from '../../../../src/lib/worksheets/grow-questions/hints';
import { sampleData, sampleDoc } from './fixtures';

describe('growQuestionsSchema', () => {
  test('starts as an empty hand-written list', () => {
    expect(createDefaultGrowQuestions()).toEqual({ questions: [], commitment: '', source: 'manual' });
  });

  test.each([
    [
      'a duplicate question id',
      {
        questions: [
          { id: 'q1', stage: 'goal' },
          { id: 'q1', stage: 'will' },
        ],
      },
      'questions.1.id',
    ],
    ['an unknown stage', { questions: [{ id: 'q1', stage: 'wrap-up' }] }, 'questions.0.stage'],
    ['an unknown source', { source: 'magic' }, 'source'],
    [
      'more than 40 questions',
      { questions: Array.from({ length: 41 }, (_, i) => ({ id: `q${i}`, stage: 'goal' })) },
      'questions',
    ],
  ] as const)('rejects %s', (_name, input, path) => {
    expect(growQuestionsSchema.safeParse(input).error?.issues[0]?.path.join('.')).toBe(path);
  });
});

describe('addGrowQuestion()', () => {
  test('adds at the end of its stage so the list stays in GROW order', () => {
    const result = addGrowQuestion(sampleData['grow-questions'], 'reality', 'What have you tried?');
    expect(result.type).toBe('success');
    if (result.type !== 'success') return;
    expect(result.data.questions.map((q) => q.stage)).toEqual([
      'goal',
      'reality',
      'reality',
      'options',
      'will',
    ]);
    expect(result.id).toBe('q5');
  });

  test('refuses a question beyond the limit', () => {
    const full = growQuestionsSchema.parse({
      questions: Array.from({ length: growListLimits.questions }, (_, i) => ({
        id: `q${i + 1}`,
        stage: 'goal',
      })),
    });
    expect(addGrowQuestion(full, 'will')).toEqual({ type: 'error', code: 'too_many_questions', max: 40 });
  });

  test('gives an id that is not taken', () => {
    expect(nextQuestionId([{ id: 'q2' }, { id: 'q3' }])).toBe('q4');
    expect(nextQuestionId([{ id: 'q1' }, { id: 'q5' }])).toBe('q3');
  });
});

const fullList = (extra: GrowQuestionsInput['questions'] = []): GrowQuestionsInput => ({
  questions: [...sampleData['grow-questions'].questions, ...(extra ?? [])],
});

const hintCases: {
  name: string;
  input: GrowQuestionsInput;
  present: { id: string; field: string; level?: string }[];
  absent?: string[];
}[] = [
  {
    name: 'warns about every stage without a question',
    input: {
      questions: [
        { id: 'q1', stage: 'goal', text: '你希望一个月后看到什么变化？' },
        { id: 'q2', stage: 'reality', text: ' ' },
      ],
    },
    present: [
      { id: 'grow-questions/missing-reality', field: 'questions', level: 'warning' },
      { id: 'grow-questions/missing-options', field: 'questions', level: 'warning' },
      { id: 'grow-questions/missing-will', field: 'questions', level: 'warning' },
    ],
    absent: ['grow-questions/missing-goal'],
  },
  {
    name: 'flags a closed Chinese question',
    input: fullList([{ id: 'q9', stage: 'will', text: '你有没有信心完成？' }]),
    present: [{ id: 'grow-questions/closed', field: 'questions.4.text', level: 'warning' }],
  },
  {
    name: 'flags a closed English question',
    input: fullList([{ id: 'q9', stage: 'will', text: 'Did you finish the report?' }]),
    present: [{ id: 'grow-questions/closed', field: 'questions.4.text' }],
  },
  {
    name: 'asks for a question mark',
    input: fullList([{ id: 'q9', stage: 'will', text: 'Tell me about the plan' }]),
    present: [{ id: 'grow-questions/not-a-question', field: 'questions.4.text' }],
  },
  {
    name: 'flags judgmental wording',
    input: fullList([{ id: 'q9', stage: 'reality', text: '为什么你总是拖延？' }]),
    present: [{ id: 'grow-questions/judgmental', field: 'questions.4.text', level: 'warning' }],
  },
  {
    name: 'notes a repeated question',
    input: fullList([{ id: 'q9', stage: 'will', text: 'Which step will you start with this week ?' }]),
    present: [{ id: 'grow-questions/duplicate', field: 'questions.4.text' }],
  },
  {
    name: 'asks to write down the commitment once a Will question was asked',
    input: { questions: sampleData['grow-questions'].questions.map((q) => ({ ...q, asked: true })) },
    present: [{ id: 'grow-questions/no-commitment', field: 'commitment', level: 'warning' }],
  },
  {
    name: 'is quiet about a good list',
    input: fullList(),
    present: [],
    absent: ['grow-questions/closed', 'grow-questions/missing-goal', 'grow-questions/no-commitment'],
  },
];

describe.each(locales)('growQuestionsHints() in %s', (locale) => {
  test.each(hintCases)('$name', ({ input, present, absent = [] }) => {
    const hints = growQuestionsHints(growQuestionsSchema.parse(input), locale);
    for (const expected of present) expect(hints).toContainEqual(expect.objectContaining(expected));
    for (const id of absent) expect(hints.map((hint) => hint.id)).not.toContain(id);
  });
});

describe('growQuestionsHints() messages', () => {
  test('name the missing stage and offer an open example', () => {
    const data = createDefaultGrowQuestions();
    expect(
      growQuestionsHints(data, 'zh-CN').find((h) => h.id === 'grow-questions/missing-will')?.message,
    ).toMatch(/^还没有「意愿（Will）」阶段的问题/);
    expect(
      growQuestionsHints(data, 'en').find((h) => h.id === 'grow-questions/missing-will')?.message,
    ).toMatch(/^No Will question yet/);
  });
});

describe('growQuestionsToMarkdown()', () => {
  test('renders a task list per stage with answers under their questions', () => {
    const en = growQuestionsToMarkdown(sampleDoc('grow-questions'), 'en');
    expect(en).toContain(
      '## Goal\n\n- [x] What would you like to be different by the end of the month?\n  Answer: More demos',
    );
    expect(en).toContain('- [ ] Which approaches could you try next?');
    expect(growQuestionsToMarkdown(sampleDoc('grow-questions'), 'zh-CN')).toContain('## 现状（Reality）');
  });
});
