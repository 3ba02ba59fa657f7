import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import {
  createDefaultFlashRetro,
  flashRetroSchema,
  type FlashRetroInput,
} from '../../../../src/lib/worksheets/flash-retro';
import { flashRetroToMarkdown } from '../../../../src/lib/worksheets/flash-retro/markdown';
import { flashRetroHints } from '../../../../src/lib/worksheets/flash-retro/hints';
import { createWorksheet } from '../../../../src/lib/worksheets/document';
import { sampleData, sampleDoc } from './fixtures';

describe('flashRetroSchema', () => {
  test('starts with three empty satisfied rows and no judgment', () => {
    expect(createDefaultFlashRetro()).toEqual({
      date: '',
      satisfied: ['', '', ''],
      obstacle: '',
      tried: '',
      improvement: '',
      judgment: null,
    });
  });

  test('a new retro is dated the local day it is created on', () => {
    // Local time, as the browser gives it: the user's calendar day, not the UTC one.
    const doc = createWorksheet('flash-retro', { now: new Date(2031, 2, 4, 0, 30) });
    expect(doc.data.date).toBe('2031-03-04');
    expect(createDefaultFlashRetro('2031-03-04').date).toBe('2031-03-04');
  });

  test.each([
    ['a fourth satisfied thing', { satisfied: ['a', 'b', 'c', 'd'] }, 'satisfied'],
    ['an unknown judgment', { judgment: 'both' }, 'judgment'],
    ['an empty linked goal id', { linkedGoalId: '' }, 'linkedGoalId'],
  ] as const)('rejects %s', (_name, input, path) => {
    expect(flashRetroSchema.safeParse(input).error?.issues[0]?.path.join('.')).toBe(path);
  });
});

const hintCases: {
  name: string;
  input: FlashRetroInput;
  present: { id: string; field: string; level?: string }[];
  absent?: string[];
}[] = [
  {
    name: 'warns when the judgment is missing',
    input: {},
    present: [{ id: 'flash-retro/judgment-missing', field: 'judgment', level: 'warning' }],
  },
  {
    name: 'notes fewer than three satisfied things',
    input: { satisfied: ['Signed two customers', '', ''] },
    present: [{ id: 'flash-retro/fewer-satisfied', field: 'satisfied' }],
  },
  {
    name: 'asks what was tried against the obstacle',
    input: { obstacle: 'Demo environment down' },
    present: [{ id: 'flash-retro/tried-empty', field: 'tried' }],
  },
  {
    name: 'asks for a concrete improvement',
    input: { improvement: '进一步提升效率' },
    present: [{ id: 'flash-retro/improvement-vague', field: 'improvement' }],
  },
  {
    name: 'suggests linking the goal for a goal problem',
    input: { judgment: 'goal' },
    present: [{ id: 'flash-retro/goal-not-linked', field: 'linkedGoalId' }],
  },
  {
    name: 'is quiet about a complete retro',
    input: sampleData['flash-retro'],
    present: [],
    absent: ['flash-retro/judgment-missing', 'flash-retro/fewer-satisfied', 'flash-retro/goal-not-linked'],
  },
];

describe.each(locales)('flashRetroHints() in %s', (locale) => {
  test.each(hintCases)('$name', ({ input, present, absent = [] }) => {
    const hints = flashRetroHints(flashRetroSchema.parse(input), locale);
    for (const expected of present) expect(hints).toContainEqual(expect.objectContaining(expected));
    for (const id of absent) expect(hints.map((hint) => hint.id)).not.toContain(id);
  });
});

describe('flashRetroHints() messages', () => {
  test('say how many satisfied things there are', () => {
    const data = flashRetroSchema.parse({ satisfied: ['a', 'b', ''] });
    expect(
      flashRetroHints(data, 'zh-CN').find((h) => h.id === 'flash-retro/fewer-satisfied')?.message,
    ).toContain('已经写了 2 件');
    expect(flashRetroHints(data, 'en').find((h) => h.id === 'flash-retro/fewer-satisfied')?.message).toMatch(
      /^2 of 3 so far/,
    );
  });
});

describe('flashRetroToMarkdown()', () => {
  test('renders the three questions and the judgment', () => {
    const zh = flashRetroToMarkdown(sampleDoc('flash-retro'), 'zh-CN');
    expect(zh).toContain('## 最满意的三件事\n\n- Signed two customers');
    expect(zh).toContain('## 判断\n\n执行的问题');
    expect(flashRetroToMarkdown(sampleDoc('flash-retro'), 'en')).toContain('an execution problem');
  });
});
