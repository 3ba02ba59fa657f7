import { isPrefillFragment, PREFILL_KEY, stripHash } from './prefill-fragment';
import { loadKindAndValidate, type LoadError } from '../worksheets/document';
import type { WorksheetKind } from '../worksheets/kinds';
import { getWorksheetModule, loadWorksheetModules, type WorksheetData } from '../worksheets/registry';
import { checksum, deflate, fromBase64Url, inflate, toBase64Url } from './link-bytes';

/**
 * Pre-filled worksheet links: a worksheet's data packed into the URL fragment
 * (`/worksheets/action-plan/#prefill=v1.<payload>.<checksum>`). The fragment never reaches a
 * server, so a link carries an example to a colleague without anything being stored or
 * logged on the way. Opening it starts a new worksheet with that data on the colleague's
 * device.
 *
 * Payload: JSON `{ k: kind, v: schemaVersion, t?: title, p?: person, d: data }`, UTF-8,
 * deflated (`CompressionStream('deflate-raw')`, in every current browser and in Node 22) and
 * written as base64url. Worksheet JSON repeats its field names in every list item and most
 * fields of an example are empty, so deflate cuts a typical link by a third to a half. The schema version
 * travels with the data, so a link made before a worksheet's shape changes still opens: it
 * goes through the same migrate-and-validate path as a stored worksheet or an imported file.
 */

export { checksum, fromBase64Url, isPrefillFragment, PREFILL_KEY, toBase64Url };
export const PREFILL_VERSION = 'v1';

/**
 * The longest fragment we make or read. The fragment is not sent to servers, so their URL
 * limits do not apply; what breaks long links are the places they travel through (chat tools,
 * mail clients, intranet editors, QR codes), and those already struggle far below this. 12,000
 * characters is about 9 KB deflated: several times a generously filled worksheet, so any
 * sensible example fits, while a pasted blob or a deliberately huge link is refused before we
 * spend any work on it. The link builders warn far earlier (`LONG_LINK_WARNING`, in
 * prefill-fragment.ts).
 */
export const MAX_PREFILL_LENGTH = 12_000;

/**
 * The most we inflate. Deflate can expand a few KB into megabytes; a real worksheet is a few
 * KB of JSON, so anything past this is not a worksheet and is refused as too large.
 */
export const MAX_PREFILL_JSON_BYTES = 256 * 1024;

/** Fields that name other worksheets on the author's device: meaningless on anyone else's. */
const deviceReferenceFields = ['sourcePrepSheetId', 'linkedGoalId'] as const;

/** What a link carries. `data` is validated on both ends against the kind's schema. */
export interface PrefillInput {
  kind: WorksheetKind;
  title?: string | undefined;
  person?: string | undefined;
  data: unknown;
  /** The version of `data`'s shape; defaults to the kind's current version. */
  schemaVersion?: number;
  /**
   * The worksheet's own id and dates: only an encrypted link (`sealed-link.ts`) carries them,
   * so the receiver can import it with the usual rules (keep both or replace).
   */
  envelope?: LinkEnvelope | undefined;
}

