import { describe, expect, test } from 'vitest';
import type { GrowStage } from '../../../../src/lib/grow/question';
import type { Translate } from '../../../../src/lib/i18n';
import { createWorksheet } from '../../../../src/lib/worksheets/document';
import {
  growListLimits,
  growQuestionsSchema,
  type GrowListQuestion,
  type GrowQuestionsData,
} from '../../../../src/lib/worksheets/grow-questions';
import {
  addQuestion,
  askedProgress,
  focusSelector,
  listFromPrepSheet,
  listHasContent,
  moveQuestion,
  openedBlank,
  removeQuestion,
  sourceNoteKey,
  stageEntries,
  stageHints,
  withQuestionChanged,
} from '../../../../src/lib/worksheets/grow-questions/form-rules';
import type { Hint } from '../../../../src/lib/worksheets/hint';
import { registerEveryWorksheetModule } from '../../../support/all-kinds';

registerEveryWorksheetModule();

/** Says which sentence was chosen, with its values, instead of the words. */
const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

const q = (id: string, stage: GrowStage, fields: Partial<GrowListQuestion> = {}): GrowListQuestion => ({
  id,
  stage,
  text: '',
  asked: false,
  answer: '',
  ...fields,
});
const list = (questions: GrowListQuestion[], fields: Partial<GrowQuestionsData> = {}): GrowQuestionsData =>
  growQuestionsSchema.parse({ questions, ...fields });
const ids = (data: GrowQuestionsData) => data.questions.map((question) => question.id);

const data = list([q('g1', 'goal'), q('g2', 'goal'), q('r1', 'reality'), q('w1', 'will')]);

describe('moveQuestion(): up and down within a stage', () => {
  test('moves the question, keeps focus on the button pressed and announces its new place', () => {
    const change = moveQuestion(data, data.questions[1]!, 'up', t);
    expect(ids(change!.data)).toEqual(['g2', 'g1', 'r1', 'w1']);
    expect(change!.focus).toEqual({ type: 'question', id: 'g2', control: 'up' });
    expect(change!.announcement).toBe('ws.grow.moved {"stage":"ws.grow.stageShort.goal","n":1}');
    expect(change!.full).toBeUndefined();
  });

  test('does nothing at the top or bottom of the stage', () => {
    expect(moveQuestion(data, data.questions[0]!, 'up', t)).toBeUndefined();
    expect(moveQuestion(data, data.questions[2]!, 'down', t)).toBeUndefined();
  });
});

describe('removeQuestion(): deleting', () => {
  test('drops the question, focuses its stage’s add button, announces it and clears the full alert', () => {
    const change = removeQuestion(data, data.questions[2]!, t);
    expect(ids(change.data)).toEqual(['g1', 'g2', 'w1']);
    expect(change.focus).toEqual({ type: 'add', stage: 'reality' });
    expect(change.announcement).toBe('ws.grow.deleted {"stage":"ws.grow.stageShort.reality"}');
    expect(change.full).toBe(false);
  });
});

describe('addQuestion(): adding', () => {
  test('adds an empty question at the end of its stage and focuses its text', () => {
    const change = addQuestion(data, 'goal');
    expect('data' in change && ids(change.data)).toEqual(['g1', 'g2', 'q5', 'r1', 'w1']);
    expect('data' in change && change.focus).toEqual({ type: 'question', id: 'q5', control: 'text' });
    expect('data' in change && change.full).toBeUndefined();
  });

  test('a full list shows the alert instead', () => {
    const full = list(Array.from({ length: growListLimits.questions }, (_, i) => q(`x${i}`, 'will')));
    expect(addQuestion(full, 'goal')).toEqual({ full: true });
  });
});

describe('focusSelector(): where focus lands after the list changes', () => {
  test.each([
    [{ type: 'add', stage: 'options' } as const, '[data-grow-add="options"]'],
    [{ type: 'question', id: 'q3', control: 'text' } as const, '[data-grow-question="q3"] textarea'],
    [
      { type: 'question', id: 'q3', control: 'down' } as const,
      '[data-grow-question="q3"] [data-grow-move="down"]',
    ],
  ])('%j → %s', (target, selector) => {
    expect(focusSelector(target)).toBe(selector);
  });
});

