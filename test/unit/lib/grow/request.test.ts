import { describe, expect, test } from 'vitest';
import {
  formatFieldPath,
  growRequestSchema,
  growResponseSchema,
  localeFromAcceptLanguage,
  parseGrowRequest,
} from '../../../../src/lib/grow/request';

const validBody = { locale: 'en', prep: { topics: ['Release stability'] } };

describe('growRequestSchema', () => {
  test('fills perStage 2 and mode auto when they are absent', () => {
    expect(growRequestSchema.parse(validBody)).toMatchObject({ perStage: 2, mode: 'auto' });
  });

  describe.each([
    ['perStage 1', { perStage: 1 }, true],
    ['perStage 5', { perStage: 5 }, true],
    ['perStage 0', { perStage: 0 }, false],
    ['perStage 6', { perStage: 6 }, false],
    ['perStage 2.5', { perStage: 2.5 }, false],
    ['perStage as a string', { perStage: '2' }, false],
    ['mode rules', { mode: 'rules' }, true],
    ['mode ai', { mode: 'ai' }, false],
    ['locale zh-CN', { locale: 'zh-CN' }, true],
    ['locale fr', { locale: 'fr' }, false],
    ['an unknown top-level field', { seed: 3 }, false],
  ])('with %s', (_name, patch, valid) => {
    test(`is ${valid ? 'accepted' : 'rejected'}`, () => {
      expect(growRequestSchema.safeParse({ ...validBody, ...patch }).success).toBe(valid);
    });
  });

  test('rejects a topic longer than 500 characters and accepts exactly 500', () => {
    expect(growRequestSchema.safeParse({ ...validBody, prep: { topics: ['x'.repeat(501)] } }).success).toBe(
      false,
    );
    expect(growRequestSchema.safeParse({ ...validBody, prep: { topics: ['x'.repeat(500)] } }).success).toBe(
      true,
    );
  });
});

describe('growResponseSchema', () => {
  const four = ['goal', 'reality', 'options', 'will'].map((stage) => ({ stage, text: 'What matters most?' }));

  test('accepts an answer from the rules engine without fallbackReason', () => {
    expect(growResponseSchema.safeParse({ questions: four, source: 'rules' }).success).toBe(true);
  });

  test('rejects a fallbackReason outside the closed list', () => {
    expect(
      growResponseSchema.safeParse({ questions: four, source: 'rules', fallbackReason: 'because' }).success,
    ).toBe(false);
  });

  test('rejects a question longer than 500 characters', () => {
    const long = [{ stage: 'goal', text: `${'x'.repeat(500)}?` }, ...four.slice(1)];
    expect(growResponseSchema.safeParse({ questions: long, source: 'ai' }).success).toBe(false);
  });
});

describe('localeFromAcceptLanguage()', () => {
  test.each([
    [null, 'zh-CN'],
    ['', 'zh-CN'],
    ['en-US,en;q=0.9', 'en'],
    ['zh-TW,zh;q=0.9,en;q=0.8', 'zh-CN'],
    ['fr-FR,en;q=0.5,zh;q=0.9', 'zh-CN'],
    ['fr-FR,en;q=0.5', 'en'],
    ['de-DE', 'zh-CN'],
    ['en;q=0, zh;q=0.1', 'zh-CN'],
  ])('returns the best supported language for %j', (header, expected) => {
    expect(localeFromAcceptLanguage(header)).toBe(expected);
  });
});

describe('formatFieldPath()', () => {
  test('writes array indices in brackets', () => {
    expect(formatFieldPath(['prep', 'metrics', 1, 'name'])).toBe('prep.metrics[1].name');
  });
});

