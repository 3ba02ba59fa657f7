import { describe, expect, test } from 'vitest';
import { locales } from '../../../../src/lib/i18n/locales';
import { describeSealedError } from '../../../../src/lib/share/messages';
import { checksum, MAX_PREFILL_LENGTH, toBase64Url } from '../../../../src/lib/share/prefill-link';
import {
  openSealedLink,
  PBKDF2_ITERATIONS,
  readSealedHeader,
  sealWorksheet,
  type OpenResult,
  type SealedError,
  type SealedErrorCode,
} from '../../../../src/lib/share/sealed-link';
import { sampleData } from '../worksheets/fixtures';

const envelope = {
  id: 'prep-123',
  createdAt: '2026-11-02T08:00:00.000Z',
  updatedAt: '2026-11-03T09:30:00.000Z',
};
const prep = {
  kind: 'prep-sheet' as const,
  title: '和王经理的 1:1 准备',
  person: '李雷',
  data: sampleData['prep-sheet'],
  envelope,
};

async function seal(passphrase?: string): Promise<string> {
  const result = await sealWorksheet(prep, passphrase);
  if (result.type !== 'success') throw new Error(`seal failed: ${JSON.stringify(result)}`);
  return result.fragment;
}

function expectError(result: OpenResult, code: SealedErrorCode): void {
  expect(result.type).toBe('error');
  expect((result as SealedError).code).toBe(code);
}

/** Rewrites one part of a link and gives it a matching checksum, as a deliberate forger would. */
function rewrite(fragment: string, index: number, value: string): string {
  const parts = fragment.slice('sealed='.length).split('.');
  parts[index] = value;
  const body = parts.slice(0, 4).join('.');
  return `sealed=${body}.${checksum(body)}`;
}

