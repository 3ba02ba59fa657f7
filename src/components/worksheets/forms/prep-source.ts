import { useEffect, useState } from 'react';
import type { WorksheetDoc, WorksheetSummary } from '../../../lib/worksheets/document';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';
import { prepSheetChoices } from '../../../lib/worksheets/prep-sheet/choices';
import { loadWorksheetStore } from '../../../storage/load';

/**
 * The prep sheet named by `?from=<id>`, for worksheets started from one. Undefined when the
 * address names none, or names something that is not a readable prep sheet; a storage
 * failure counts as "not found" so the page still opens, blank.
 */
export function loadPrepSheetFrom(params: URLSearchParams): Promise<WorksheetDoc<'prep-sheet'> | undefined> {
  return loadSourceFrom(params, 'prep-sheet');
}

/** The worksheet of `kind` named by `?from=<id>`, on the same terms as `loadPrepSheetFrom`. */
export async function loadSourceFrom<K extends WorksheetKind>(
  params: URLSearchParams,
  kind: K,
): Promise<WorksheetDoc<K> | undefined> {
  const id = params.get('from');
  if (!id) return undefined;
  try {
    const result = await (await loadWorksheetStore()).load(id);
    return result.type === 'success' && result.doc.kind === kind
      ? (result.doc as WorksheetDoc<K>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whether this new worksheet was asked to start from a prep sheet (`?from=`) but could not
 * (`sourceId` is still unset): then the form says so instead of silently showing a blank page.
 * Read once, after mount, because the address is only known in the browser.
 */
export function useMissingSource(doc: { revision: number }, sourceId: string | undefined): boolean {
  const [missing, setMissing] = useState(false);
  // Only the state at mount counts: once the user types, the worksheet saves and the address loses `from`.
  const [isNewWithoutSource] = useState(doc.revision === 0 && sourceId === undefined);
  useEffect(() => {
    if (isNewWithoutSource && new URL(window.location.href).searchParams.has('from')) setMissing(true);
  }, [isNewWithoutSource]);
  return missing;
}

/**
 * The saved prep sheets to offer, most recent first (the 20 latest unless `limit` says otherwise). Throws when browser storage cannot be
 * read and this tab holds none in memory: "none saved" would then be untrue, and the caller
 * says the sheets cannot be read and lets the user try again.
 */
export async function listSavedPrepSheets(limit?: number): Promise<WorksheetSummary[]> {
  const store = await loadWorksheetStore();
  const sheets = prepSheetChoices(await store.list(), limit);
  if (sheets.length === 0 && store.getStatus().mode === 'memory')
    throw new Error('Browser storage is unavailable');
  return sheets;
}
