import { describe, expect, test } from 'vitest';
import { prepLimits } from '../../../../src/lib/grow/prep-sheet';
import { locales } from '../../../../src/lib/i18n/locales';
import {
  createDefaultPrepSheet,
  prepSheetCounts,
  prepSheetDataSchema,
  prepSheetForGenerator,
  type PrepSheetDataInput,
} from '../../../../src/lib/worksheets/prep-sheet';
import { prepSheetToMarkdown } from '../../../../src/lib/worksheets/prep-sheet/markdown';
import { prepSheetHints } from '../../../../src/lib/worksheets/prep-sheet/hints';
import { sampleData, sampleDoc } from './fixtures';

const today = '2025-06-10';

describe('prepSheetDataSchema', () => {
  test('starts with one empty topic row and empty lists', () => {
    expect(createDefaultPrepSheet()).toEqual({
      meetingDate: '',
      topics: [''],
      wins: [],
      puzzles: [],
      supportNeeded: [],
      metrics: [],
      projects: [],
    });
  });

  test.each([
    ['topics', prepLimits.topics.max],
    ['wins', prepLimits.wins.max],
    ['puzzles', prepLimits.puzzles.max],
    ['supportNeeded', prepLimits.supportNeeded.max],
  ] as const)('refuses more than the generator allows in %s (%i)', (field, max) => {
    expect(prepSheetDataSchema.safeParse({ [field]: Array(max).fill('a') }).success).toBe(true);
    const over = prepSheetDataSchema.safeParse({ [field]: Array(max + 1).fill('a') });
    expect(over.error?.issues[0]).toMatchObject({ code: 'too_big', path: [field] });
  });

  test.each(['metrics', 'projects'] as const)('refuses a sixth entry in %s', (field) => {
    expect(prepSheetDataSchema.safeParse({ [field]: Array(6).fill({ name: 'x' }) }).success).toBe(false);
  });

  test('refuses a topic over the generator’s 500-character limit', () => {
    expect(prepSheetDataSchema.safeParse({ topics: ['x'.repeat(501)] }).error?.issues[0]?.path).toEqual([
      'topics',
      0,
    ]);
  });
});

describe('prepSheetCounts()', () => {
  test('counts filled entries against each limit', () => {
    const counts = prepSheetCounts(
      prepSheetDataSchema.parse({ topics: ['a', ' ', 'b'], metrics: [{ name: 'x' }, { name: '' }] }),
    );
    expect(counts.topics).toEqual({ filled: 2, max: 3 });
    expect(counts.metrics).toEqual({ filled: 1, max: 5 });
    expect(counts.wins).toEqual({ filled: 0, max: 2 });
  });
});

describe('prepSheetForGenerator()', () => {
  test('trims, drops empty rows and omits empty optional values', () => {
    const result = prepSheetForGenerator(
      prepSheetDataSchema.parse({
        topics: ['  转化率 ', ''],
        metrics: [{ name: '转化率', current: '12%' }, { name: '' }],
        projects: [{ name: 'East', progress: '' }],
      }),
    );
    expect(result).toEqual({
      type: 'success',
      prep: {
        topics: ['转化率'],
        wins: [],
        puzzles: [],
        supportNeeded: [],
        metrics: [{ name: '转化率', current: '12%' }],
        projects: [{ name: 'East' }],
      },
    });
  });

  test('names the field the generator would reject when no topic is filled', () => {
    expect(prepSheetForGenerator(createDefaultPrepSheet())).toEqual({
      type: 'error',
      code: 'invalid_prep',
      path: 'topics',
    });
  });

  test('passes the sample sheet', () => {
    expect(prepSheetForGenerator(sampleData['prep-sheet']).type).toBe('success');
  });
});

