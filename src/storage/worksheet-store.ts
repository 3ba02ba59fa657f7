import {
  loadKindAndValidate,
  newWorksheetId,
  summarize,
  type WorksheetDocLike,
} from '../lib/worksheets/document';
import type { KeyValueBackend } from './backend';
import { browserCrossTabLock, type CrossTabLock } from './cross-tab-lock';
import { STORAGE_KEYS } from './keys';
import { createLocalforageBackend } from './localforage-backend';
import { requestPersistentStorage, type PersistRequester } from './persist';
import { createResilientBackend, type FallbackEvent, type ResilientBackend } from './resilient-backend';
import { readMethods, writeMethods, type StoreCore } from './store-methods';
import { putValidated, writeBackChanges } from './store-operations';
import type {
  SaveResult,
  StorageStatus,
  UnexpectedError,
  WorksheetStore,
  WorksheetStoreOptions,
} from './store-types';
import { readIndex, reconcileIndex } from './summary-index';
import { browserSyncStorage, createUnsavedJournal, type UnsavedJournal } from './unsaved-journal';
import { browserChannelFactory, createTabSync, type TabSync } from './tab-sync';

export * from './store-types';

const DEFAULT_TIMEOUT_MS = 5000;

/** The store's status and who listens to it. */
function createStatusHolder(initial: StorageStatus) {
  let status = initial;
  const listeners = new Set<(status: StorageStatus) => void>();
  return {
    get: () => status,
    set(next: StorageStatus) {
      status = next;
      for (const listener of listeners) listener(status);
    },
    listen(listener: (status: StorageStatus) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    clear: () => listeners.clear(),
  };
}

/** After IndexedDB recovers: write back what changed, drop the emergency copies, tell other tabs. */
function writeBackAndTell(journal: UnsavedJournal, tabs: TabSync) {
  return async (persistent: KeyValueBackend, memory: KeyValueBackend, changed: ReadonlySet<string>) => {
    for (const doc of await writeBackChanges(persistent, memory, changed)) {
      const { id, revision, schemaVersion } = summarize(doc);
      journal.forgetIfUnchanged(doc);
      tabs.post({ type: 'saved', id, revision, schemaVersion });
    }
  };
}

/**
 * Runs operations one at a time, in this tab and across tabs (`lock`), each turned into a
 * result rather than a rejection; `first` runs before the first one, `after` after each.
 */
function createOperationQueue(lock: CrossTabLock, first: () => Promise<void>, after: () => void) {
  let queue: Promise<unknown> | undefined;
  return function serialized<T>(task: () => Promise<T>): Promise<T | UnexpectedError> {
    // Before anything else this store does: save what a page left behind as it closed.
    queue ??= lock(first).catch(() => undefined);
    const run = async (): Promise<T | UnexpectedError> => {
      try {
        return await lock(task);
      } catch (error) {
        return {
          type: 'error',
          code: 'unexpected',
          detail: error instanceof Error ? error.message : String(error),
        };
      } finally {
        after();
      }
    };
    const result = queue.then(run, run);
    queue = result;
    return result;
  };
}

/** Asks the browser once, after the first save to IndexedDB, to keep the data under storage pressure. */
function askPersistenceOnce(
  requestPersist: PersistRequester | null,
  storage: ResilientBackend,
  status: ReturnType<typeof createStatusHolder>,
) {
  let asked = false;
  return () => {
    if (asked || requestPersist === null || storage.mode !== 'persistent') return;
    asked = true;
    void requestPersist()
      .catch(() => false)
      .then((persisted) => {
        // The answer only matters while the data is in IndexedDB.
        if (storage.mode === 'persistent') status.set({ ...status.get(), persisted });
      });
  };
}

/**
 * The only way the UI reaches stored worksheets. Every method resolves, never rejects: a
 * storage failure switches the store to memory (keeping what it had and reporting through
 * `onStatus`) and IndexedDB is tried again with backoff until it works, when what changed
 * meanwhile is written back; anything else becomes a result the UI can show. Operations run one at a
 * time, in this tab and across tabs (see cross-tab-lock.ts), so two saves never interleave
 * their read-modify-write of the index.
 */
export function createWorksheetStore(options: WorksheetStoreOptions = {}): WorksheetStore {
  const now = options.now ?? (() => new Date());
  const requestPersist =
    options.requestPersist === undefined ? requestPersistentStorage : options.requestPersist;
  const primary = options.backend === undefined ? createLocalforageBackend() : options.backend;
  const status = createStatusHolder(primary === null ? { mode: 'memory' } : { mode: 'persistent' });
  const tabs = createTabSync(
    options.channel === undefined ? browserChannelFactory : options.channel,
    STORAGE_KEYS.BROADCAST_CHANNEL,
  );
  const journal = options.journal ?? createUnsavedJournal(browserSyncStorage());
  const storage = createResilientBackend({
    primary,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
    onFallback: async (event: FallbackEvent, memory) => {
      // Memory may lack worksheets the index lists: make the index match what memory has.
      if (!event.complete) await reconcileIndex(memory, await readIndex(memory));
      const { persisted: _persisted, ...rest } = status.get();
      status.set({ ...rest, mode: 'memory', reason: event.reason, detail: event.detail });
    },
    onRecover: writeBackAndTell(journal, tabs),
  });
  const lock = options.lock ?? browserCrossTabLock();

  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  /** After each operation: report a recovery, and make sure a retry is coming while in memory. */
  function afterOperation() {
    if (status.get().mode === 'memory' && storage.mode === 'persistent') status.set({ mode: 'persistent' });
    const at = storage.nextRetryAt;
    if (at === undefined || retryTimer !== undefined || disposed) return;
    // Retries run even when nobody types, so edits kept in memory reach the disk on their own.
    retryTimer = setTimeout(
      () => {
        retryTimer = undefined;
        void serialized(() => storage.run(() => Promise.resolve()));
      },
      Math.max(0, at - Date.now()),
    );
  }

  const serialized = createOperationQueue(lock, () => saveUnsavedCopies(), afterOperation);

  const afterFirstSave = askPersistenceOnce(requestPersist, storage, status);

  const announce: StoreCore['announce'] = (message) => {
    if (storage.mode === 'persistent') tabs.post(message);
  };

  async function put(doc: WorksheetDocLike, checkConflict: boolean): Promise<SaveResult> {
    const valid = await loadKindAndValidate(doc);
    if (valid.type === 'error') return valid;
    const outcome = await storage.run((kv) =>
      putValidated(kv, doc, valid.doc, checkConflict, now().toISOString()),
    );
    if ('type' in outcome) return outcome;
    // Only in memory: keep a copy that outlives the tab until the write-back puts it on disk.
    if (storage.mode === 'memory') journal.keep(outcome);
    const { id, revision, schemaVersion } = outcome;
    announce({ type: 'saved', id, revision, schemaVersion });
    afterFirstSave();
    return { type: 'success', doc: outcome, mode: storage.mode };
  }

  /**
   * Saves each copy kept by `keepUnsaved` on an earlier page, with the usual checks. A copy
   * goes once it is stored, invalid, or older than what another save stored since; in
   * memory mode it stays for a later page that can store it for good.
   */
  async function saveUnsavedCopies(): Promise<void> {
    for (const entry of journal.entries()) {
      const result = await put(entry.doc as WorksheetDocLike, true);
      if (result.type === 'success' && result.mode === 'memory') continue;
      if (result.type === 'error' && result.code === 'unexpected') continue;
      journal.forget(entry.id);
    }
  }

  const core: StoreCore = {
    storage,
    journal,
    now,
    newId: options.newId ?? newWorksheetId,
    serialized,
    announce,
    put,
  };
  return {
    ...readMethods(core),
    ...writeMethods(core),
    keepUnsaved: (doc) => journal.keep(doc),
    forgetUnsaved: (id) => journal.forget(id),
    getStatus: () => status.get(),
    onStatus: (listener) => status.listen(listener),
    onExternalChange: (listener) => tabs.subscribe(listener),
    dispose() {
      disposed = true;
      clearTimeout(retryTimer);
      status.clear();
      tabs.close();
    },
  };
}