/** A worksheet's identity on the sender's device. */
export interface LinkEnvelope {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** A decoded link: the worksheet to start, narrowed by `kind`. */
export type PrefillContent = {
  [K in WorksheetKind]: {
    kind: K;
    title: string;
    person?: string;
    data: WorksheetData<K>;
    /** Set only by an encrypted link. */
    envelope?: LinkEnvelope;
  };
}[WorksheetKind];

export type PrefillError =
  | { type: 'error'; code: 'not_prefill' }
  | { type: 'error'; code: 'unsupported_version'; version: string }
  | { type: 'error'; code: 'corrupted'; reason: 'format' | 'checksum' | 'encoding' | 'json' }
  | {
      type: 'error';
      code: 'too_large';
      /** `link`: the fragment is too long (characters); `content`: it inflates past a worksheet's size (bytes). */
      what: 'link' | 'content';
      length: number;
      limit: number;
    }
  | {
      type: 'error';
      code: 'invalid_worksheet';
      /** The failing field from the worksheet schema, e.g. `data.actions.0.reviewDate`; `''` for the whole value. */
      path: string;
      /** The full reason, for the message. */
      loadError: LoadError;
    };

export type PrefillErrorCode = PrefillError['code'];

export type PrefillDecodeResult = ({ type: 'success' } & PrefillContent) | PrefillError;

export type PrefillEncodeResult =
  { type: 'success'; fragment: string } | Extract<PrefillError, { code: 'too_large' | 'invalid_worksheet' }>;

/**
 * Packs a worksheet into a fragment (`prefill=v1.…`, without `#`). The data is validated first,
 * so a link that would not open is never made; references to other worksheets on this device
 * are dropped. Never throws.
 */
export async function encodePrefill(input: PrefillInput): Promise<PrefillEncodeResult> {
  const packed = await packPayload(input);
  if (packed.type === 'error') return packed;
  return frameFragment(PREFILL_KEY, `${PREFILL_VERSION}.${toBase64Url(packed.bytes)}`);
}

/** `<key>=<body>.<checksum>`, or `too_large` past {@link MAX_PREFILL_LENGTH}: both link kinds end so. */
export function frameFragment(
  key: string,
  body: string,
): { type: 'success'; fragment: string } | Extract<PrefillError, { code: 'too_large' }> {
  const fragment = `${key}=${body}.${checksum(body)}`;
  if (fragment.length > MAX_PREFILL_LENGTH) {
    return {
      type: 'error',
      code: 'too_large',
      what: 'link',
      length: fragment.length,
      limit: MAX_PREFILL_LENGTH,
    };
  }
  return { type: 'success', fragment };
}

/**
 * The payload both kinds of link carry (the plain one here, the encrypted one in
 * `sealed-link.ts`): the worksheet validated, as JSON, UTF-8, deflated. References to other
 * worksheets on this device are dropped.
 */
export async function packPayload(
  input: PrefillInput,
): Promise<
  { type: 'success'; bytes: Uint8Array<ArrayBuffer> } | Extract<PrefillError, { code: 'invalid_worksheet' }>
> {
  await loadWorksheetModules([input.kind]);
  const version = input.schemaVersion ?? getWorksheetModule(input.kind).migrations.currentVersion;
  const data = withoutDeviceReferences(input.data);
  const checked = await validate({
    k: input.kind,
    v: version,
    t: input.title,
    p: input.person,
    d: data,
    ...envelopeFields(input.envelope),
  });
  if (checked.type === 'error') return checked;

  const payload: LinkPayload = { k: checked.kind, v: version, d: checked.data };
  if (checked.title !== '') payload.t = checked.title;
  if (checked.person !== undefined && checked.person !== '') payload.p = checked.person;
  Object.assign(payload, envelopeFields(checked.envelope));
  return { type: 'success', bytes: await deflate(new TextEncoder().encode(JSON.stringify(payload))) };
}

function envelopeFields(envelope: LinkEnvelope | undefined): Pick<LinkPayload, 'i' | 'c' | 'u'> {
  return envelope ? { i: envelope.id, c: envelope.createdAt, u: envelope.updatedAt } : {};
}

/**
 * Reads a fragment (`#prefill=…` or `prefill=…`) back into a worksheet, or says precisely why
 * it can't. Checks run cheapest first: size, format, checksum, then the work of inflating and
 * parsing, then the worksheet schema. Never throws.
 */
export async function decodePrefill(fragment: string): Promise<PrefillDecodeResult> {
  const text = stripHash(fragment).trim();
  if (!text.startsWith(`${PREFILL_KEY}=`)) return { type: 'error', code: 'not_prefill' };
  if (text.length > MAX_PREFILL_LENGTH) {
    return { type: 'error', code: 'too_large', what: 'link', length: text.length, limit: MAX_PREFILL_LENGTH };
  }
  const parts = text.slice(PREFILL_KEY.length + 1).split('.');
  const [version, packed, sum] = parts;
  if (version !== PREFILL_VERSION) {
    return version !== undefined && /^v\d{1,4}$/.test(version)
      ? { type: 'error', code: 'unsupported_version', version }
      : { type: 'error', code: 'corrupted', reason: 'format' };
  }
  if (parts.length !== 3 || packed === undefined || packed === '' || sum === undefined) {
    return { type: 'error', code: 'corrupted', reason: 'format' };
  }
  if (checksum(`${version}.${packed}`) !== sum)
    return { type: 'error', code: 'corrupted', reason: 'checksum' };

  const bytes = fromBase64Url(packed);
  if (bytes === undefined) return { type: 'error', code: 'corrupted', reason: 'encoding' };
  return unpackPayload(bytes);
}

/** The payload back from its deflated bytes, validated like a stored worksheet. Never throws. */
export async function unpackPayload(bytes: Uint8Array<ArrayBuffer>): Promise<PrefillDecodeResult> {
  const inflated = await inflate(bytes, MAX_PREFILL_JSON_BYTES);
  if (inflated === 'too_large') {
    return {
      type: 'error',
      code: 'too_large',
      what: 'content',
      length: MAX_PREFILL_JSON_BYTES + 1,
      limit: MAX_PREFILL_JSON_BYTES,
    };
  }
  if (inflated === undefined) return { type: 'error', code: 'corrupted', reason: 'encoding' };

  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(inflated));
  } catch {
    return { type: 'error', code: 'corrupted', reason: 'json' };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    return { type: 'error', code: 'corrupted', reason: 'json' };
  }
  return validate(payload);
}