describe('withQuestionChanged(): typing, ticking, answering', () => {
  test('changes only that question', () => {
    const changed = withQuestionChanged(data, 'r1', { asked: true, answer: 'Half done' });
    expect(changed.questions[2]).toEqual(q('r1', 'reality', { asked: true, answer: 'Half done' }));
    expect(changed.questions.filter((question) => question.asked)).toHaveLength(1);
  });
});

describe('stageEntries() and stageHints(): what each stage shows', () => {
  const mixed = list([q('g1', 'goal'), q('r1', 'reality'), q('g2', 'goal'), q('g3', 'goal')]);

  test('a stage’s questions, with their place in the list and in the stage', () => {
    expect(
      stageEntries(mixed.questions, 'goal').map(({ question, index, position, first, last }) => [
        question.id,
        index,
        position,
        first,
        last,
      ]),
    ).toEqual([
      ['g1', 0, 0, true, false],
      ['g2', 2, 1, false, false],
      ['g3', 3, 2, false, true],
    ]);
    expect(stageEntries(mixed.questions, 'will')).toEqual([]);
  });

  test('a single question is both first and last', () => {
    expect(stageEntries(mixed.questions, 'reality')[0]).toMatchObject({ first: true, last: true });
  });

  test('under a stage, only the hint that it has no question', () => {
    const hint = (id: string, field: string): Hint => ({ id, field, level: 'info', message: id });
    const hints = [
      hint('grow-questions/missing-will', 'questions'),
      hint('grow-questions/missing-goal', 'questions'),
      hint('grow-questions/vague', 'questions.0.text'),
    ];
    expect(stageHints(hints, 'will').map((h) => h.id)).toEqual(['grow-questions/missing-will']);
    expect(stageHints(hints, 'reality')).toEqual([]);
  });
});

describe('the list’s heading', () => {
  test('askedProgress() counts the questions ticked as asked', () => {
    const ticked = withQuestionChanged(data, 'g2', { asked: true });
    expect(askedProgress(ticked)).toEqual({ asked: 1, total: 4 });
    expect(askedProgress(list([]))).toEqual({ asked: 0, total: 0 });
  });

  test.each([
    ['rules', 'ws.grow.sourceRules'],
    ['ai', 'ws.grow.sourceAi'],
    ['manual', undefined],
  ] as const)('sourceNoteKey(%s) → %s', (source, key) => {
    expect(sourceNoteKey(source)).toBe(key);
  });
});

describe('starting from a prep sheet', () => {
  test('openedBlank(): only a new, empty list not started from a sheet offers one', () => {
    expect(openedBlank(list([]), 0)).toBe(true);
    expect(openedBlank(list([]), 1)).toBe(false);
    expect(openedBlank(list([q('g1', 'goal')]), 0)).toBe(false);
    expect(openedBlank(list([], { sourcePrepSheetId: 'prep-1' }), 0)).toBe(false);
  });

  test('listHasContent(): a question or a commitment written means the chooser asks first', () => {
    expect(listHasContent(list([q('g1', 'goal', { text: '  ' })]))).toBe(false);
    expect(listHasContent(list([q('g1', 'goal', { text: 'What would change?' })]))).toBe(true);
    expect(listHasContent(list([], { commitment: 'Call Monday' }))).toBe(true);
  });

  test('listFromPrepSheet(): drafted by the rules, linked and titled after the sheet, tagged with its person', () => {
    const sheet = createWorksheet('prep-sheet', { person: 'Lin', title: 'June 1:1' });
    const prefill = listFromPrepSheet(
      sheet,
      [
        { stage: 'will', text: 'First step?' },
        { stage: 'goal', text: 'What would change?' },
      ],
      'en',
    );
    expect(prefill.data.source).toBe('rules');
    expect(prefill.data.sourcePrepSheetId).toBe(sheet.id);
    expect(prefill.data.questions.map((question) => question.stage)).toEqual(['goal', 'will']);
    expect(prefill.title).toContain('June 1:1');
    expect(prefill.person).toBe('Lin');
    expect('person' in listFromPrepSheet(createWorksheet('prep-sheet'), [], 'en')).toBe(false);
  });
});
