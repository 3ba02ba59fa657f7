import type { Locale } from '../../../lib/i18n/locales';
import type { WorksheetDoc } from '../../../lib/worksheets/document';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';
import type { WorksheetData } from '../../../lib/worksheets/registry';
import { loadWorksheetStore } from '../../../storage/load';
import { describeConflict, describeUnexpectedError } from '../../../storage/messages';
import { describeLoadErrorLater } from '../../shared/describe-load-error-later';
import type { IslandTranslate } from '../../shared/island-strings';

export type UpdateStoredResult<K extends WorksheetKind> =
  { type: 'success'; doc: WorksheetDoc<K> } | { type: 'failed'; reason: string };

/**
 * Changes another stored worksheet from this one (a retro ticking its plan's actions, or
 * adding to a goal's adjustment log): load it, check its kind, apply the pure `change`, save.
 * A conflict, a missing worksheet, a storage failure or a refused change comes back as one
 * sentence in the user's language; nothing is saved then. `notFound` is that sentence for a
 * worksheet that is gone or of another kind.
 */
export async function updateStoredWorksheet<K extends WorksheetKind>(
  id: string,
  kind: K,
  change: (
    data: WorksheetData<K>,
  ) => { type: 'success'; data: WorksheetData<K> } | { type: 'error'; reason: string },
  words: { t: IslandTranslate; locale: Locale; notFound: string },
): Promise<UpdateStoredResult<K>> {
  const { t, locale, notFound } = words;
  let store;
  try {
    store = await loadWorksheetStore();
  } catch {
    return { type: 'failed', reason: t('ws.common.moduleUnavailable') };
  }
  const loaded = await store.load(id);
  if (loaded.type !== 'success') {
    if (loaded.code === 'not_found') return { type: 'failed', reason: notFound };
    if (loaded.code === 'unexpected') return { type: 'failed', reason: describeUnexpectedError(t) };
    return {
      type: 'failed',
      reason: await describeLoadErrorLater(loaded, locale, t('ws.common.moduleUnavailable')),
    };
  }
  if (loaded.doc.kind !== kind) return { type: 'failed', reason: notFound };
  const doc = loaded.doc as WorksheetDoc<K>;
  const changed = change(doc.data);
  if (changed.type === 'error') return { type: 'failed', reason: changed.reason };
  const saved = await store.save({ ...doc, data: changed.data });
  if (saved.type === 'success') return { type: 'success', doc: saved.doc as WorksheetDoc<K> };
  if (saved.type === 'conflict') return { type: 'failed', reason: describeConflict(saved, t) };
  if (saved.code === 'not_found') return { type: 'failed', reason: notFound };
  if (saved.code === 'unexpected') return { type: 'failed', reason: describeUnexpectedError(t) };
  return {
    type: 'failed',
    reason: await describeLoadErrorLater(saved, locale, t('ws.common.moduleUnavailable')),
  };
}
