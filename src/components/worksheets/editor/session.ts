import type { WorksheetDoc, WorksheetDocLike } from '../../../lib/worksheets/document';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';
import { createAutosaver, flushOnPageHide, type Autosaver } from '../../../storage/autosave';
import type { SaveResult, StorageStatus, WorksheetStore } from '../../../storage/worksheet-store';
import { followStore, journalKeeper, storeOpener, type EditorTranslate } from './store-link';

export interface EditorSession {
  autosaver: Autosaver;
  /** Opens the store (loading its code) on first use. */
  openStore: () => Promise<WorksheetStore>;
  /** Stops following the store and the page, and saves what is pending. */
  stop: () => void;
}

/**
 * What an open worksheet page runs while it is open: an autosaver (300 ms after typing
 * stops), a copy to localStorage as the page is left, and, once the store's code has loaded
 * with the first save or read, its status and other tabs' changes. Each `on…` is called only
 * while the session runs.
 */
export function startEditorSession(on: {
  t: EditorTranslate;
  current: () => WorksheetDocLike | undefined;
  onSaveResult: (result: SaveResult) => void;
  onStatus: (status: StorageStatus) => void;
  onOtherTabSaved: (doc: WorksheetDoc<WorksheetKind>) => void;
  onPrompt: (message: string, removed: boolean) => void;
}): EditorSession {
  let running = true;
  const stops: (() => void)[] = [];
  // A blank new worksheet opens without the storage code; it loads with the first save.
  const openStore = storeOpener((store) => {
    if (!running) return;
    on.onStatus(store.getStatus());
    stops.push(followStore(store, { ...on, autosaver }));
  });
  const autosaver = createAutosaver(async (next) => (await openStore()).save(next), {
    delayMs: 300,
    onResult: (result) => on.onSaveResult(result),
  });
  // The copy kept as the page is left needs no storage code: it goes to localStorage, where
  // the store's next operation, on any page, picks it up (see unsaved-journal.ts).
  stops.push(flushOnPageHide(autosaver, journalKeeper()));
  return {
    autosaver,
    openStore,
    stop() {
      running = false;
      for (const stop of stops) stop();
      void autosaver.flush();
    },
  };
}
