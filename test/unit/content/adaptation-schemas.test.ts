import { describe, expect, test } from 'vitest';
import { companyNameFor, companySchema } from '../../../src/lib/content/company-schema';
import { resourceCatalogSchema } from '../../../src/lib/resources/schema';

/** The first issue's path, dotted, as the build prints it (`areas.0.items.1.type`). */
function firstIssuePath(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string {
  expect(result.success).toBe(false);
  return result.error?.issues[0]?.path.map(String).join('.') ?? '';
}

const goodItem = { type: 'course', name: '内部课程：异议处理工作坊', description: '半天线下课，两两演练。' };
const goodArea = { id: 'handling-objections', name: '处理客户异议', keywords: ['异议'], items: [goodItem] };

describe('resourceCatalogSchema', () => {
  test('accepts a catalog with optional link and contact, and defaults keywords', () => {
    const parsed = resourceCatalogSchema.parse({
      areas: [
        {
          id: 'presenting',
          name: 'Presenting',
          items: [{ ...goodItem, link: 'https://learning.example.com/c/12', contact: 'L&D team' }],
        },
      ],
    });
    expect(parsed.areas[0]?.keywords).toEqual([]);
  });

  test.each([
    [
      'an unknown resource type',
      { areas: [{ ...goodArea, items: [goodItem, { ...goodItem, type: 'book' }] }] },
      'areas.0.items.1.type',
    ],
    [
      'an area without items',
      { areas: [goodArea, { ...goodArea, id: 'other', items: [] }] },
      'areas.1.items',
    ],
    ['an id with capitals or spaces', { areas: [{ ...goodArea, id: 'Handling Objections' }] }, 'areas.0.id'],
    ['a duplicate area id', { areas: [goodArea, goodArea] }, 'areas.1.id'],
    [
      'a link that is not http(s)',
      { areas: [{ ...goodArea, items: [{ ...goodItem, link: 'javascript:alert(1)' }] }] },
      'areas.0.items.0.link',
    ],
    [
      'a misspelt field',
      { areas: [{ ...goodArea, items: [{ ...goodItem, descripton: 'x' }] }] },
      'areas.0.items.0',
    ],
    [
      'a name too long for the Resource field',
      { areas: [{ ...goodArea, items: [{ ...goodItem, name: 'x'.repeat(121) }] }] },
      'areas.0.items.0.name',
    ],
    ['no areas list', { area: [] }, 'areas'],
  ])('rejects %s at the right path', (_, data, path) => {
    expect(firstIssuePath(resourceCatalogSchema.safeParse(data))).toBe(path);
  });
});

describe('companySchema', () => {
  test('accepts names, empty names (YAML null) and no name at all', () => {
    expect(companySchema.parse({ name: { 'zh-CN': '星河科技', en: 'Starriver' } }).name?.en).toBe(
      'Starriver',
    );
    expect(companySchema.parse({ name: { 'zh-CN': null, en: '' } })).toBeTruthy();
    expect(companySchema.parse({})).toEqual({});
  });

  test.each([
    ['a lowercase language code', { name: { 'zh-cn': '星河科技' } }, 'name'],
    ['a number as a name', { name: { en: 42 } }, 'name.en'],
    ['a name over 60 characters', { name: { en: 'x'.repeat(61) } }, 'name.en'],
    ['an unknown top-level field', { name: {}, logo: 'x.png' }, ''],
  ])('rejects %s at the right path', (_, data, path) => {
    expect(firstIssuePath(companySchema.safeParse(data))).toBe(path);
  });
});

describe('companyNameFor()', () => {
  test('returns the trimmed name of the language, or undefined when empty or missing', () => {
    const config = companySchema.parse({ name: { 'zh-CN': '  星河科技 ', en: '' } });
    expect(companyNameFor(config, 'zh-CN')).toBe('星河科技');
    expect(companyNameFor(config, 'en')).toBeUndefined();
    expect(companyNameFor(undefined, 'en')).toBeUndefined();
  });
});
