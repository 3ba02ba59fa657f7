import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { isPrefillFragment } from '../../lib/share/prefill-fragment';
import type { PrefillContent } from '../../lib/share/prefill-link';
import { createWorksheet, type WorksheetDoc, type WorksheetDocLike } from '../../lib/worksheets/document';
import { loadWorksheetModules, type WorksheetData } from '../../lib/worksheets/registry';
import type { WorksheetKind } from '../../lib/worksheets/kinds';
import { createAutosaver, flushOnPageHide, type Autosaver, type UnsavedKeeper } from '../../storage/autosave';
import { loadWorksheetStore } from '../../storage/load';
import {
  describeConflict,
  describeExternalChange,
  describeUnexpectedError,
  shouldWarnBeforeLeaving,
  storageStatusKey,
  type StorageMessageKey,
  type StorageStatusKey,
} from '../../storage/messages';
import { browserSyncStorage, createUnsavedJournal } from '../../storage/unsaved-journal';
import type { SaveResult, StorageStatus, WorksheetStore } from '../../storage/worksheet-store';
import { worksheetHref } from '../../lib/worksheets/href';
import { reportUnsavedEdits } from '../site/unsaved-edits';
import { describeLoadErrorLater } from '../shared/describe-load-error-later';

/** The words the hook needs: storage messages, and the one for a part of the page that did not load. */
type EditorTranslate = (key: StorageMessageKey | 'ws.common.moduleUnavailable') => string;

/** Where the editor is: opening, editing, or unable to open what the address asked for. */
export type EditorPhase =
  | { type: 'loading' }
  | { type: 'ready' }
  | { type: 'missing'; id: string }
  | { type: 'failed'; message: string };

/** `memory`: saved, but only in this tab's memory because browser storage is failing. */
export type SaveState = 'new' | 'saving' | 'saved' | 'memory' | 'failed';

/** A question for the user that the editor cannot answer alone. */
export type EditorPrompt =
  { type: 'conflict'; message: string } | { type: 'external'; message: string; removed: boolean };

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
 * Follows the store for an open worksheet: its status (memory banner; when storage works
 * again, what was kept in memory is saved) and other tabs' changes to the same worksheet
 * (followed quietly when nothing here is unsaved, else the user is asked). Returns the
 * function that stops following.
 */
function followStore(
  store: WorksheetStore,
  on: {
    autosaver: Autosaver;
    current: () => WorksheetDocLike | undefined;
    onStatus: (status: StorageStatus) => void;
    onOtherTabSaved: (doc: WorksheetDoc<WorksheetKind>) => void;
    onPrompt: (message: string, removed: boolean) => void;
    t: EditorTranslate;
  },
): () => void {
  const stopStatus = store.onStatus((status) => {
    on.onStatus(status);
    const current = on.current();
    if (status.mode === 'persistent' && current && on.autosaver.unsaved() !== undefined) {
      on.autosaver.schedule(current);
    }
  });
  const stopExternal = store.onExternalChange((message) => {
    const current = on.current();
    if (!current || message.id !== current.id) return;
    if (message.type === 'saved' && on.autosaver.unsaved() === undefined) {
      void store.load(current.id).then((result) => {
        if (result.type === 'success') on.onOtherTabSaved(result.doc);
      });
      return;
    }
    on.onPrompt(describeExternalChange({ type: message.type }, on.t), message.type === 'removed');
  });
  return () => {
    stopStatus();
    stopExternal();
  };
}

/**
 * Opens the store on the first call, loading its code then, and hands it to `onOpen` once.
 * If the code cannot load, the call rejects and the next one tries again.
 */
function storeOpener(onOpen: (store: WorksheetStore) => void): () => Promise<WorksheetStore> {
  let opening: Promise<WorksheetStore> | undefined;
  return () => {
    opening ??= loadWorksheetStore().then(
      (store) => {
        onOpen(store);
        return store;
      },
      (error: unknown) => {
        opening = undefined;
        throw error;
      },
    );
    return opening;
  };
}

/** Where edits not yet on disk are copied as the page is left: the store's own unsaved journal. */
function journalKeeper(): UnsavedKeeper {
  const journal = createUnsavedJournal(browserSyncStorage());
  return { keepUnsaved: (doc) => journal.keep(doc), forgetUnsaved: (id) => journal.forget(id) };
}

function currentParams(): URLSearchParams {
  return new URL(window.location.href).searchParams;
}

/** Puts the worksheet's id in the address, so reload and bookmarks reopen it. */
function rememberIdInAddress(id: string): void {
  const url = new URL(window.location.href);
  if (url.searchParams.get('id') === id) return;
  url.searchParams.set('id', id);
  url.searchParams.delete('from');
  window.history.replaceState(null, '', url);
}