describe('parseGrowRequest()', () => {
  describe.each([
    ['a missing prep', { locale: 'en' }, 'prep', /prep/],
    ['an empty topic list', { locale: 'en', prep: { topics: [] } }, 'prep.topics', /at least 1/],
    ['four topics', { locale: 'en', prep: { topics: ['a', 'b', 'c', 'd'] } }, 'prep.topics', /at most 3/],
    ['a blank topic', { locale: 'en', prep: { topics: ['   '] } }, 'prep.topics[0]', /must not be empty/],
    [
      'a metric without a name',
      { locale: 'en', prep: { topics: ['a'], metrics: [{ current: '3' }] } },
      'prep.metrics[0].name',
      /required/,
    ],
    [
      'a long puzzle',
      { locale: 'en', prep: { topics: ['a'], puzzles: ['x'.repeat(501)] } },
      'prep.puzzles[0]',
      /500 characters/,
    ],
    ['perStage 9', { ...validBody, perStage: 9 }, 'perStage', /at most 5/],
    ['perStage as text', { ...validBody, perStage: 'three' }, 'perStage', /must be a number/],
    [
      'a topic that is a number',
      { locale: 'en', prep: { topics: [7] } },
      'prep.topics[0]',
      /must be a string/,
    ],
    ['prep as a list', { locale: 'en', prep: ['a'] }, 'prep', /must be an object/],
    ['a null prep', { locale: 'en', prep: null }, 'prep', /must be an object/],
    [
      'an unknown prep field',
      { locale: 'en', prep: { topics: ['a'], mood: 'ok' } },
      'prep.mood',
      /Unknown field/,
    ],
  ])('with %s', (_name, body, field, message) => {
    test('names the field in an English message', () => {
      const result = parseGrowRequest(body);
      expect(result.type).toBe('error');
      if (result.type !== 'error') return;
      expect(result.problem.field).toBe(field);
      expect(result.problem.message).toContain(field);
      expect(result.problem.message).toMatch(message);
      expect(result.problem.locale).toBe('en');
    });
  });

  test('answers in Chinese when the request asks for zh-CN', () => {
    const result = parseGrowRequest({ locale: 'zh-CN', prep: { topics: [] } });
    expect(result).toMatchObject({ type: 'error', problem: { locale: 'zh-CN', field: 'prep.topics' } });
    if (result.type === 'error') expect(result.problem.message).toMatch(/至少需要 1 项/);
  });

  test('labels the field in the message language', () => {
    const result = parseGrowRequest({ locale: 'zh-CN', prep: { topics: ['a'], supportNeeded: ['', 'b'] } });
    if (result.type !== 'error') throw new Error('expected an error');
    expect(result.problem.message).toContain('prep.supportNeeded[0]（需要的支持）');
  });

  test.each([
    ['en-GB,en;q=0.9', 'en', /locale/],
    [null, 'zh-CN', /locale/],
    ['zh-CN', 'zh-CN', /语言/],
  ])('falls back to Accept-Language %j when the locale itself is invalid', (header, expected, pattern) => {
    const result = parseGrowRequest({ locale: 'fr', prep: { topics: ['a'] } }, header);
    if (result.type !== 'error') throw new Error('expected an error');
    expect(result.problem.locale).toBe(expected);
    expect(result.problem.field).toBe('locale');
    expect(result.problem.message).toMatch(pattern);
  });

  test('describes a body that is not an object', () => {
    const result = parseGrowRequest([1, 2], 'en');
    if (result.type !== 'error') throw new Error('expected an error');
    expect(result.problem).toMatchObject({ field: '', locale: 'en' });
    expect(result.problem.message).toMatch(/request body/);
  });

  test('caps a very long unknown key in the message', () => {
    const result = parseGrowRequest({ ...validBody, ['k'.repeat(5000)]: 1 });
    if (result.type !== 'error') throw new Error('expected an error');
    expect(result.problem.message.length).toBeLessThan(200);
  });

  test('returns the parsed request with defaults on success', () => {
    expect(parseGrowRequest(validBody)).toEqual({
      type: 'success',
      request: { locale: 'en', prep: { topics: ['Release stability'] }, perStage: 2, mode: 'auto' },
    });
  });
});
