import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import type { WorksheetDoc } from '../../../../src/lib/worksheets/document';
import {
  createExportFile,
  EXPORT_FILE_TYPE,
  exportFileName,
  isWorksheetExportFile,
  MAX_IMPORT_BYTES,
  parseImportFile,
  serializeExportFile,
} from '../../../../src/lib/worksheets/export-file';
import { planImport, resolveImport } from '../../../../src/lib/worksheets/import-plan';
import { worksheetKinds } from '../../../../src/lib/worksheets/kinds';
import { describeImportFailure, describeImportFileError } from '../../../../src/lib/worksheets/messages';
import { useTranslations } from '../../../../src/lib/i18n';
import { sampleDoc } from './fixtures';

const source = 'https://coaching.example';
const now = new Date('2025-07-01T09:00:00.000Z');
const fileText = (worksheets: readonly unknown[], envelope: Record<string, unknown> = {}) =>
  JSON.stringify({
    type: EXPORT_FILE_TYPE,
    version: 1,
    source,
    exportedAt: now.toISOString(),
    worksheets,
    ...envelope,
  });
const parse = (text: string) => parseImportFile(text, new TextEncoder().encode(text).length);

describe('export → import round trip', () => {
  test.each(worksheetKinds)('gives back the same %s', (kind) => {
    const doc = sampleDoc(kind);
    const text = serializeExportFile(createExportFile([doc], { source, now }));
    expect(parse(text)).toEqual({
      type: 'success',
      docs: [doc],
      failures: [],
      source,
      exportedAt: now.toISOString(),
    });
  });

  test('gives back every kind from one file, in order', () => {
    const docs = worksheetKinds.map((kind) => sampleDoc(kind));
    const result = parse(serializeExportFile(createExportFile(docs, { source, now })));
    expect(result.type === 'success' && result.docs).toEqual(docs);
  });

  test('keeps Chinese text, line breaks and quotes intact', () => {
    const doc = sampleDoc('feedback');
    doc.data.seek = '你怎么看？\n"当时"发生了什么';
    const result = parse(serializeExportFile(createExportFile([doc], { source, now })));
    expect(result.type === 'success' && result.docs[0]).toEqual(doc);
  });
});

describe('isWorksheetExportFile()', () => {
  test('recognises the envelope', () => {
    expect(isWorksheetExportFile(createExportFile([], { source, now }))).toBe(true);
  });

  test.each([
    ['another type', { type: 'excalidraw', version: 1, worksheets: [] }],
    ['no version', { type: EXPORT_FILE_TYPE, worksheets: [] }],
    ['worksheets that are not a list', { type: EXPORT_FILE_TYPE, version: 1, worksheets: {} }],
    ['null', null],
  ])('rejects %s', (_name, value) => {
    expect(isWorksheetExportFile(value)).toBe(false);
  });
});

describe('parseImportFile()', () => {
  test('refuses a file over 5 MB before reading it', () => {
    expect(parseImportFile('{}', MAX_IMPORT_BYTES + 1)).toEqual({
      type: 'error',
      code: 'too_large',
      byteLength: MAX_IMPORT_BYTES + 1,
      limit: MAX_IMPORT_BYTES,
    });
  });

  test('refuses text over 5 MB even when told a smaller size', () => {
    expect(parseImportFile(' '.repeat(MAX_IMPORT_BYTES + 1), 10)).toMatchObject({ code: 'too_large' });
  });

  test.each(['', 'not json', '{"type":', '\u0000'])('says not_json for %j', (text) => {
    expect(parse(text)).toEqual({ type: 'error', code: 'not_json' });
  });

  test('accepts a byte-order mark at the start', () => {
    expect(parse(`\uFEFF${fileText([])}`).type).toBe('success');
  });

  test.each([
    ['root', '[]'],
    ['root', '"text"'],
    ['type', JSON.stringify({ version: 1, worksheets: [] })],
    ['type', fileText([], { type: 'coaching-toolkit/goals' })],
    ['version', fileText([], { version: '1' })],
    ['version', fileText([], { version: 0 })],
    ['worksheets', fileText([], { worksheets: 'all' })],
  ])('says wrong_shape naming %s', (field, text) => {
    expect(parse(text)).toEqual({ type: 'error', code: 'wrong_shape', field });
  });

  test('says newer_version for a file from a newer release', () => {
    expect(parse(fileText([], { version: 2 }))).toEqual({
      type: 'error',
      code: 'newer_version',
      version: 2,
      supported: 1,
    });
  });

  test('lists each broken worksheet and still returns the valid ones', () => {
    const good = sampleDoc('action-plan');
    const tooManyActions = {
      ...sampleDoc('action-plan', { id: 'bad-plan', title: 'Too much' }),
      data: { actions: [{}, {}, {}, {}] },
    };
    const result = parse(
      fileText([good, 'text', tooManyActions, { ...sampleDoc('feedback'), kind: 'memo' }]),
    );
    expect(result.type).toBe('success');
    if (result.type !== 'success') return;
    expect(result.docs).toEqual([good]);
    expect(result.failures).toMatchObject([
      { index: 1, error: { type: 'error', code: 'not_object' } },
      {
        index: 2,
        error: { code: 'invalid_data', path: 'data.actions', issue: 'too_many', limit: 3, id: 'bad-plan' },
      },
      { index: 3, error: { code: 'unknown_kind', kind: 'memo' } },
    ]);
  });

  test('migrates old worksheets in the file', () => {
    const old = { ...sampleDoc('smart-ar'), schemaVersion: 0, data: { goal: 'x', likelihood: '8' } };
    const result = parse(fileText([old]));
    expect(result.type === 'success' && result.docs[0]?.data).toMatchObject({
      likelihood: { scale: 'ten', value: 8 },
    });
  });
});

