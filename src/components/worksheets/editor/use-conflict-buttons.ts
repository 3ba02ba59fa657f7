import { useCallback, type RefObject } from 'react';
import type { WorksheetDoc } from '../../../lib/worksheets/document';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';
import { loadWorksheetStore } from '../../../storage/load';
import type { SaveResult } from '../../../storage/worksheet-store';
import type { EditorAction } from './editor-state';

/**
 * The two answers to "another tab changed this worksheet": take the stored version (theirs),
 * or write what is on screen over it, on purpose.
 */
export function useConflictButtons<K extends WorksheetKind>(
  kind: K,
  docRef: RefObject<WorksheetDoc<K> | undefined>,
  dispatch: (action: EditorAction<K>) => void,
  handleSaveResult: (result: SaveResult) => void,
) {
  const reloadFromStore = useCallback(async () => {
    const current = docRef.current;
    if (!current) return;
    const result = await (await loadWorksheetStore()).load(current.id);
    const same = result.type === 'success' && result.doc.kind === kind;
    dispatch({ type: 'reloaded', doc: same ? (result.doc as WorksheetDoc<K>) : undefined });
  }, [kind, dispatch]);

  const overwriteStore = useCallback(async () => {
    const current = docRef.current;
    if (!current) return;
    const store = await loadWorksheetStore();
    const stored = await store.load(current.id);
    const revision = stored.type === 'success' ? stored.doc.revision : current.revision;
    dispatch({ type: 'overwriting' });
    handleSaveResult(await store.save({ ...current, revision }));
  }, [dispatch, handleSaveResult]);

  return { reloadFromStore, overwriteStore };
}
