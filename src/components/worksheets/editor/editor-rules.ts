import type { StoreLoadResult, SaveResult, StorageStatus } from '../../../storage/worksheet-store';
import type { WorksheetDoc } from '../../../lib/worksheets/document';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';
import type { LoadError } from '../../../lib/worksheets/document';

/**
 * The worksheet editor's decisions, without React or the browser: what a save's result means
 * for the page, what to do with the worksheet an address names, and when leaving the page
 * would lose edits. `use-worksheet.ts` applies them.
 */

/** `memory`: saved, but only in this tab's memory because browser storage is failing. */
export type SaveState = 'new' | 'saving' | 'saved' | 'memory' | 'failed';

/** What the page shows after a save. */
export type SaveOutcome =
  | { type: 'saved'; doc: WorksheetDoc; saveState: 'saved' | 'memory' }
  | { type: 'conflict'; result: Extract<SaveResult, { type: 'conflict' }> }
  | { type: 'unexpected' }
  | { type: 'invalid'; error: LoadError };

export function saveOutcome(result: SaveResult): SaveOutcome {
  switch (result.type) {
    case 'success':
      return { type: 'saved', doc: result.doc, saveState: result.mode === 'memory' ? 'memory' : 'saved' };
    case 'conflict':
      return { type: 'conflict', result };
    case 'error':
      return result.code === 'unexpected' || result.code === 'not_found'
        ? { type: 'unexpected' }
        : { type: 'invalid', error: result };
  }
}

/** What to do with the worksheet an address's `?id=` names. */
export type OpenById =
  | { type: 'open'; doc: WorksheetDoc }
  /** The id belongs to another kind of worksheet: open it where it belongs. */
  | { type: 'elsewhere'; kind: WorksheetKind }
  | { type: 'missing' }
  | { type: 'unexpected' }
  | { type: 'invalid'; error: LoadError };

export function openById(result: StoreLoadResult, kind: WorksheetKind): OpenById {
  if (result.type === 'success') {
    return result.doc.kind === kind
      ? { type: 'open', doc: result.doc }
      : { type: 'elsewhere', kind: result.doc.kind };
  }
  if (result.code === 'not_found') return { type: 'missing' };
  if (result.code === 'unexpected') return { type: 'unexpected' };
  return { type: 'invalid', error: result };
}

/** Edits live only in this tab's memory: saved there, or being saved while storage is failing. */
export function editsOnlyInMemory(saveState: SaveState, status: StorageStatus | undefined): boolean {
  return saveState === 'memory' || (saveState === 'saving' && status?.mode === 'memory');
}

/** What a reload would do to the edits, for the "update available, reload" prompt. */
export function reloadRisk(
  saveState: SaveState,
  status: StorageStatus | undefined,
): 'unsavable' | 'saving' | 'none' {
  if (status?.mode === 'memory' && saveState !== 'new') return 'unsavable';
  return saveState === 'saving' || saveState === 'failed' ? 'saving' : 'none';
}

/** The state the page shows: a worksheet opened as stored and not saved here yet reads as "new". */
export function shownSaveState(saveState: SaveState, savedOnce: boolean): SaveState {
  return savedOnce || saveState !== 'saved' ? saveState : 'new';
}
