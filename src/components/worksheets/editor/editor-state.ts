import type { WorksheetDoc } from '../../../lib/worksheets/document';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';
import type { StorageStatus } from '../../../storage/worksheet-store';
import type { SaveState } from './editor-rules';

/** Where the editor is: opening, editing, or unable to open what the address asked for. */
export type EditorPhase =
  | { type: 'loading' }
  | { type: 'ready' }
  | { type: 'missing'; id: string }
  | { type: 'failed'; message: string };

/** A question for the user that the editor cannot answer alone. */
export type EditorPrompt =
  { type: 'conflict'; message: string } | { type: 'external'; message: string; removed: boolean };

/** Everything the worksheet editor shows, changed only by `editorReducer`. */
export interface EditorState<K extends WorksheetKind> {
  phase: EditorPhase;
  doc: WorksheetDoc<K> | undefined;
  saveState: SaveState;
  lastSavedAt: string | undefined;
  /** Saved (or opened from storage) at least once on this page. */
  savedOnce: boolean;
  storageStatus: StorageStatus | undefined;
  prompt: EditorPrompt | undefined;
  error: string | undefined;
  notice: string | undefined;
}

export type EditorAction<K extends WorksheetKind> =
  /** A stored worksheet was opened, or taken again from storage (`reloaded`: the prompt goes). */
  | { type: 'opened-stored'; doc: WorksheetDoc<K> }
  | { type: 'reloaded'; doc: WorksheetDoc<K> | undefined }
  /** A new worksheet; `filled` ones are saved at once. */
  | { type: 'opened-new'; doc: WorksheetDoc<K>; filled: boolean; notice?: string | undefined }
  | { type: 'not-opened'; phase: Extract<EditorPhase, { type: 'missing' | 'failed' }> }
  | { type: 'edited'; doc: WorksheetDoc<K> }
  | { type: 'other-tab-saved'; doc: WorksheetDoc<K> }
  /** A save finished: `stored` is what storage now holds. */
  | { type: 'saved'; stored: WorksheetDoc; saveState: 'saved' | 'memory' }
  | { type: 'save-failed'; prompt?: EditorPrompt }
  | { type: 'error'; message: string }
  | { type: 'overwriting' }
  | { type: 'status'; status: StorageStatus }
  | { type: 'prompt'; prompt: EditorPrompt | undefined };

export function initialEditorState<K extends WorksheetKind>(): EditorState<K> {
  return {
    phase: { type: 'loading' },
    doc: undefined,
    saveState: 'new',
    lastSavedAt: undefined,
    savedOnce: false,
    storageStatus: undefined,
    prompt: undefined,
    error: undefined,
    notice: undefined,
  };
}

/**
 * The worksheet the editor holds after an action. Kept apart from the reducer because the
 * hook also needs it at once, outside render (the autosaver reads the latest worksheet).
 * After a save, what the user typed since it started stays; only the new revision and time
 * are taken (so forms that look at `doc.revision` know the worksheet is now stored).
 */
export function docAfter<K extends WorksheetKind>(
  doc: WorksheetDoc<K> | undefined,
  action: EditorAction<K>,
): WorksheetDoc<K> | undefined {
  switch (action.type) {
    case 'opened-stored':
    case 'opened-new':
    case 'edited':
    case 'other-tab-saved':
      return action.doc;
    case 'reloaded':
      return action.doc ?? doc;
    case 'saved':
      return doc && doc.id === action.stored.id
        ? { ...doc, revision: action.stored.revision, updatedAt: action.stored.updatedAt }
        : doc;
    default:
      return doc;
  }
}

export function editorReducer<K extends WorksheetKind>(
  state: EditorState<K>,
  action: EditorAction<K>,
): EditorState<K> {
  const doc = docAfter(state.doc, action);
  switch (action.type) {
    case 'opened-stored':
      return {
        ...state,
        doc,
        phase: { type: 'ready' },
        saveState: 'saved',
        lastSavedAt: action.doc.updatedAt,
        savedOnce: true,
      };
    case 'reloaded':
      return action.doc === undefined
        ? { ...state, prompt: undefined }
        : { ...state, doc, saveState: 'saved', lastSavedAt: action.doc.updatedAt, prompt: undefined };
    case 'opened-new':
      return {
        ...state,
        doc,
        phase: { type: 'ready' },
        ...(action.filled ? { saveState: 'saving' as const } : {}),
        ...(action.notice === undefined ? {} : { notice: action.notice }),
      };
    case 'not-opened':
      return { ...state, phase: action.phase };
    case 'edited':
      return { ...state, doc, saveState: 'saving' };
    case 'other-tab-saved':
      return { ...state, doc };
    case 'saved':
      return {
        ...state,
        doc,
        savedOnce: true,
        saveState: action.saveState,
        ...(action.saveState === 'saved' ? { lastSavedAt: action.stored.updatedAt } : {}),
        error: undefined,
      };
    case 'save-failed':
      return { ...state, saveState: 'failed', ...(action.prompt ? { prompt: action.prompt } : {}) };
    case 'error':
      return { ...state, error: action.message };
    case 'overwriting':
      return { ...state, prompt: undefined, saveState: 'saving' };
    case 'status':
      return { ...state, storageStatus: action.status };
    case 'prompt':
      return { ...state, prompt: action.prompt };
  }
}
