import { startTransition, useCallback, useEffect, useReducer, useRef } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import type { WorksheetDoc } from '../../lib/worksheets/document';
import type { WorksheetData } from '../../lib/worksheets/registry';
import type { WorksheetKind } from '../../lib/worksheets/kinds';
import type { Autosaver } from '../../storage/autosave';
import {
  describeConflict,
  describeUnexpectedError,
  storageStatusKey,
  type StorageStatusKey,
} from '../../storage/messages';
import type { SaveResult, StorageStatus } from '../../storage/worksheet-store';
import { describeLoadErrorLater } from '../shared/describe-load-error-later';
import { saveOutcome, shownSaveState, type SaveState } from './editor/editor-rules';
import { openFromAddress, type PrefillSource } from './editor/open-from-address';
import { startEditorSession } from './editor/session';
import { rememberIdInAddress, type EditorTranslate } from './editor/store-link';
import { useConflictButtons } from './editor/use-conflict-buttons';
import { useLeaveGuards } from './editor/use-leave-guards';

import {
  docAfter,
  editorReducer,
  initialEditorState,
  type EditorAction,
  type EditorPhase,
  type EditorPrompt,
} from './editor/editor-state';

export type { EditorPhase, EditorPrompt, PrefillSource, SaveState };

export interface UseWorksheetOptions<K extends WorksheetKind> {
  kind: K;
  locale: Locale;
  /** The island's translator: storage messages are dictionary strings (`storage.` keys). */
  t: EditorTranslate;
  prefill?: PrefillSource<K> | undefined;
}

export interface WorksheetEditorState<K extends WorksheetKind> {
  phase: EditorPhase;
  doc: WorksheetDoc<K> | undefined;
  saveState: SaveState;
  lastSavedAt: string | undefined;
  /** The dictionary key of the storage banner to show, if any. */
  storageMessage: StorageStatusKey | undefined;
  storageStatus: StorageStatus | undefined;
  prompt: EditorPrompt | undefined;
  error: string | undefined;
  /** Why a pre-filled link in the address could not be opened (an empty worksheet was started instead). */
  notice: string | undefined;
  update(change: Partial<Pick<WorksheetDoc<K>, 'title' | 'person'>> & { data?: WorksheetData<K> }): void;
  /** Takes the stored version (the other tab's) and drops the prompt. */
  reloadFromStore(): Promise<void>;
  /** Writes what is on screen over the stored version, on purpose. */
  overwriteStore(): Promise<void>;
  dismissPrompt(): void;
  startNew(): void;
}

/**
 * Everything a worksheet page does with storage: open the worksheet the address names (or
 * start a new one), save changes 300 ms after typing stops and on page hide, follow other
 * tabs, and say plainly when storage falls back to memory. Storage is touched only in
 * effects, never during the first (server) render. The decisions live in `editor/`: what the
 * address asks for (`open-from-address.ts`), what each event does to the editor's state
 * (`editor-state.ts`), what a save's result means (`editor-rules.ts`).
 */
export function useWorksheet<K extends WorksheetKind>(
  options: UseWorksheetOptions<K>,
): WorksheetEditorState<K> {
  const { kind, locale, prefill, t } = options;
  const [state, dispatchState] = useReducer(editorReducer<K>, undefined, initialEditorState<K>);
  const docRef = useRef<WorksheetDoc<K> | undefined>(undefined);
  const autosaverRef = useRef<Autosaver | undefined>(undefined);

  // The autosaver and the buttons read the latest worksheet at once, before React renders it.
  const dispatch = useCallback((action: EditorAction<K>) => {
    docRef.current = docAfter(docRef.current, action);
    dispatchState(action);
  }, []);

  const handleSaveResult = useCallback(
    (result: SaveResult) => {
      const outcome = saveOutcome(result);
      if (outcome.type === 'saved') {
        rememberIdInAddress(outcome.doc.id);
        dispatch({ type: 'saved', stored: outcome.doc, saveState: outcome.saveState });
      } else if (outcome.type === 'conflict') {
        dispatch({
          type: 'save-failed',
          prompt: { type: 'conflict', message: describeConflict(outcome.result, t) },
        });
      } else {
        dispatch({ type: 'save-failed' });
        if (outcome.type === 'unexpected') dispatch({ type: 'error', message: describeUnexpectedError(t) });
        else
          void describeLoadErrorLater(outcome.error, locale, t('ws.common.moduleUnavailable')).then(
            (message) => dispatch({ type: 'error', message }),
          );
      }
    },
    [locale, t, dispatch],
  );

  useEffect(() => {
    let cancelled = false;
    const session = startEditorSession({
      t,
      current: () => docRef.current,
      onSaveResult: handleSaveResult,
      onStatus: (status) => dispatch({ type: 'status', status }),
      onOtherTabSaved: (doc) => {
        if (doc.kind === kind) dispatch({ type: 'other-tab-saved', doc: doc as WorksheetDoc<K> });
      },
      onPrompt: (message, removed) =>
        dispatch({ type: 'prompt', prompt: { type: 'external', message, removed } }),
    });
    autosaverRef.current = session.autosaver;
    // Code or words that could not load (a dropped connection): say so rather than wait forever.
    const unopened = () => {
      if (!cancelled)
        dispatch({
          type: 'not-opened',
          phase: { type: 'failed', message: t('ws.common.moduleUnavailable') },
        });
    };
    void openFromAddress({ kind, locale, t, prefill, openStore: session.openStore }).then((outcome) => {
      if (cancelled) return;
      if (outcome.type === 'redirect') return window.location.replace(outcome.href);
      if (outcome.type === 'missing' || outcome.type === 'failed')
        return dispatch({ type: 'not-opened', phase: outcome });
      // The first render of the whole form is the page's biggest piece of work: as a
      // transition React renders it in slices and the main thread stays free for input.
      startTransition(() =>
        dispatch(
          outcome.type === 'stored'
            ? { type: 'opened-stored', doc: outcome.doc }
            : { type: 'opened-new', doc: outcome.doc, filled: outcome.filled, notice: outcome.notice },
        ),
      );
      // A worksheet built from another one is worth keeping at once.
      if (outcome.type === 'new' && outcome.filled) session.autosaver.schedule(outcome.doc);
    }, unopened);
    return () => {
      cancelled = true;
      session.stop();
    };
  }, [kind, locale, t, prefill, dispatch, handleSaveResult]);

  useLeaveGuards(state.saveState, state.storageStatus);

  const update = useCallback<WorksheetEditorState<K>['update']>(
    (change) => {
      const current = docRef.current;
      if (!current) return;
      const next = { ...current, ...change } as WorksheetDoc<K>;
      dispatch({ type: 'edited', doc: next });
      autosaverRef.current?.schedule(next);
    },
    [dispatch],
  );

  const { reloadFromStore, overwriteStore } = useConflictButtons(kind, docRef, dispatch, handleSaveResult);

  // Saves what is pending, then opens the page without an id: a new, empty worksheet.
  const startNew = useCallback(
    () => void autosaverRef.current?.flush().then(() => window.location.assign(window.location.pathname)),
    [],
  );

  return {
    ...state,
    saveState: shownSaveState(state.saveState, state.savedOnce),
    storageMessage: state.storageStatus ? storageStatusKey(state.storageStatus) : undefined,
    update,
    reloadFromStore,
    overwriteStore,
    dismissPrompt: () => dispatch({ type: 'prompt', prompt: undefined }),
    startNew,
  };
}