/**
 * Everything a worksheet page does with storage: open the worksheet the address names (or
 * start a new one), save changes 300 ms after typing stops and on page hide, follow other
 * tabs, and say plainly when storage falls back to memory. Storage is touched only in
 * effects, never during the first (server) render.
 */
export function useWorksheet<K extends WorksheetKind>(
  options: UseWorksheetOptions<K>,
): WorksheetEditorState<K> {
  const { kind, locale, prefill, t } = options;
  const [phase, setPhase] = useState<EditorPhase>({ type: 'loading' });
  const [doc, setDoc] = useState<WorksheetDoc<K>>();
  const [saveState, setSaveState] = useState<SaveState>('new');
  const [lastSavedAt, setLastSavedAt] = useState<string>();
  const [storageStatus, setStorageStatus] = useState<StorageStatus>();
  const [prompt, setPrompt] = useState<EditorPrompt>();
  const [error, setError] = useState<string>();
  const [notice, setNotice] = useState<string>();
  const docRef = useRef<WorksheetDoc<K> | undefined>(undefined);
  const autosaverRef = useRef<Autosaver | undefined>(undefined);
  const savedOnceRef = useRef(false);

  const applyDoc = useCallback((next: WorksheetDoc<K>) => {
    docRef.current = next;
    setDoc(next);
  }, []);

  const handleSaveResult = useCallback(
    (result: SaveResult) => {
      switch (result.type) {
        case 'success': {
          savedOnceRef.current = true;
          rememberIdInAddress(result.doc.id);
          const current = docRef.current;
          // Keep what the user typed since this save started; take only the new revision (and
          // show it, so forms that look at `doc.revision` know the worksheet is now stored).
          if (current && current.id === result.doc.id) {
            applyDoc({ ...current, revision: result.doc.revision, updatedAt: result.doc.updatedAt });
          }
          if (result.mode === 'memory') setSaveState('memory');
          else {
            setSaveState('saved');
            setLastSavedAt(result.doc.updatedAt);
          }
          setError(undefined);
          break;
        }
        case 'conflict':
          setSaveState('failed');
          setPrompt({ type: 'conflict', message: describeConflict(result, t) });
          break;
        case 'error':
          setSaveState('failed');
          if (result.code === 'unexpected' || result.code === 'not_found')
            setError(describeUnexpectedError(t));
          else void describeLoadErrorLater(result, locale, t('ws.common.moduleUnavailable')).then(setError);
          break;
      }
    },
    [locale, t, applyDoc],
  );

  useEffect(() => {
    let cancelled = false;
    const stops: (() => void)[] = [];
    // Follows the store once its code has loaded: status banners, other tabs' changes.
    const follow = (store: WorksheetStore) => {
      if (cancelled) return;
      setStorageStatus(store.getStatus());
      stops.push(
        followStore(store, {
          autosaver,
          current: () => docRef.current,
          onStatus: setStorageStatus,
          onOtherTabSaved: (doc) => {
            if (doc.kind === kind) applyDoc(doc as WorksheetDoc<K>);
          },
          onPrompt: (message, removed) => setPrompt({ type: 'external', message, removed }),
          t,
        }),
      );
    };
    // A blank new worksheet opens without the storage code; it loads with the first save.
    const openStore = storeOpener(follow);
    const autosaver = createAutosaver(async (next) => (await openStore()).save(next), {
      delayMs: 300,
      onResult: (result) => handleSaveResult(result),
    });
    autosaverRef.current = autosaver;
    // The copy kept as the page is left needs no storage code: it goes to localStorage, where
    // the store's next operation, on any page, picks it up (see unsaved-journal.ts).
    stops.push(flushOnPageHide(autosaver, journalKeeper()));

    void (async () => {
      const params = currentParams();
      const id = params.get('id');
      if (id) {
        let result: Awaited<ReturnType<WorksheetStore['load']>>;
        try {
          result = await (await openStore()).load(id);
        } catch {
          if (!cancelled) setPhase({ type: 'failed', message: t('ws.common.moduleUnavailable') });
          return;
        }
        if (cancelled) return;
        if (result.type === 'success' && result.doc.kind === kind) {
          savedOnceRef.current = true;
          // The first render of the whole form is the page's biggest piece of work: as a
          // transition React renders it in slices and the main thread stays free for input.
          startTransition(() => {
            applyDoc(result.doc as WorksheetDoc<K>);
            setSaveState('saved');
            setLastSavedAt(result.doc.updatedAt);
            setPhase({ type: 'ready' });
          });
        } else if (result.type === 'success') {
          // The id belongs to another kind of worksheet: open it where it belongs.
          window.location.replace(worksheetHref(result.doc.kind, locale, { id }));
        } else if (result.code === 'not_found') {
          setPhase({ type: 'missing', id });
        } else if (result.code === 'unexpected') {
          setPhase({ type: 'failed', message: describeUnexpectedError(t) });
        } else {
          const message = await describeLoadErrorLater(result, locale, t('ws.common.moduleUnavailable'));
          if (!cancelled) setPhase({ type: 'failed', message });
        }
        return;
      }
      // A pre-filled link (`#prefill=…`, made on /hr/link-builder/) wins over other prefills.
      const linked = isPrefillFragment(window.location.hash)
        ? await readPrefillLink(window.location.hash, locale, t('ws.common.moduleUnavailable'))
        : undefined;
      if (cancelled) return;
      if (linked?.type === 'success' && linked.kind !== kind) {
        window.location.replace(worksheetHref(linked.kind, locale) + window.location.hash);
        return;
      }
      if (linked) {
        // Once read, the fragment goes: a reload or a bookmark must not start yet another copy.
        window.history.replaceState(null, '', window.location.pathname + window.location.search);
        if (linked.type === 'error') setNotice(linked.message);
      }
      const filled =
        linked?.type === 'success'
          ? { data: linked.data as WorksheetData<K>, title: linked.title, person: linked.person ?? '' }
          : linked === undefined && prefill
            ? await prefill(params, locale)
            : undefined;
      await loadWorksheetModules([kind]);
      if (cancelled) return;
      const fresh = createWorksheet(kind, {
        locale,
        ...(filled ? { data: filled.data } : {}),
        ...(filled?.title ? { title: filled.title } : {}),
        ...(filled?.person ? { person: filled.person } : {}),
      });
      // Rendered in slices, as above.
      startTransition(() => {
        applyDoc(fresh);
        setPhase({ type: 'ready' });
      });
      // A worksheet built from another one is worth keeping at once.
      if (filled) {
        setSaveState('saving');
        autosaver.schedule(fresh);
      }
    })();

    return () => {
      cancelled = true;
      for (const stop of stops) stop();
      void autosaver.flush();
    };
  }, [kind, locale, t, prefill, applyDoc, handleSaveResult]);

  // While edits live only in memory, leaving the page asks first.
  const editsOnlyInMemory =
    saveState === 'memory' || (saveState === 'saving' && storageStatus?.mode === 'memory');
  const warnBeforeLeaving = shouldWarnBeforeLeaving(storageStatus, editsOnlyInMemory);
  useEffect(() => {
    if (!warnBeforeLeaving) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [warnBeforeLeaving]);

  // Tells the "update available, reload" prompt when a reload would lose edits.
  const memoryOnly = storageStatus?.mode === 'memory';
  useEffect(() => {
    reportUnsavedEdits(
      memoryOnly && saveState !== 'new'
        ? 'unsavable'
        : saveState === 'saving' || saveState === 'failed'
          ? 'saving'
          : 'none',
    );
  }, [memoryOnly, saveState]);

  const update = useCallback<WorksheetEditorState<K>['update']>(
    (change) => {
      const current = docRef.current;
      if (!current) return;
      const next = { ...current, ...change } as WorksheetDoc<K>;
      applyDoc(next);
      setSaveState('saving');
      autosaverRef.current?.schedule(next);
    },
    [applyDoc],
  );

  const reloadFromStore = useCallback(async () => {
    const current = docRef.current;
    if (!current) return;
    const result = await (await loadWorksheetStore()).load(current.id);
    if (result.type === 'success' && result.doc.kind === kind) {
      applyDoc(result.doc as WorksheetDoc<K>);
      setSaveState('saved');
      setLastSavedAt(result.doc.updatedAt);
    }
    setPrompt(undefined);
  }, [kind, applyDoc]);

  const overwriteStore = useCallback(async () => {
    const current = docRef.current;
    if (!current) return;
    const store = await loadWorksheetStore();
    const stored = await store.load(current.id);
    const revision = stored.type === 'success' ? stored.doc.revision : current.revision;
    setPrompt(undefined);
    setSaveState('saving');
    handleSaveResult(await store.save({ ...current, revision }));
  }, [handleSaveResult]);

  const startNew = useCallback(() => {
    void autosaverRef.current?.flush().then(() => {
      window.location.href = window.location.pathname;
    });
  }, []);

  return {
    phase,
    doc,
    saveState: savedOnceRef.current || saveState !== 'saved' ? saveState : 'new',
    lastSavedAt,
    storageStatus,
    storageMessage: storageStatus ? storageStatusKey(storageStatus) : undefined,
    prompt,
    error,
    notice,
    update,
    reloadFromStore,
    overwriteStore,
    dismissPrompt: () => setPrompt(undefined),
    startNew,
  };
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
      import('../../lib/share/prefill-link'),
      import('../../lib/share/messages'),
    ]);
    const result = await decodePrefill(hash);
    return result.type === 'success'
      ? result
      : { type: 'error', message: describePrefillError(result, locale) };
  } catch {
    return { type: 'error', message: unavailable };
  }
}