describe('import messages', () => {
  test.each(locales)('name the problem precisely in %s', (locale) => {
    expect(
      describeImportFileError(
        { type: 'error', code: 'too_large', byteLength: 7.5 * 1024 * 1024, limit: MAX_IMPORT_BYTES },
        locale,
      ),
    ).toMatch(/7\.5.*5/);
    expect(
      describeImportFileError({ type: 'error', code: 'wrong_shape', field: 'worksheets' }, locale),
    ).toContain('worksheets');
    expect(
      describeImportFileError({ type: 'error', code: 'newer_version', version: 2, supported: 1 }, locale),
    ).toMatch(/2.*1/);
  });

  test('say, when a kind’s code cannot load, to reload and that nothing saved changed', () => {
    expect(useTranslations('en')('ws.common.moduleUnavailable')).toMatch(
      /reload.*nothing you saved has changed/i,
    );
    expect(useTranslations('zh-CN')('ws.common.moduleUnavailable')).toMatch(/刷新页面.*没有任何变化/);
  });

  test('number worksheet failures from 1 and quote the title', () => {
    const failure = {
      index: 2,
      error: {
        type: 'error',
        code: 'invalid_data',
        path: 'data.actions',
        issue: 'too_many',
        limit: 3,
        title: 'Q3 plan',
      },
    } as const;
    expect(describeImportFailure(failure, 'zh-CN')).toBe(
      '第 3 份「Q3 plan」：字段 data.actions 超过了 3 项的上限。',
    );
    expect(describeImportFailure(failure, 'en')).toBe(
      'Worksheet 3 (“Q3 plan”): The field data.actions has more than the limit of 3 entries.',
    );
  });
});

describe('planImport()', () => {
  const a = sampleDoc('feedback', { id: 'a' });
  const b = sampleDoc('feedback', { id: 'b' });

  test('separates free ids from ids already stored', () => {
    expect(planImport(['b', 'z'], [a, b])).toEqual({
      fresh: [a],
      conflicts: [{ incoming: b, with: 'stored' }],
    });
  });

  test('detects an id listed twice in the file', () => {
    expect(planImport([], [a, a])).toEqual({
      fresh: [a],
      conflicts: [{ incoming: a, with: 'earlier_in_file' }],
    });
  });
});

describe('resolveImport()', () => {
  const stored = sampleDoc('feedback', { id: 'a' });
  const plan = planImport(['a'], [stored, sampleDoc('feedback', { id: 'c' })]);
  let n = 0;
  const newId = () => `new-${++n}`;

  test('keep both gives the incoming worksheet a new id', () => {
    const resolved = resolveImport(plan, 'keep-both', newId);
    expect(resolved.writes.map((doc: WorksheetDoc) => doc.id)).toEqual(['c', 'new-1']);
    expect(resolved.replaced).toEqual([]);
  });

  test('replace keeps the id and reports what it replaces', () => {
    const resolved = resolveImport(plan, 'replace', newId);
    expect(resolved.writes.map((doc) => doc.id)).toEqual(['c', 'a']);
    expect(resolved.replaced).toEqual(['a']);
  });

  test('skip leaves the stored worksheet alone', () => {
    const resolved = resolveImport(plan, new Map([['a', 'skip']]), newId);
    expect(resolved.writes.map((doc) => doc.id)).toEqual(['c']);
    expect(resolved.skipped.map((doc) => doc.id)).toEqual(['a']);
  });
});

describe('resolveImport() with ids that are names of built-in properties (defect 4)', () => {
  test.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])(
    'an id %s with no choice made is kept both, never replaced',
    (id) => {
      const doc = sampleDoc('feedback', { id });
      const resolved = resolveImport(planImport([id], [doc]), new Map(), () => 'fresh-id');
      expect(resolved.writes.map((write) => write.id)).toEqual(['fresh-id']);
      expect(resolved.replaced).toEqual([]);
      expect(resolved.skipped).toEqual([]);
    },
  );

  test('a choice for such an id applies to it alone', () => {
    const docs = [sampleDoc('feedback', { id: '__proto__' }), sampleDoc('feedback', { id: 'constructor' })];
    const resolved = resolveImport(
      planImport(['__proto__', 'constructor'], docs),
      new Map([['__proto__', 'replace']]),
      () => 'fresh-id',
    );
    expect(resolved.writes.map((write) => write.id)).toEqual(['__proto__', 'fresh-id']);
    expect(resolved.replaced).toEqual(['__proto__']);
  });
});

describe('exportFileName()', () => {
  test('names a single worksheet by kind and person, many by date', () => {
    expect(exportFileName([sampleDoc('smart-ar')], now)).toBe('coaching-smart-ar-Li-2025-07-01.json');
    expect(exportFileName([], now)).toBe('coaching-worksheets-2025-07-01.json');
  });
});
