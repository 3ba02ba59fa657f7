import type { Locale } from '../../../lib/i18n/locales';
import { loadWithSections } from '../../../lib/i18n/sections';
import { isPrefillFragment } from '../../../lib/share/prefill-fragment';
import type { PrefillContent } from '../../../lib/share/prefill-link';
import { createWorksheet, type WorksheetDoc } from '../../../lib/worksheets/document';
import { worksheetHref } from '../../../lib/worksheets/href';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';
import { loadWorksheetDefaults, type WorksheetData } from '../../../lib/worksheets/registry';
import { describeUnexpectedError } from '../../../storage/messages';
import type { WorksheetStore } from '../../../storage/worksheet-store';
import { describeLoadErrorLater } from '../../shared/describe-load-error-later';
import { openById } from './editor-rules';
import type { EditorTranslate } from './store-link';

export interface PrefillSource<K extends WorksheetKind> {
  /**
   * Builds the first data of a new worksheet, e.g. from a prep sheet named in the address;
   * `person` tags the new worksheet (it lives on the envelope, not in the data).
   */
  (
    params: URLSearchParams,
    locale: Locale,
  ): Promise<{ data: WorksheetData<K>; title?: string; person?: string } | undefined>;
}

/** What the address asks the editor to show. */
export type AddressOutcome<K extends WorksheetKind> =
  /** The stored worksheet `?id=` names. */
  | { type: 'stored'; doc: WorksheetDoc<K> }
  /** The address belongs to another worksheet page. */
  | { type: 'redirect'; href: string }
  | { type: 'missing'; id: string }
  | { type: 'failed'; message: string }
  /** A new worksheet, filled from a link or another worksheet (`filled`: worth saving at once). */
  | { type: 'new'; doc: WorksheetDoc<K>; filled: boolean; notice?: string };

interface OpenContext<K extends WorksheetKind> {
  kind: K;
  locale: Locale;
  t: EditorTranslate;
  prefill: PrefillSource<K> | undefined;
  openStore: () => Promise<WorksheetStore>;
}

/**
 * Reads the page's address: `?id=` opens a stored worksheet; otherwise a new one starts,
 * filled from a pre-filled link (`#prefill=…`, which wins) or the page's own prefill
 * (e.g. `?from=` a prep sheet). A blank new worksheet needs no storage code.
 */
export async function openFromAddress<K extends WorksheetKind>(
  context: OpenContext<K>,
): Promise<AddressOutcome<K>> {
  const { kind, locale, t } = context;
  // A new worksheet starts from the kind's defaults, and a stored one is compared with them
  // (which fields were filled in): both need the kind's module and its starting words.
  await loadWorksheetDefaults([kind], locale);
  const params = new URL(window.location.href).searchParams;
  const id = params.get('id');
  if (id) return openStored(context, id);

  const linked = isPrefillFragment(window.location.hash)
    ? await readPrefillLink(window.location.hash, locale, t('ws.common.moduleUnavailable'))
    : undefined;
  if (linked?.type === 'success' && linked.kind !== kind) {
    return { type: 'redirect', href: worksheetHref(linked.kind, locale) + window.location.hash };
  }
  // Once read, the fragment goes: a reload or a bookmark must not start yet another copy.
  if (linked) window.history.replaceState(null, '', window.location.pathname + window.location.search);
  const filled =
    linked?.type === 'success'
      ? { data: linked.data as WorksheetData<K>, title: linked.title, person: linked.person ?? '' }
      : linked === undefined && context.prefill
        ? await context.prefill(params, locale)
        : undefined;
  const doc = createWorksheet(kind, {
    locale,
    ...(filled ? { data: filled.data } : {}),
    ...(filled?.title ? { title: filled.title } : {}),
    ...(filled?.person ? { person: filled.person } : {}),
  });
  return {
    type: 'new',
    doc,
    filled: filled !== undefined,
    ...(linked?.type === 'error' ? { notice: linked.message } : {}),
  };
}

async function openStored<K extends WorksheetKind>(
  { kind, locale, t, openStore }: OpenContext<K>,
  id: string,
): Promise<AddressOutcome<K>> {
  let result: Awaited<ReturnType<WorksheetStore['load']>>;
  try {
    result = await (await openStore()).load(id);
  } catch {
    return { type: 'failed', message: t('ws.common.moduleUnavailable') };
  }
  const decision = openById(result, kind);
  switch (decision.type) {
    case 'open':
      return { type: 'stored', doc: decision.doc as WorksheetDoc<K> };
    case 'elsewhere':
      return { type: 'redirect', href: worksheetHref(decision.kind, locale, { id }) };
    case 'missing':
      return { type: 'missing', id };
    case 'unexpected':
      return { type: 'failed', message: describeUnexpectedError(t) };
    case 'invalid':
      return {
        type: 'failed',
        message: await describeLoadErrorLater(decision.error, locale, t('ws.common.moduleUnavailable')),
      };
  }
}

/**
 * Reads a `#prefill=` link. The decoder and its messages load only for a page opened from
 * a link; if they cannot load (the connection dropped), the page still opens, empty, and
 * says so.
 */
async function readPrefillLink(
  hash: string,
  locale: Locale,
  unavailable: string,
): Promise<({ type: 'success' } & PrefillContent) | { type: 'error'; message: string }> {
  try {
    const [{ decodePrefill }, { describePrefillError }] = await Promise.all([
      import('../../../lib/share/prefill-link'),
      loadWithSections(
        locale,
        ['link-errors', 'worksheet-errors'],
        () => import('../../../lib/share/messages'),
      ),
    ]);
    const result = await decodePrefill(hash);
    return result.type === 'success'
      ? result
      : { type: 'error', message: describePrefillError(result, locale) };
  } catch {
    return { type: 'error', message: unavailable };
  }
}
