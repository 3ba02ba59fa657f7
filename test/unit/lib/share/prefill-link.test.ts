import { describe, expect, test } from 'vitest';
import { describePrefillError } from '../../../../src/lib/share/messages';
import {
  checksum,
  decodePrefill,
  encodePrefill,
  isPrefillFragment,
  MAX_PREFILL_LENGTH,
  type PrefillDecodeResult,
  type PrefillError,
  type PrefillErrorCode,
} from '../../../../src/lib/share/prefill-link';
import { locales } from '../../../../src/lib/i18n/locales';
import { worksheetKinds, type WorksheetKind } from '../../../../src/lib/worksheets/kinds';
import { getWorksheetModule } from '../../../../src/lib/worksheets/registry';
import { sampleData } from '../worksheets/fixtures';

/** Encodes and fails the test when encoding does. */
async function fragmentOf(input: Parameters<typeof encodePrefill>[0]): Promise<string> {
  const result = await encodePrefill(input);
  if (result.type !== 'success') throw new Error(`encode failed: ${JSON.stringify(result)}`);
  return result.fragment;
}

function expectError<C extends PrefillErrorCode>(
  result: PrefillDecodeResult,
  code: C,
): asserts result is Extract<PrefillError, { code: C }> {
  expect(result.type).toBe('error');
  expect((result as PrefillError).code).toBe(code);
}

/** A fragment with a well-formed checksum over any payload text, as a careful forger would make. */
function withValidChecksum(payload: string, version = 'v1'): string {
  return `prefill=${version}.${payload}.${checksum(`${version}.${payload}`)}`;
}

async function deflatedBase64Url(json: string): Promise<string> {
  const stream = new Blob([new TextEncoder().encode(json)])
    .stream()
    .pipeThrough(new CompressionStream('deflate-raw'));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  return Buffer.from(bytes).toString('base64url');
}

/** The fixtures reference worksheets on the author's device; links drop those references. */
function withoutDeviceReferences(data: unknown): unknown {
  const { sourcePrepSheetId: _s, linkedGoalId: _l, ...rest } = data as Record<string, unknown>;
  return rest;
}

