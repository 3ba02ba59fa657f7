import type { WorksheetDoc, WorksheetDocLike } from '../../../lib/worksheets/document';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';
import type { Autosaver, UnsavedKeeper } from '../../../storage/autosave';
import { loadWorksheetStore } from '../../../storage/load';
import { describeExternalChange, type StorageMessageKey } from '../../../storage/messages';
import { browserSyncStorage, createUnsavedJournal } from '../../../storage/unsaved-journal';
import type { StorageStatus, WorksheetStore } from '../../../storage/worksheet-store';

/** The words the editor needs: storage messages, and the one for a part of the page that did not load. */
export type EditorTranslate = (key: StorageMessageKey | 'ws.common.moduleUnavailable') => string;

/**
 * Follows the store for an open worksheet: its status (memory banner; when storage works
 * again, what was kept in memory is saved) and other tabs' changes to the same worksheet
 * (followed quietly when nothing here is unsaved, else the user is asked). Returns the
 * function that stops following.
 */
export function followStore(
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
export function storeOpener(onOpen: (store: WorksheetStore) => void): () => Promise<WorksheetStore> {
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
export function journalKeeper(): UnsavedKeeper {
  const journal = createUnsavedJournal(browserSyncStorage());
  return { keepUnsaved: (doc) => journal.keep(doc), forgetUnsaved: (id) => journal.forget(id) };
}

/** Puts the worksheet's id in the address, so reload and bookmarks reopen it. */
export function rememberIdInAddress(id: string): void {
  const url = new URL(window.location.href);
  if (url.searchParams.get('id') === id) return;
  url.searchParams.set('id', id);
  url.searchParams.delete('from');
  window.history.replaceState(null, '', url);
}
