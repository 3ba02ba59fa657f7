import { checksum, fromBase64Url, toBase64Url } from './link-bytes';
import {
  frameFragment,
  MAX_PREFILL_LENGTH,
  packPayload,
  unpackPayload,
  type PrefillContent,
  type PrefillError,
  type PrefillInput,
} from './prefill-link';
import { SEALED_KEY, stripHash } from './prefill-fragment';

/**
 * Encrypted worksheet links: the pre-filled link's payload (same JSON, same deflate, same
 * base64url, see `prefill-link.ts`), encrypted with AES-GCM (256-bit key, 96-bit random IV)
 * through Web Crypto before it goes into the fragment:
 *
 *   `#sealed=v1.k.<key>.<iv+ciphertext>.<checksum>`   a fresh random key, in the link itself
 *   `#sealed=v1.p.<salt>.<iv+ciphertext>.<checksum>`  a key from a passphrase the sender chose
 *
 * - The fragment (after `#`) never reaches a server: browsers send neither it in requests
 *   nor in the Referer header. So with `k` the link itself is the secret: anyone holding
 *   the whole link can read the worksheet, nobody else (the site's host included).
 * - With `p` the key is PBKDF2-SHA-256 of the passphrase (NFC-normalized) with a random
 *   16-byte salt and {@link PBKDF2_ITERATIONS} iterations, fixed for format `v1`, so a link
 *   cannot ask the reader's browser for a cheaper (or a ruinous) derivation. Reading needs
 *   the link and the passphrase; a guesser pays the full cost per guess.
 * - The header (`v1.k` or `v1.p`) is authenticated as AES-GCM additional data, so a link
 *   cannot be switched to another mode or version without failing.
 * - The checksum (FNV-1a, as in plain links) tells a link cut short or changed in transit
 *   apart from a wrong passphrase: when it matches and decryption still fails, the
 *   passphrase is wrong (or, with `k`, someone rewrote the link and its checksum on purpose).
 * - The payload carries the worksheet's id and dates, so saving it follows the import rules.
 */

export { SEALED_KEY };
export const SEALED_VERSION = 1;

/** PBKDF2-SHA-256 iterations for a passphrase (OWASP's 2023 figure for this hash). */
export const PBKDF2_ITERATIONS = 600_000;
/** The shortest passphrase the sender may choose. */
export const MIN_PASSPHRASE_LENGTH = 8;

const IV_BYTES = 12;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
/** AES-GCM's authentication tag. */
const TAG_BYTES = 16;

export type SealedMode = 'key' | 'passphrase';

export type SealedError =
  | Exclude<PrefillError, { code: 'not_prefill' | 'unsupported_version' }>
  | { type: 'error'; code: 'not_sealed' }
  /** A link from a later format version than this page reads (`newer`), or an unknown one. */
  | { type: 'error'; code: 'unsupported_version'; version: string; newer: boolean }
  /** The checksum matched but the passphrase does not open it. */
  | { type: 'error'; code: 'wrong_passphrase' }
  /** The checksum matched but the key in the link does not open it: rewritten on purpose. */
  | { type: 'error'; code: 'tampered' }
  /** No Web Crypto here (browsers hide it on plain-HTTP addresses other than localhost). */
  | { type: 'error'; code: 'no_crypto' };

export type SealedErrorCode = SealedError['code'];

/** What a well-formed link says about itself before any decryption. */
export interface SealedHeader {
  mode: SealedMode;
  /** The key (mode `key`) or the salt (mode `passphrase`). */
  secret: Uint8Array<ArrayBuffer>;
  sealed: Uint8Array<ArrayBuffer>;
  /** The authenticated header text, e.g. `v1.k`. */
  header: string;
}

export type SealResult = { type: 'success'; fragment: string } | SealedError;
export type OpenResult = ({ type: 'success'; mode: SealedMode } & PrefillContent) | SealedError;

const modeLetter: Record<SealedMode, string> = { key: 'k', passphrase: 'p' };

function subtle(): SubtleCrypto | undefined {
  return (globalThis as { crypto?: Crypto }).crypto?.subtle;
}

/**
 * Packs, compresses and encrypts a worksheet into a fragment (`sealed=v1.…`, without `#`).
 * Without a passphrase a fresh random key goes into the link. Never throws.
 */
