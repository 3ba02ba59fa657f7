import { describe, expect, test } from 'vitest';
import { appendResource, containsKeyword, matchAreas } from '../../../../src/lib/resources/match';
import type { ResourceArea } from '../../../../src/lib/resources/schema';

function area(id: string, name: string, keywords: string[]): ResourceArea {
  return {
    id,
    name,
    keywords,
    items: [{ type: 'course', name: `Course for ${id}`, description: 'A course.' }],
  };
}

const areas: ResourceArea[] = [
  area('handling-objections', '处理客户异议', ['异议', '价格', '成交']),
  area('time-management', 'Time and priorities', ['deadline', 'priorit', 'late']),
  area('presenting', 'Presenting', ['present', 'pitch', 'ask']),
  area('data-analysis', '数据分析', ['数据', '报表', 'Excel']),
];

describe('containsKeyword()', () => {
  test.each([
    ['下周前整理客户关于价格的异议', '异议', true],
    ['客户异议', '价格', false],
    ['Give the quarterly presentation', 'present', true],
    ['Two presentations a month', 'Present', true],
    ['Represent the team at the fair', 'present', false],
    ['Finish the task list', 'ask', false],
    ['Ask two open questions', 'ask', true],
    ['用 ＥＸＣＥＬ 做周报', 'excel', true],
    ['anything', '   ', false],
  ])('%s contains %s → %s', (text, keyword, expected) => {
    expect(containsKeyword(text, keyword)).toBe(expected);
  });
});

describe('matchAreas()', () => {
  test('returns nothing for an empty Result', () => {
    expect(matchAreas('   ', areas)).toEqual([]);
  });

  test('ranks the area with most keywords first and says which matched', () => {
    const matches = matchAreas('月底前把价格异议的成交话术练熟，再做一份数据报表', areas);
    expect(matches.map((match) => match.area.id)).toEqual(['handling-objections', 'data-analysis']);
    expect(matches[0]?.matched).toEqual(['异议', '价格', '成交']);
    expect(matches[1]?.matched).toEqual(['数据', '报表']);
  });

  test('keeps catalog order among equal scores', () => {
    const matches = matchAreas('Stop being late with the pitch deck', areas);
    expect(matches.map((match) => match.area.id)).toEqual(['time-management', 'presenting']);
  });

  test('counts a keyword found inside a longer matched one only once', () => {
    const withBoth = [area('presenting', 'Presenting', ['present', 'presentation', 'pitch'])];
    expect(matchAreas('Give the presentation and the pitch', withBoth)[0]?.matched).toEqual([
      'presentation',
      'pitch',
    ]);
  });

  test('counts the area name itself as a keyword', () => {
    expect(matchAreas('提升数据分析能力', areas).map((match) => match.area.id)).toEqual(['data-analysis']);
  });

  test('finds nothing when no keyword appears', () => {
    expect(matchAreas('Have lunch with the team', areas)).toEqual([]);
  });
});

describe('appendResource()', () => {
  test('fills an empty field with the name', () => {
    expect(appendResource('  ', '内部课程：异议处理工作坊', 'zh-CN', 500)).toEqual({
      type: 'appended',
      value: '内部课程：异议处理工作坊',
    });
  });

  test('appends after what is there, with the language’s separator, never replacing it', () => {
    expect(appendResource('经理每周陪练一次', '内部课程：异议处理', 'zh-CN', 500)).toEqual({
      type: 'appended',
      value: '经理每周陪练一次；内部课程：异议处理',
    });
    expect(appendResource('Budget for one course.', 'Mentor: an analyst', 'en', 500)).toEqual({
      type: 'appended',
      value: 'Budget for one course; Mentor: an analyst',
    });
  });

  test('does not repeat a name already in the field', () => {
    const current = 'Mentor: an analyst; time on Fridays';
    expect(appendResource(current, 'mentor: an analyst', 'en', 500)).toEqual({
      type: 'present',
      value: current,
    });
  });

  test('leaves the field alone when the name would not fit', () => {
    const current = 'x'.repeat(490);
    expect(appendResource(current, 'A long course name', 'en', 500)).toEqual({
      type: 'too_long',
      value: current,
    });
  });
});
