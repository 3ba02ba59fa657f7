import { dictionaries } from '../../../../src/lib/i18n';
import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import {
  createWorksheet,
  displayTitle,
  migrateAndValidate,
  summarize,
  titleForCopy,
  type LoadError,
} from '../../../../src/lib/worksheets/document';
import { worksheetKinds } from '../../../../src/lib/worksheets/kinds';
import { describeLoadError } from '../../../../src/lib/worksheets/messages';
import { sampleDoc } from './fixtures';

const valid = () => structuredClone(sampleDoc('smart-ar')) as unknown as Record<string, unknown>;

describe('createWorksheet()', () => {
  test.each(worksheetKinds)('creates a valid, unsaved %s at the current version', (kind) => {
    const doc = createWorksheet(kind, { now: new Date('2025-06-01T00:00:00Z'), id: 'w1' });
    expect(doc).toMatchObject({
      id: 'w1',
      kind,
      revision: 0,
      title: '',
      createdAt: '2025-06-01T00:00:00.000Z',
    });
    expect(migrateAndValidate(doc)).toMatchObject({ type: 'success', migrated: false });
  });

  test('gives each worksheet its own id', () => {
    expect(createWorksheet('feedback').id).not.toBe(createWorksheet('feedback').id);
  });

  test('keeps a person and a practice tag when given', () => {
    expect(createWorksheet('flash-retro', { person: 'Li', practice: 'late-delivery' })).toMatchObject({
      person: 'Li',
      practice: 'late-delivery',
    });
  });
});

describe('migrateAndValidate()', () => {
  test.each(worksheetKinds)('accepts a filled %s unchanged', (kind) => {
    const doc = sampleDoc(kind);
    expect(migrateAndValidate(structuredClone(doc))).toEqual({ type: 'success', doc, migrated: false });
  });

  test.each([
    ['null', null],
    ['an array', [valid()]],
    ['a string', 'worksheet'],
    ['a number', 42],
  ])('says not_object for %s', (_name, value) => {
    expect(migrateAndValidate(value)).toEqual({ type: 'error', code: 'not_object' });
  });

  test('says unknown_kind and keeps the facts it could read', () => {
    expect(migrateAndValidate({ ...valid(), kind: 'okr-board' })).toEqual({
      type: 'error',
      code: 'unknown_kind',
      id: 'smart-ar-sample',
      kind: 'okr-board',
      title: 'Sample smart-ar',
    });
  });

  test('says newer_version for data from a newer release', () => {
    expect(migrateAndValidate({ ...valid(), schemaVersion: 7 })).toMatchObject({
      type: 'error',
      code: 'newer_version',
      version: 7,
      supported: 2,
      kind: 'smart-ar',
    });
  });

  test('says unsupported_version for a version no migration starts from', () => {
    expect(migrateAndValidate({ ...sampleDoc('feedback'), schemaVersion: 0 })).toMatchObject({
      code: 'unsupported_version',
      version: 0,
      oldest: 1,
    });
  });

  test.each<[string, (doc: Record<string, unknown>) => void, Partial<LoadError>]>([
    [
      'a missing schemaVersion',
      (doc) => delete doc['schemaVersion'],
      { path: 'schemaVersion', issue: 'missing' },
    ],
    [
      'a schemaVersion that is not a whole number',
      (doc) => (doc['schemaVersion'] = '1'),
      { path: 'schemaVersion', issue: 'wrong_type' },
    ],
    ['a missing id', (doc) => delete doc['id'], { path: 'id', issue: 'missing' }],
    ['an id with a slash', (doc) => (doc['id'] = 'a/b'), { path: 'id', issue: 'bad_format' }],
    [
      'a title over 120 characters',
      (doc) => (doc['title'] = 't'.repeat(121)),
      { path: 'title', issue: 'too_long', limit: 120 },
    ],
    [
      'a createdAt that is not a time',
      (doc) => (doc['createdAt'] = 'yesterday'),
      { path: 'createdAt', issue: 'bad_datetime' },
    ],
    ['data that is not an object', (doc) => (doc['data'] = 'goal'), { path: 'data', issue: 'wrong_type' }],
    [
      'a goal that is a number',
      (doc) => ((doc['data'] as Record<string, unknown>)['goal'] = 5),
      { path: 'data.goal', issue: 'wrong_type' },
    ],
    [
      'a malformed milestone date',
      (doc) => ((doc['data'] as { milestones: { date: string }[] }).milestones[1]!.date = '2025-13-01'),
      { path: 'data.milestones.1.date', issue: 'bad_date' },
    ],
    [
      'seven milestones',
      (doc) =>
        ((doc['data'] as Record<string, unknown>)['milestones'] = Array.from({ length: 7 }, () => ({}))),
      { path: 'data.milestones', issue: 'too_many', limit: 6 },
    ],
    [
      'an unknown adjustment kind',
      (doc) => ((doc['data'] as { adjustments: { kind: string }[] }).adjustments[0]!.kind = 'mood'),
      { path: 'data.adjustments.0.kind', issue: 'not_allowed' },
    ],
  ])('says invalid_data with the failing path for %s', (_name, mutate, expected) => {
    const doc = valid();
    mutate(doc);
    expect(migrateAndValidate(doc)).toMatchObject({
      type: 'error',
      code: 'invalid_data',
      kind: 'smart-ar',
      ...expected,
    });
  });

  test('drops fields it does not know instead of storing them', () => {
    const result = migrateAndValidate({
      ...valid(),
      extra: '<script>',
      data: { ...(valid()['data'] as object), html: '<b>' },
    });
    expect(result.type === 'success' && 'extra' in result.doc).toBe(false);
    expect(result.type === 'success' && 'html' in result.doc.data).toBe(false);
  });

  test('fills a missing revision and title with their defaults', () => {
    const doc = valid();
    delete doc['revision'];
    delete doc['title'];
    expect(migrateAndValidate(doc)).toMatchObject({ type: 'success', doc: { revision: 0, title: '' } });
  });

  test('never throws, even for values that throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error('no');
        },
        ownKeys: () => {
          throw new Error('no');
        },
      },
    );
    expect(() => migrateAndValidate(hostile)).not.toThrow();
    expect(migrateAndValidate(hostile).type).toBe('error');
  });
});

