import type { WorksheetDocLike } from '../lib/worksheets/document';
import type { SaveResult } from './worksheet-store';

export interface AutosaverOptions {
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** Every save's outcome, for a "Saved" / "Not saved" indicator or a conflict prompt. */
  onResult?: (result: SaveResult, doc: WorksheetDocLike) => void;
}

export interface Autosaver {
  /** The latest version of the worksheet; saved once the user pauses for `delayMs`. */
  schedule(doc: WorksheetDocLike): void;
  /** Saves the pending version now (call on `pagehide`); resolves with the last save's result. */
  flush(): Promise<SaveResult | undefined>;
  /** Saves anything pending, then ignores further `schedule` calls. */
  dispose(): Promise<void>;
  /** Whether a version is waiting for its delay. */
  readonly pending: boolean;
  /**
   * The newest version not yet confirmed on disk (waiting for its delay, being saved now, or
   * saved only in memory because storage is failing), as it would be saved; `undefined`
   * when everything is stored in IndexedDB.
   */
  unsaved(): WorksheetDocLike | undefined;
}

/**
 * Debounced saving for a form. Saves run one after another, never overlapping. The form
 * keeps passing the revision it loaded; the autosaver remembers the revisions its own saves
 * produced, so its second save is not mistaken for a stale tab. A save by another tab
 * still comes back as a conflict.
 */
export function createAutosaver(
  save: (doc: WorksheetDocLike) => Promise<SaveResult>,
  options: AutosaverOptions = {},
): Autosaver {
  const delayMs = options.delayMs ?? 300;
  const ownRevisions = new Map<string, number>();
  let waiting: WorksheetDocLike | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let chain: Promise<SaveResult | undefined> = Promise.resolve(undefined);
  let saving: WorksheetDocLike | undefined;
  /** The last version stored only in memory (storage failing), until a save reaches the disk. */
  let inMemoryOnly: WorksheetDocLike | undefined;
  /** The last version whose save threw (e.g. the storage code could not load): not stored anywhere. */
  let notStored: WorksheetDocLike | undefined;
  let disposed = false;

  /** The doc as it goes to storage: based on the newest revision this autosaver stored. */
  function basedOnOwnSaves(doc: WorksheetDocLike): WorksheetDocLike {
    const own = ownRevisions.get(doc.id);
    return own !== undefined && own > doc.revision ? { ...doc, revision: own } : doc;
  }

  async function saveOne(doc: WorksheetDocLike): Promise<SaveResult> {
    const based = basedOnOwnSaves(doc);
    saving = based;
    let result: SaveResult;
    try {
      result = await save(based);
    } catch (error) {
      notStored = based;
      result = {
        type: 'error',
        code: 'unexpected',
        detail: error instanceof Error ? error.message : String(error),
      };
    }
    if (saving === based) saving = undefined;
    if (result.type === 'success') {
      if (notStored?.id === result.doc.id) notStored = undefined;
      ownRevisions.set(result.doc.id, result.doc.revision);
      if (result.mode === 'memory') inMemoryOnly = result.doc;
      else if (inMemoryOnly?.id === result.doc.id) inMemoryOnly = undefined;
    }
    options.onResult?.(result, based);
    return result;
  }

  function flush(): Promise<SaveResult | undefined> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    const doc = waiting;
    waiting = undefined;
    if (doc !== undefined) chain = chain.then(() => saveOne(doc));
    return chain;
  }

  return {
    schedule(doc) {
      if (disposed) return;
      waiting = doc;
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => void flush(), delayMs);
    },
    flush,
    async dispose() {
      await flush();
      disposed = true;
    },
    get pending() {
      return waiting !== undefined;
    },
    unsaved() {
      if (waiting === undefined) return saving ?? inMemoryOnly ?? notStored;
      const based = basedOnOwnSaves(waiting);
      // A save in flight will store saving.revision + 1; a copy of newer typing must not look older.
      return saving?.id === based.id && saving.revision >= based.revision
        ? { ...based, revision: saving.revision + 1 }
        : based;
    },
  };
}

/** Where `flushOnPageHide` keeps a synchronous copy: the store's unsaved journal. */
export interface UnsavedKeeper {
  keepUnsaved(doc: WorksheetDocLike): void;
  forgetUnsaved(id: string): void;
}

/**
 * On `pagehide` and when the tab is hidden (the last moments of a page): keeps a synchronous
 * copy of whatever is not on disk yet, then flushes. A page being left is torn down before
 * an IndexedDB write can finish, so the copy is what survives; the next page saves it. If
 * the flush does reach IndexedDB (the tab was only hidden), the copy is dropped again; a
 * save that reached only memory (storage failing) keeps it. Returns a function that removes
 * the listeners. Does nothing outside a browser.
 */
export function flushOnPageHide(
  autosaver: Pick<Autosaver, 'flush' | 'unsaved'>,
  keeper: UnsavedKeeper,
): () => void {
  if (typeof window === 'undefined' || typeof document === 'undefined') return () => {};
  const keepAndFlush = () => {
    const doc = autosaver.unsaved();
    if (doc === undefined) return;
    keeper.keepUnsaved(doc);
    void autosaver.flush().then((result) => {
      if (result?.type === 'success' && result.mode === 'persistent' && autosaver.unsaved() === undefined)
        keeper.forgetUnsaved(doc.id);
    });
  };
  const onPageHide = () => keepAndFlush();
  const onVisibility = () => {
    if (document.visibilityState === 'hidden') keepAndFlush();
  };
  window.addEventListener('pagehide', onPageHide);
  document.addEventListener('visibilitychange', onVisibility);
  return () => {
    window.removeEventListener('pagehide', onPageHide);
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