// ── Validation through the stored-worksheet path ─────────────────────────────

interface LinkPayload {
  k: WorksheetKind;
  v: number;
  t?: string;
  p?: string;
  d: unknown;
  /** Encrypted links only: the worksheet's id, created and updated instants. */
  i?: string;
  c?: string;
  u?: string;
}

/** The fixed envelope values a plain link's content is wrapped in, so it is judged like any stored worksheet. */
const envelopeStamp = '2000-01-01T00:00:00.000Z';

async function validate(
  payload: Partial<Record<keyof LinkPayload, unknown>>,
): Promise<({ type: 'success' } & PrefillContent) | Extract<PrefillError, { code: 'invalid_worksheet' }>> {
  const {
    k: kind,
    v: schemaVersion,
    t: title,
    p: person,
    d: data,
    i: id,
    c: createdAt,
    u: updatedAt,
  } = payload;
  const carriesEnvelope = id !== undefined || createdAt !== undefined || updatedAt !== undefined;
  const result = await loadKindAndValidate({
    id: carriesEnvelope ? id : 'prefill-link',
    kind,
    schemaVersion,
    revision: 0,
    title: title ?? '',
    ...(person === undefined ? {} : { person }),
    createdAt: carriesEnvelope ? createdAt : envelopeStamp,
    updatedAt: carriesEnvelope ? updatedAt : envelopeStamp,
    data,
  });
  if (result.type === 'error') {
    const path =
      result.code === 'invalid_data'
        ? result.path
        : result.code === 'unknown_kind' || result.code === 'not_object'
          ? 'kind'
          : 'schemaVersion';
    return { type: 'error', code: 'invalid_worksheet', path, loadError: result };
  }
  const { doc } = result;
  return {
    type: 'success',
    kind: doc.kind,
    title: doc.title,
    ...(doc.person === undefined || doc.person === '' ? {} : { person: doc.person }),
    data: doc.data,
    ...(carriesEnvelope
      ? { envelope: { id: doc.id, createdAt: doc.createdAt, updatedAt: doc.updatedAt } }
      : {}),
  } as { type: 'success' } & PrefillContent;
}

function withoutDeviceReferences(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const copy = { ...(data as Record<string, unknown>) };
  for (const field of deviceReferenceFields) delete copy[field];
  return copy;
}
