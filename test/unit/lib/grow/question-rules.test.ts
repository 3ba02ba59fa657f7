import { describe, expect, test } from 'vitest';
import type { GrowQuestion } from '../../../../src/lib/grow/question';
import {
  findJudgmentalWords,
  findQuestionProblems,
  findQuestionSetProblems,
  isInLanguage,
  isOpenQuestion,
  normalizeForDuplicateCheck,
  selectValidQuestions,
} from '../../../../src/lib/grow/question-rules';

describe('isOpenQuestion()', () => {
  describe.each([
    ['What would success look like?', true],
    ['How will you know it worked?', true],
    ['When you look back, what stands out?', true],
    ['What have you tried so far, and what did you notice?', true],
    ['You raised “Should we hire?”. What makes it pressing now?', true],
    ['“Is this role right for me?” — what would help you answer that?', true],
    ['Do you think it will work?', false],
    ['Is the deadline realistic?', false],
    ["Don't you think that's risky?", false],
    ['Could you try a different approach?', false],
    ['Would you walk me through it?', false],
    ['When you look back, is it what you expected?', false],
    ['Looking at the numbers, did anything surprise you?', false],
    ['You tried that already. Did it work?', false],
    ['We agreed on Friday, right?', false],
    ['So, have you started?', false],
    ['Tell me about the project.', false],
  ])('in English, %j', (text, open) => {
    test(`is ${open ? 'open' : 'not open'}`, () => {
      expect(isOpenQuestion(text, 'en')).toBe(open);
    });
  });

  describe.each([
    ['关于招聘，你最希望看到哪些变化？', true],
    ['你最想改变的是什么？', true],
    ['你打算怎么应对？', true],
    ['在这些办法里，哪一个最想先试？最稳妥的呢？', true],
    ['你提到“是不是要换岗”，这个想法是从什么时候开始的？', true],
    ['你觉得这个目标能达成吗？', false],
    ['这样安排可以吧？', false],
    ['是这样么？', false],
    ['你是不是太忙了？', false],
    ['你能不能早点开始？', false],
    ['有没有其他办法？', false],
    ['你愿不愿意试一下？', false],
    ['这个方案是否可行？', false],
    ['我们先这样，好吗？', false],
    ['请说说你的计划。', false],
  ])('in Chinese, %j', (text, open) => {
    test(`is ${open ? 'open' : 'not open'}`, () => {
      expect(isOpenQuestion(text, 'zh-CN')).toBe(open);
    });
  });
});

describe('isInLanguage()', () => {
  describe.each([
    ['关于招聘，你最希望看到哪些变化？', 'zh-CN', true],
    ['关于“conversion rate”，你希望下次复盘时它落在哪里？', 'zh-CN', true],
    ['What would success look like?', 'zh-CN', false],
    ['请问 What would success look like this quarter?', 'zh-CN', false],
    ['What would success look like?', 'en', true],
    ['You wrote “提升转化率”. What would a good month look like?', 'en', true],
    ['关于招聘，你最希望看到哪些变化？', 'en', false],
    ['What 你最希望看到哪些变化？', 'en', false],
    ['？？？', 'en', false],
    ['？？？', 'zh-CN', false],
  ] as const)('%j in %s', (text, locale, expected) => {
    test(`is ${expected ? '' : 'not '}in the language`, () => {
      expect(isInLanguage(text, locale)).toBe(expected);
    });
  });
});

describe('findJudgmentalWords()', () => {
  test.each([
    ['Why do you always miss the deadline?', ['always']],
    ['What made you never ask for help?', ['never']],
    ['Is it because you are lazy?', ['lazy']],
    ['What led to this failure?', ['failure']],
    ['What should have happened?', ['should have']],
    ["What Should've happened?", ["should've"]],
    ['Why is it late again?', ['why … again']],
    ['你为什么总是拖延？', ['总是', '为什么总']],
    ['你从不主动汇报，怎么回事？', ['从不']],
    ['为什么又迟到了？', ['为什么又']],
    ['是不是太懒了？', ['太懒']],
  ])('finds the loaded words in %j', (text, words) => {
    expect(findJudgmentalWords(text)).toEqual(expect.arrayContaining(words));
  });

  test.each([
    'What would you do differently if you did it again?',
    'How might the plan go wrong, and what is plan B?',
    'Which milestones are on track?',
    '还有哪些办法是你想试却还没试过的？',
    '最近有什么事让你特别有成就感，又有什么事特别消耗你？',
    'What is your forever favourite tool? Nevertheless, how do you use it?',
  ])('finds nothing in %j', (text) => {
    expect(findJudgmentalWords(text)).toEqual([]);
  });
});