describe('describeLoadError()', () => {
  test.each(locales)('names the field and the limit in %s', (locale) => {
    const message = describeLoadError(
      { type: 'error', code: 'invalid_data', path: 'data.goal', issue: 'too_long', limit: 500 },
      locale,
    );
    expect(message).toContain('data.goal');
    expect(message).toContain('500');
  });

  test('explains a newer version with the worksheet’s name', () => {
    const error: LoadError = {
      type: 'error',
      code: 'newer_version',
      kind: 'action-plan',
      version: 3,
      supported: 1,
    };
    expect(describeLoadError(error, 'zh-CN')).toBe(
      '这份5R 行动画布由更新版本的工具箱保存（数据版本 3，本页面最高支持 1）。请刷新页面后再试。',
    );
    expect(describeLoadError(error, 'en')).toMatch(/^This 5R action canvas was saved by a newer version/);
  });

  test('says a bad date should be YYYY-MM-DD', () => {
    expect(
      describeLoadError(
        { type: 'error', code: 'invalid_data', path: 'data.date', issue: 'bad_date' },
        'zh-CN',
      ),
    ).toBe('字段 data.date 不是有效日期（应为 YYYY-MM-DD）。');
  });
});

describe('titles', () => {
  test('displayTitle() falls back to the kind name and the creation date', () => {
    const summary = summarize(createWorksheet('flash-retro', { now: new Date('2025-06-30T10:00:00Z') }));
    expect(displayTitle(summary, 'zh-CN')).toBe('快闪复盘 · 2025-06-30');
    expect(displayTitle({ ...summary, title: ' June retro ' }, 'en')).toBe('June retro');
  });

  test('titleForCopy() marks the copy and stays within the limit', () => {
    expect(titleForCopy('Q3 goal', dictionaries.en['ws.list.copyTitle'])).toBe('Q3 goal (copy)');
    expect(titleForCopy('Q3 目标', dictionaries['zh-CN']['ws.list.copyTitle'])).toBe('Q3 目标（副本）');
    expect(titleForCopy('x'.repeat(120), dictionaries.en['ws.list.copyTitle'])).toHaveLength(120);
  });
});