const hintCases: {
  name: string;
  input: PrepSheetDataInput;
  present: { id: string; field: string; level?: string }[];
  absent?: string[];
}[] = [
  {
    name: 'warns when no topic is written',
    input: { topics: [' '] },
    present: [{ id: 'prep-sheet/no-topic', field: 'topics', level: 'warning' }],
  },
  {
    name: 'suggests one sentence for a long topic',
    input: { topics: ['x'.repeat(81)] },
    present: [{ id: 'prep-sheet/long-topic', field: 'topics.0' }],
  },
  {
    name: 'shows the count near the length limit',
    input: { topics: ['ok'], wins: ['w'.repeat(460)] },
    present: [{ id: 'prep-sheet/near-limit', field: 'wins.0' }],
    absent: ['prep-sheet/no-topic'],
  },
  {
    name: 'invites a puzzle once topics exist',
    input: { topics: ['ok'] },
    present: [{ id: 'prep-sheet/no-puzzle', field: 'puzzles' }],
  },
  {
    name: 'asks for the name of a metric with values',
    input: { metrics: [{ current: '12%' }] },
    present: [{ id: 'prep-sheet/metric-no-name', field: 'metrics.0.name', level: 'warning' }],
  },
  {
    name: 'asks for values of a named metric',
    input: { metrics: [{ name: 'NPS' }] },
    present: [{ id: 'prep-sheet/metric-no-values', field: 'metrics.0.current' }],
  },
  {
    name: 'asks for the name of a project with progress',
    input: { projects: [{ progress: '60%' }] },
    present: [{ id: 'prep-sheet/project-no-name', field: 'projects.0.name' }],
  },
  {
    name: 'asks for the meeting date',
    input: {},
    present: [{ id: 'prep-sheet/meeting-date-missing', field: 'meetingDate' }],
  },
  {
    name: 'urges sending on the day of the meeting',
    input: { meetingDate: today },
    present: [{ id: 'prep-sheet/meeting-today', field: 'meetingDate' }],
  },
  {
    name: 'notes a past meeting date',
    input: { meetingDate: '2025-06-01' },
    present: [{ id: 'prep-sheet/meeting-past', field: 'meetingDate' }],
  },
  {
    name: 'is quiet about a complete sheet',
    input: { ...sampleData['prep-sheet'], meetingDate: '2025-06-12' },
    present: [],
    absent: ['prep-sheet/no-topic', 'prep-sheet/no-puzzle', 'prep-sheet/metric-no-values'],
  },
];

describe.each(locales)('prepSheetHints() in %s', (locale) => {
  test.each(hintCases)('$name', ({ input, present, absent = [] }) => {
    const hints = prepSheetHints(prepSheetDataSchema.parse(input), locale, { today });
    for (const expected of present) expect(hints).toContainEqual(expect.objectContaining(expected));
    for (const id of absent) expect(hints.map((hint) => hint.id)).not.toContain(id);
  });
});

describe('prepSheetHints() messages', () => {
  test('state the character count', () => {
    const data = prepSheetDataSchema.parse({ topics: ['t'.repeat(470)] });
    expect(
      prepSheetHints(data, 'zh-CN', { today }).find((h) => h.id === 'prep-sheet/near-limit')?.message,
    ).toBe('已写 470/500 字：只留最要紧的部分。');
    expect(
      prepSheetHints(data, 'en', { today }).find((h) => h.id === 'prep-sheet/near-limit')?.message,
    ).toMatch(/^470 of 500 characters/);
  });
});

describe('prepSheetToMarkdown()', () => {
  test('renders both sides with localized headings and a metrics table', () => {
    const zh = prepSheetToMarkdown(sampleDoc('prep-sheet'), 'zh-CN');
    expect(zh).toContain('## 员工填写');
    expect(zh).toContain('- 客户拜访后转化偏低');
    expect(zh).toContain('| 转化率 | 11% | 12% | 15% |');
    const en = prepSheetToMarkdown(sampleDoc('prep-sheet'), 'en');
    expect(en).toContain('### Key metrics');
    expect(en).toContain('| Metric | Previous | Current | Target |');
  });
});