describe('findQuestionProblems()', () => {
  test('returns nothing for a good question', () => {
    expect(findQuestionProblems('What would success look like by March?', 'en')).toEqual([]);
  });

  test.each([
    ['', 'en', 'empty'],
    [`${'a'.repeat(500)}?`, 'en', 'too_long'],
    ['Tell me more.', 'en', 'not_a_question'],
    ['Did it work?', 'en', 'closed'],
    ['你觉得怎么样？', 'en', 'wrong_language'],
    ['Why do you always wait?', 'en', 'judgmental'],
  ] as const)('flags %j as %s', (text, locale, problem) => {
    expect(findQuestionProblems(text, locale)).toContain(problem);
  });
});

describe('normalizeForDuplicateCheck()', () => {
  test('treats width, case, punctuation and spacing as the same question', () => {
    expect(normalizeForDuplicateCheck('What matters  most?')).toBe(
      normalizeForDuplicateCheck('what matters most ?'),
    );
    expect(normalizeForDuplicateCheck('你最想要什么？')).toBe(normalizeForDuplicateCheck('你最想要什么?'));
  });
});

const q = (stage: GrowQuestion['stage'], text: string): GrowQuestion => ({ stage, text });
const validSet = [
  q('goal', 'What do you want from today?'),
  q('reality', 'Where do things stand now?'),
  q('options', 'Which options do you see?'),
  q('will', 'What will you do first?'),
];

describe('findQuestionSetProblems()', () => {
  test('returns nothing for one good question per stage', () => {
    expect(findQuestionSetProblems(validSet, { locale: 'en', perStage: 1 })).toEqual([]);
  });

  test('reports an empty stage', () => {
    expect(findQuestionSetProblems(validSet.slice(0, 3), { locale: 'en', perStage: 2 })).toContainEqual({
      kind: 'stage_empty',
      stage: 'will',
    });
  });

  test('reports a stage over perStage', () => {
    const set = [validSet[0]!, q('goal', 'What else matters?'), ...validSet.slice(1)];
    expect(findQuestionSetProblems(set, { locale: 'en', perStage: 1 })).toContainEqual({
      kind: 'stage_over_limit',
      stage: 'goal',
      count: 2,
    });
  });

  test('reports duplicates and stages out of order', () => {
    const set = [validSet[1]!, validSet[0]!, q('options', 'Where do things stand now?'), validSet[3]!];
    const problems = findQuestionSetProblems(set, { locale: 'en', perStage: 2 });
    expect(problems).toContainEqual({ kind: 'out_of_order', index: 1 });
    expect(problems).toContainEqual({ kind: 'duplicate', index: 2 });
  });
});

describe('selectValidQuestions()', () => {
  test('drops bad questions, trims to perStage and orders by stage', () => {
    const result = selectValidQuestions(
      [
        q('will', 'What will you do first?'),
        q('goal', 'Did you reach the goal?'),
        q('goal', 'What do you want from today?'),
        q('goal', 'What else would make today useful?'),
        q('reality', 'Where do things stand now?'),
        q('reality', 'Where do things stand now ?'),
        q('options', '你有哪些办法？'),
        q('options', 'Which options do you see?'),
      ],
      { locale: 'en', perStage: 1 },
    );
    expect(result.questions.map((x) => x.stage)).toEqual(['goal', 'reality', 'options', 'will']);
    expect(result.dropped).toEqual(['closed', 'over_limit', 'duplicate', 'wrong_language']);
    expect(result.emptyStages).toEqual([]);
  });

  test('reports the stages it could not fill', () => {
    expect(selectValidQuestions(validSet.slice(1), { locale: 'en', perStage: 2 }).emptyStages).toEqual([
      'goal',
    ]);
  });
});