describe('encodePrefill() and decodePrefill()', () => {
  describe.each(worksheetKinds.map((kind) => [kind] as [WorksheetKind]))('%s', (kind) => {
    test('round-trips the empty worksheet in both languages', async () => {
      for (const locale of locales) {
        const data = getWorksheetModule(kind).createDefault(locale);
        const decoded = await decodePrefill(`#${await fragmentOf({ kind, data })}`);
        expect(decoded).toEqual({ type: 'success', kind, title: '', data });
      }
    });

    test('round-trips a filled worksheet with its title and person', async () => {
      const fragment = await fragmentOf({
        kind,
        title: '示例：季度目标 · Q3 example',
        person: '新经理',
        data: sampleData[kind],
      });
      expect(fragment).toMatch(/^prefill=v1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
      expect(await decodePrefill(fragment)).toEqual({
        type: 'success',
        kind,
        title: '示例：季度目标 · Q3 example',
        person: '新经理',
        data: withoutDeviceReferences(sampleData[kind]),
      });
    });
  });

  test('keeps Chinese, emoji and line breaks intact', async () => {
    const data = {
      ...sampleData['action-plan'],
      actions: [
        { ...sampleData['action-plan'].actions[0]!, result: '客户满意度从 82% 提到 90%\n第二行 ✅ “引号”' },
      ],
    };
    const decoded = await decodePrefill(await fragmentOf({ kind: 'action-plan', data }));
    expect(decoded.type === 'success' && decoded.data).toEqual(data);
  });

  test('reads a link whose tool percent-encoded the fragment', async () => {
    const fragment = await fragmentOf({ kind: 'feedback', data: sampleData.feedback });
    const encoded = `#${fragment.replace('=', '%3D').replace(/\./g, '%2E')}`;
    expect((await decodePrefill(encoded)).type).toBe('success');
  });

  test('leaves out an empty title and person', async () => {
    const fragment = await fragmentOf({
      kind: 'smart-ar',
      title: '',
      person: '',
      data: sampleData['smart-ar'],
    });
    const decoded = await decodePrefill(fragment);
    expect(decoded).toMatchObject({ type: 'success', title: '' });
    expect(decoded).not.toHaveProperty('person');
  });

  test('is compact: a filled action plan fits well under the 2,000-character warning', async () => {
    const fragment = await fragmentOf({ kind: 'action-plan', data: sampleData['action-plan'] });
    const plainJson = JSON.stringify({ k: 'action-plan', v: 1, d: sampleData['action-plan'] });
    expect(fragment.length).toBeLessThan(Buffer.from(plainJson).toString('base64url').length);
    expect(fragment.length).toBeLessThan(2000);
  });

  test('migrates data written in an older shape, like a stored worksheet', async () => {
    const oldVersion = getWorksheetModule('smart-ar').migrations.steps[0]?.from;
    if (oldVersion === undefined) return;
    const fragment = await fragmentOf({
      kind: 'smart-ar',
      schemaVersion: oldVersion,
      data: { ...sampleData['smart-ar'], likelihood: '70%' },
    });
    expect((await decodePrefill(fragment)).type).toBe('success');
  });
});

describe('decodePrefill() refuses', () => {
  test('a fragment that is not a pre-filled link', async () => {
    for (const fragment of ['', '#', '#section-3', 'id=abc', '#prefil=v1.x.y']) {
      expectError(await decodePrefill(fragment), 'not_prefill');
    }
  });

  test('a changed character in the payload as corrupted (checksum)', async () => {
    const fragment = await fragmentOf({ kind: 'prep-sheet', data: sampleData['prep-sheet'] });
    const [head, payload, sum] = fragment.split('.') as [string, string, string];
    const middle = Math.floor(payload.length / 2);
    const flipped = payload[middle] === 'A' ? 'B' : 'A';
    const tampered = `${head}.${payload.slice(0, middle)}${flipped}${payload.slice(middle + 1)}.${sum}`;
    const result = await decodePrefill(tampered);
    expectError(result, 'corrupted');
    expect(result.reason).toBe('checksum');
  });

  test('a changed checksum, a cut-off link and a missing part as corrupted', async () => {
    const fragment = await fragmentOf({ kind: 'feedback', data: sampleData.feedback });
    const changedSum = fragment.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
    expectError(await decodePrefill(changedSum), 'corrupted');
    expectError(await decodePrefill(fragment.slice(0, -20)), 'corrupted');
    expectError(await decodePrefill(fragment.split('.').slice(0, 2).join('.')), 'corrupted');
    expectError(await decodePrefill('prefill=v1..00000000'), 'corrupted');
  });

  test('garbage with a valid checksum as corrupted (not base64, not deflate, not JSON, not an object)', async () => {
    const notBase64 = withValidChecksum('abc$%^');
    const notDeflate = withValidChecksum(Buffer.from('hello, world').toString('base64url'));
    const notJson = withValidChecksum(await deflatedBase64Url('{"k": "smart-ar", '));
    const notObject = withValidChecksum(await deflatedBase64Url('[1, 2, 3]'));
    for (const [fragment, reason] of [
      [notBase64, 'encoding'],
      [notDeflate, 'encoding'],
      [notJson, 'json'],
      [notObject, 'json'],
    ] as const) {
      const result = await decodePrefill(fragment);
      expectError(result, 'corrupted');
      expect(result.reason).toBe(reason);
    }
    expectError(await decodePrefill('prefill=garbage'), 'corrupted');
  });

  test('a link format from another version', async () => {
    const fragment = await fragmentOf({ kind: 'smart-ar', data: sampleData['smart-ar'] });
    const result = await decodePrefill(fragment.replace('prefill=v1.', 'prefill=v2.'));
    expectError(result, 'unsupported_version');
    expect(result.version).toBe('v2');
  });

  test('a fragment over the size cap, before any decoding', async () => {
    const result = await decodePrefill(`#prefill=v1.${'A'.repeat(MAX_PREFILL_LENGTH)}.00000000`);
    expectError(result, 'too_large');
    expect(result.limit).toBe(MAX_PREFILL_LENGTH);
  });

  test('a small link that inflates into something far bigger than a worksheet', async () => {
    const bomb = JSON.stringify({ k: 'smart-ar', v: 1, d: { direction: ' '.repeat(1_000_000) } });
    const payload = await deflatedBase64Url(bomb);
    expect(payload.length).toBeLessThan(MAX_PREFILL_LENGTH);
    const result = await decodePrefill(withValidChecksum(payload));
    expectError(result, 'too_large');
    expect(result.what).toBe('content');
  });

  test('data that breaks the worksheet schema, naming the field', async () => {
    const json = JSON.stringify({
      k: 'action-plan',
      v: 1,
      d: { conversationDate: '', actions: [{ result: 'ok', reviewDate: 'next Friday' }] },
    });
    const result = await decodePrefill(withValidChecksum(await deflatedBase64Url(json)));
    expectError(result, 'invalid_worksheet');
    expect(result.path).toBe('data.actions.0.reviewDate');
    expect(describePrefillError(result, 'en')).toContain('data.actions.0.reviewDate');
  });

  test('an unknown kind, a bad title and a newer data version', async () => {
    const cases = [
      [{ k: 'quiz', v: 1, d: {} }, 'kind'],
      [{ k: 'smart-ar', v: 1, t: 42, d: {} }, 'title'],
      [{ k: 'smart-ar', v: 999, d: {} }, 'schemaVersion'],
    ] as const;
    for (const [payload, path] of cases) {
      const result = await decodePrefill(withValidChecksum(await deflatedBase64Url(JSON.stringify(payload))));
      expectError(result, 'invalid_worksheet');
      expect(result.path).toBe(path);
    }
  });
});

describe('encodePrefill() refuses', () => {
  test('data that would not open', async () => {
    const result = await encodePrefill({ kind: 'action-plan', data: { actions: 'none' } });
    expect(result).toMatchObject({ type: 'error', code: 'invalid_worksheet', path: 'data.actions' });
  });

  test('a worksheet whose link would pass the size cap', async () => {
    // Random text does not compress: three actions full to their limits are about 19 KB of UTF-8.
    let seed = 7;
    const noise = (length: number) =>
      Array.from({ length }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return String.fromCharCode(0x4e00 + (seed % 20000));
      }).join('');
    const action = () => ({
      result: noise(500),
      resource: noise(500),
      responsible: noise(120),
      reviewDate: '',
      risk: noise(500),
      contingency: noise(500),
      microAction: false,
      done: false,
    });
    const result = await encodePrefill({
      kind: 'action-plan',
      data: { conversationDate: '', actions: [action(), action(), action()] },
    });
    expect(result).toMatchObject({ type: 'error', code: 'too_large', limit: MAX_PREFILL_LENGTH });
  });
});