describe('encrypted worksheet links', () => {
  test('round-trip a prep sheet with its id, dates, title and person under a random key', async () => {
    const fragment = await seal();
    expect(fragment).toMatch(/^sealed=v1\.k\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    const opened = await openSealedLink(`#${fragment}`);
    expect(opened).toMatchObject({
      type: 'success',
      mode: 'key',
      kind: 'prep-sheet',
      title: prep.title,
      person: prep.person,
      envelope,
    });
    expect(opened.type === 'success' && opened.data).toEqual(
      expect.objectContaining({ topics: sampleData['prep-sheet'].topics }),
    );
  });

  test('carry none of the worksheet in readable form', async () => {
    const fragment = await seal();
    for (const text of ['李雷', 'prep-123', 'prep-sheet', ...sampleData['prep-sheet'].topics]) {
      expect(fragment).not.toContain(text);
      expect(fragment).not.toContain(encodeURIComponent(text));
    }
  });

  test('use a fresh key and IV for every link', async () => {
    const [a, b] = [await seal(), await seal()];
    expect(a.split('.')[2]).not.toBe(b.split('.')[2]);
    expect(a.split('.')[3]).not.toBe(b.split('.')[3]);
  });

  test('open with the passphrase and refuse a wrong one', async () => {
    const fragment = await seal('correct horse battery');
    expect(fragment).toMatch(/^sealed=v1\.p\./);
    expect(readSealedHeader(fragment)).toMatchObject({ type: 'success', mode: 'passphrase' });
    expect(await openSealedLink(fragment, 'correct horse battery')).toMatchObject({
      type: 'success',
      mode: 'passphrase',
      title: prep.title,
    });
    expectError(await openSealedLink(fragment, 'correct horse battery!'), 'wrong_passphrase');
    expectError(await openSealedLink(fragment), 'wrong_passphrase');
  });

  test('normalize the passphrase, so the same words typed on another keyboard still open it', async () => {
    const fragment = await seal('caf\u00e9 au lait');
    expect(await openSealedLink(fragment, 'cafe\u0301 au lait')).toMatchObject({ type: 'success' });
  });

  test('document the derivation cost they use', () => {
    expect(PBKDF2_ITERATIONS).toBe(600_000);
  });

  test('say a link cut short or changed in transit is incomplete', async () => {
    const fragment = await seal();
    expectError(await openSealedLink(fragment.slice(0, -20)), 'corrupted');
    expectError(await openSealedLink(fragment.slice(0, fragment.length / 2)), 'corrupted');
    const flipped = fragment.replace(
      /\.([A-Za-z0-9_-])([A-Za-z0-9_-]{20})/,
      (_m, c: string, rest: string) => {
        return `.${c === 'A' ? 'B' : 'A'}${rest}`;
      },
    );
    expectError(await openSealedLink(flipped), 'corrupted');
  });

  test('say a link rewritten with a matching checksum was tampered with', async () => {
    const fragment = await seal();
    const parts = fragment.split('.');
    const sealed = parts[3]!;
    const changed = `${sealed.slice(0, 30)}${sealed[30] === 'A' ? 'B' : 'A'}${sealed.slice(31)}`;
    expectError(await openSealedLink(rewrite(fragment, 3, changed)), 'tampered');
    // Another key of the right length: the ciphertext does not authenticate.
    expectError(await openSealedLink(rewrite(fragment, 2, toBase64Url(new Uint8Array(32)))), 'tampered');
    // The mode switched from key to passphrase: the authenticated header no longer matches.
    expectError(await openSealedLink(rewrite(fragment, 1, 'p'), 'anything'), 'corrupted');
  });

  test('refuse an oversized link before any work', async () => {
    const huge = `sealed=v1.k.${'A'.repeat(MAX_PREFILL_LENGTH)}`;
    expect(await openSealedLink(huge)).toMatchObject({ code: 'too_large', what: 'link' });
  });

  test('refuse a link that unpacks past any worksheet, without saving half of it', async () => {
    // A forged link: a valid key and checksum around 300 KB of spaces, deflated to a few bytes.
    const deflated = new Uint8Array(
      await new Response(
        new Blob([new TextEncoder().encode(' '.repeat(300 * 1024))])
          .stream()
          .pipeThrough(new CompressionStream('deflate-raw')),
      ).arrayBuffer(),
    );
    const rawKey = crypto.getRandomValues(new Uint8Array(32));
    const key = await crypto.subtle.importKey('raw', rawKey, 'AES-GCM', false, ['encrypt']);
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const additionalData = new TextEncoder().encode('v1.k');
    const cipher = new Uint8Array(
      await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, key, deflated),
    );
    const sealed = new Uint8Array([...iv, ...cipher]);
    const body = `v1.k.${toBase64Url(rawKey)}.${toBase64Url(sealed)}`;
    expect(await openSealedLink(`sealed=${body}.${checksum(body)}`)).toMatchObject({
      code: 'too_large',
      what: 'content',
    });
  });

  test('say a link from a newer version needs a newer toolkit', async () => {
    const body = 'v2.k.AAAA.BBBB';
    expect(await openSealedLink(`sealed=${body}.${checksum(body)}`)).toMatchObject({
      code: 'unsupported_version',
      version: 'v2',
      newer: true,
    });
  });

  test('are not plain links, and plain links are not encrypted ones', async () => {
    expectError(await openSealedLink('#prefill=v1.abc.12345678'), 'not_sealed');
  });

  test('have a message for every failure in both languages', () => {
    const errors: SealedError[] = [
      { type: 'error', code: 'not_sealed' },
      { type: 'error', code: 'unsupported_version', version: 'v2', newer: true },
      { type: 'error', code: 'unsupported_version', version: 'v0', newer: false },
      { type: 'error', code: 'corrupted', reason: 'checksum' },
      { type: 'error', code: 'too_large', what: 'link', length: 13_000, limit: MAX_PREFILL_LENGTH },
      { type: 'error', code: 'wrong_passphrase' },
      { type: 'error', code: 'tampered' },
      { type: 'error', code: 'no_crypto' },
    ];
    for (const locale of locales) {
      const messages = errors.map((error) => describeSealedError(error, locale));
      for (const message of messages) expect(message.length).toBeGreaterThan(20);
      expect(new Set(messages).size).toBe(messages.length);
    }
    expect(describeSealedError(errors[1]!, 'en')).toMatch(/newer version/);
    expect(describeSealedError(errors[5]!, 'en')).toMatch(/passphrase/);
  });
});