export async function sealWorksheet(input: PrefillInput, passphrase?: string): Promise<SealResult> {
  const crypto = subtle();
  if (!crypto) return { type: 'error', code: 'no_crypto' };
  const packed = await packPayload(input);
  if (packed.type === 'error') return packed;

  const mode: SealedMode = passphrase === undefined ? 'key' : 'passphrase';
  const header = `v${SEALED_VERSION}.${modeLetter[mode]}`;
  const secret = randomBytes(mode === 'key' ? KEY_BYTES : SALT_BYTES);
  const key =
    mode === 'key'
      ? await crypto.importKey('raw', secret, 'AES-GCM', false, ['encrypt'])
      : await passphraseKey(crypto, passphrase ?? '', secret, ['encrypt']);
  const iv = randomBytes(IV_BYTES);
  const ciphertext = new Uint8Array(
    await crypto.encrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(header) },
      key,
      packed.bytes,
    ),
  );
  const sealed = new Uint8Array(iv.length + ciphertext.length);
  sealed.set(iv);
  sealed.set(ciphertext, iv.length);
  return frameFragment(SEALED_KEY, `${header}.${toBase64Url(secret)}.${toBase64Url(sealed)}`);
}

/**
 * Reads a link's frame without decrypting: size, version, shape, checksum. The page uses it
 * to ask for a passphrase only when the link needs one, and to name a cut link at once.
 */
export function readSealedHeader(fragment: string): ({ type: 'success' } & SealedHeader) | SealedError {
  const text = stripHash(fragment).trim();
  if (!text.startsWith(`${SEALED_KEY}=`)) return { type: 'error', code: 'not_sealed' };
  if (text.length > MAX_PREFILL_LENGTH) {
    return { type: 'error', code: 'too_large', what: 'link', length: text.length, limit: MAX_PREFILL_LENGTH };
  }
  const parts = text.slice(SEALED_KEY.length + 1).split('.');
  const [version, letter, secretText, sealedText, sum] = parts;
  const versionNumber = /^v(\d{1,4})$/.exec(version ?? '')?.[1];
  if (versionNumber === undefined) return { type: 'error', code: 'corrupted', reason: 'format' };
  if (Number(versionNumber) !== SEALED_VERSION) {
    return {
      type: 'error',
      code: 'unsupported_version',
      version: version ?? '',
      newer: Number(versionNumber) > SEALED_VERSION,
    };
  }
  if (parts.length !== 5 || (letter !== 'k' && letter !== 'p') || !secretText || !sealedText || !sum) {
    return { type: 'error', code: 'corrupted', reason: 'format' };
  }
  const header = `${version}.${letter}`;
  if (checksum(`${header}.${secretText}.${sealedText}`) !== sum) {
    return { type: 'error', code: 'corrupted', reason: 'checksum' };
  }
  const mode: SealedMode = letter === 'k' ? 'key' : 'passphrase';
  const secret = fromBase64Url(secretText);
  const sealed = fromBase64Url(sealedText);
  if (
    secret === undefined ||
    sealed === undefined ||
    secret.length !== (mode === 'key' ? KEY_BYTES : SALT_BYTES) ||
    sealed.length < IV_BYTES + TAG_BYTES
  ) {
    return { type: 'error', code: 'corrupted', reason: 'encoding' };
  }
  return { type: 'success', mode, secret, sealed, header };
}

/**
 * Opens a link: checks its frame, decrypts (with the passphrase for mode `passphrase`),
 * inflates and validates the worksheet like an import. Stores nothing. Never throws.
 */
export async function openSealedLink(fragment: string, passphrase?: string): Promise<OpenResult> {
  const frame = readSealedHeader(fragment);
  if (frame.type === 'error') return frame;
  const crypto = subtle();
  if (!crypto) return { type: 'error', code: 'no_crypto' };
  const key =
    frame.mode === 'key'
      ? await crypto.importKey('raw', frame.secret, 'AES-GCM', false, ['decrypt'])
      : await passphraseKey(crypto, passphrase ?? '', frame.secret, ['decrypt']);
  let plain: Uint8Array<ArrayBuffer>;
  try {
    plain = new Uint8Array(
      await crypto.decrypt(
        {
          name: 'AES-GCM',
          iv: frame.sealed.slice(0, IV_BYTES),
          additionalData: new TextEncoder().encode(frame.header),
        },
        key,
        frame.sealed.slice(IV_BYTES),
      ),
    );
  } catch {
    return { type: 'error', code: frame.mode === 'passphrase' ? 'wrong_passphrase' : 'tampered' };
  }
  const content = await unpackPayload(plain);
  if (content.type === 'error') {
    // Authenticated bytes that are no payload were made wrong on purpose; plain links'
    // "not a link" and version codes cannot come from here.
    return content.code === 'not_prefill' || content.code === 'unsupported_version'
      ? { type: 'error', code: 'tampered' }
      : content;
  }
  return { ...content, mode: frame.mode };
}

async function passphraseKey(
  crypto: SubtleCrypto,
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  usages: KeyUsage[],
): Promise<CryptoKey> {
  const material = await crypto.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_ITERATIONS },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    usages,
  );
}

function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}