describe('isPrefillFragment()', () => {
  test.each([
    ['#prefill=v1.abc.def', true],
    ['prefill=anything', true],
    ['#section', false],
    ['', false],
  ])('%s → %s', (fragment, expected) => {
    expect(isPrefillFragment(fragment)).toBe(expected);
  });
});

describe('describePrefillError()', () => {
  const errors: PrefillError[] = [
    { type: 'error', code: 'not_prefill' },
    { type: 'error', code: 'unsupported_version', version: 'v2' },
    { type: 'error', code: 'corrupted', reason: 'checksum' },
    { type: 'error', code: 'too_large', what: 'link', length: 13000, limit: MAX_PREFILL_LENGTH },
    { type: 'error', code: 'too_large', what: 'content', length: 300_000, limit: 262_144 },
    {
      type: 'error',
      code: 'invalid_worksheet',
      path: 'data.actions',
      loadError: { type: 'error', code: 'invalid_data', path: 'data.actions', issue: 'too_many', limit: 3 },
    },
  ];

  test.each(errors.map((error) => [error.code, error] as const))(
    'says what went wrong for %s in both languages',
    (_, error) => {
      const zh = describePrefillError(error, 'zh-CN');
      const en = describePrefillError(error, 'en');
      expect(zh).toMatch(/[\u4e00-\u9fff]/);
      expect(en).not.toMatch(/[\u4e00-\u9fff]/);
      expect(en.length).toBeGreaterThan(40);
    },
  );

  test('names the sizes and the version', () => {
    expect(describePrefillError(errors[3]!, 'en')).toContain('13000');
    expect(describePrefillError(errors[1]!, 'zh-CN')).toContain('v2');
  });
});
