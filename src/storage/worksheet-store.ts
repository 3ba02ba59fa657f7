import {
  loadKindAndValidate,
  loadKindsAndValidateAll,
  newWorksheetId,
  summarize,
  worksheetMetaSchema,
  type LoadError,
  type LoadResult,
  type WorksheetDoc,
  type WorksheetDocLike,
  type WorksheetSummary,
} from '../lib/worksheets/document';
import { toJsonSafe, type DamagedWorksheet } from '../lib/worksheets/damaged';
import { createExportFile, type WorksheetExportFile } from '../lib/worksheets/export-file';
import { planImport, resolveImport, type ImportResolutions } from '../lib/worksheets/import-plan';
import { getAll, setAll, type KeyValueBackend } from './backend';
import { browserCrossTabLock, type CrossTabLock } from './cross-tab-lock';
import { isWorksheetKey, STORAGE_KEYS, worksheetKey } from './keys';
import { createLocalforageBackend } from './localforage-backend';
import { requestPersistentStorage, type PersistRequester } from './persist';
import {
  createResilientBackend,
  type FallbackEvent,
  type StorageFailureReason,
  type StorageMode,
} from './resilient-backend';
import { readIndex, reconcileIndex, writeIndex, type SummaryIndex } from './summary-index';
import { browserSyncStorage, createUnsavedJournal, type UnsavedJournal } from './unsaved-journal';
import { browserChannelFactory, createTabSync, type ChannelFactory, type TabMessage } from './tab-sync';

// ── Results ───────────────────────────────────────────────────────────────────

/** Where the data lives now, and why it moved if it did. */
export interface StorageStatus {
  mode: StorageMode;
  /** Set once the store has fallen back to memory. */
  reason?: StorageFailureReason;
  /** The browser's own error text, for a details view or a bug report; not for the headline. */
  detail?: string;
  /** Whether the browser agreed to keep the data under storage pressure; unknown until asked. */
  persisted?: boolean;
}

/** A bug rather than a storage failure; storage failures switch to memory instead. */
export interface UnexpectedError {
  type: 'error';
  code: 'unexpected';
  detail: string;
}

export interface NotFoundError {
  type: 'error';
  code: 'not_found';
  id: string;
}

export type StoreLoadResult = LoadResult | NotFoundError | UnexpectedError;

/**
 * Another tab saved this worksheet since it was loaded here (`newer_revision`), or saved it
 * with a newer version of the site (`newer_schema`). Nothing was written. To overwrite on
 * purpose, save again with `revision: storedRevision`; to take theirs, `load(id)`.
 */
export interface SaveConflict {
  type: 'conflict';
  reason: 'newer_revision' | 'newer_schema';
  id: string;
  storedRevision: number;
  yourRevision: number;
}

export type SaveResult =
  /** `doc` is what was stored: revision bumped, `updatedAt` set. Keep editing this one. */
  | { type: 'success'; doc: WorksheetDoc; mode: StorageMode }
  | SaveConflict
  /** The worksheet failed validation (a field over its limit…); nothing was written. */
  | LoadError
  | NotFoundError
  | UnexpectedError;

export type RemoveResult =
  /** `removed` is the worksheet as it was, for an undo through `restore()`. */
  { type: 'success'; removed: WorksheetDoc | undefined } | UnexpectedError;

export type ImportResult =
  | {
      type: 'success';
      written: WorksheetSummary[];
      replaced: string[];
      skipped: number;
      /** `memory`: storage is failing, so the import lives in this tab only until it recovers. */
      mode: StorageMode;
    }
  | UnexpectedError;

export type { DamagedWorksheet };

export type ExportResult =
  | {
      type: 'success';
      file: WorksheetExportFile;
      failures: { id: string; error: LoadError | NotFoundError }[];
      /** Every stored worksheet that cannot be read; the file carries them raw in `damaged`. */
      damaged: DamagedWorksheet[];
    }
  | UnexpectedError;

export type ClearResult = { type: 'success'; removed: string[] } | UnexpectedError;

// ── The store ─────────────────────────────────────────────────────────────────

export interface WorksheetStoreOptions {
  /** The persistent backend; defaults to localforage (IndexedDB). `null` keeps everything in memory. */
  backend?: KeyValueBackend | null;
  /** Milliseconds before an unanswered storage call counts as failed (a blocked upgrade never answers). */
  timeoutMs?: number;
  /** The waits before trying IndexedDB again after a failure; see `DEFAULT_RETRY_DELAYS_MS`. */
  retryDelaysMs?: readonly number[];
  /** Opens the cross-tab channel; defaults to BroadcastChannel, `null` for none. */
  channel?: ChannelFactory | null;
  /** Copies of edits made as a page was left; defaults to localStorage. See unsaved-journal.ts. */
  journal?: UnsavedJournal;
  /** Runs each operation alone across tabs; defaults to `navigator.locks` where the browser has it. */
  lock?: CrossTabLock;
  /** Asked once, after the first successful save; defaults to `navigator.storage.persist()`. */
  requestPersist?: PersistRequester | null;
  now?: () => Date;
  newId?: () => string;
}

export interface WorksheetStore {
  /**
   * Summaries for "My worksheets", newest change first. Reads the index and the stored keys;
   * a worksheet itself is read only when the index lacks it (see `reconcileIndex`). Resolves
   * to `[]` rather than rejecting if something unexpected goes wrong.
   */
  list(): Promise<WorksheetSummary[]>;
  /** Loads, migrates and validates one worksheet. */
  load(id: string): Promise<StoreLoadResult>;
  /** Validates and stores; refuses with a conflict when another tab saved a newer revision. */
  save(doc: WorksheetDocLike): Promise<SaveResult>;
  remove(id: string): Promise<RemoveResult>;
  /** Puts back a removed worksheet (undo). Never a conflict: the user asked for this version. */
  restore(doc: WorksheetDocLike): Promise<SaveResult>;
  /** A copy under a new id; `title` defaults to the original's (see `titleForCopy`). */
  duplicate(id: string, options?: { title?: string }): Promise<SaveResult>;
  rename(id: string, title: string): Promise<SaveResult>;
  /** Writes imported worksheets; ids already taken are resolved as the user chose. */
  importDocs(docs: readonly WorksheetDocLike[], resolutions: ImportResolutions): Promise<ImportResult>;
  /**
   * Stored worksheets whose envelope cannot be read (no valid id, kind or dates, or stored
   * under another id), which `list()` cannot show as worksheets; with what was stored.
   */
  damaged(): Promise<DamagedWorksheet[]>;
  /** Every worksheet in an export file; unreadable ones are listed, and carried raw in `damaged`. */
  exportAll(options: { source: string; now?: Date; includePractice?: boolean }): Promise<ExportResult>;
  /** Removes every worksheet loaded from a workshop scenario. */
  clearPractice(): Promise<ClearResult>;
  /** The ids stored now, e.g. for `planImport`. */
  ids(): Promise<string[]>;
  getStatus(): StorageStatus;
  /**
   * Keeps a synchronous copy of a worksheet whose save may not finish (call it on
   * `pagehide`). The first operation of the next store on this device saves it, unless a
   * newer revision was saved in between, and removes the copy.
   */
  keepUnsaved(doc: WorksheetDocLike): void;
  /** Removes that copy once the save it stood in for has finished. */
  forgetUnsaved(id: string): void;
  /** Called on every status change (a fallback to memory, the persistence answer). */
  onStatus(listener: (status: StorageStatus) => void): () => void;
  /** Called when another tab saves or removes a worksheet. */
  onExternalChange(listener: (message: TabMessage) => void): () => void;
  /** Closes the cross-tab channel. */
  dispose(): void;
}

const DEFAULT_TIMEOUT_MS = 5000;

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
  const newId = options.newId ?? newWorksheetId;
  const requestPersist =
    options.requestPersist === undefined ? requestPersistentStorage : options.requestPersist;
  const primary = options.backend === undefined ? createLocalforageBackend() : options.backend;

  let status: StorageStatus = primary === null ? { mode: 'memory' } : { mode: 'persistent' };
  const statusListeners = new Set<(status: StorageStatus) => void>();
  const setStatus = (next: StorageStatus) => {
    status = next;
    for (const listener of statusListeners) listener(status);
  };

  const storage = createResilientBackend({
    primary,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
    onFallback: async (event: FallbackEvent, memory) => {
      // Memory may lack worksheets the index lists: make the index match what memory has.
      if (!event.complete) await reconcileIndex(memory, await readIndex(memory));
      const { persisted: _persisted, ...rest } = status;
      setStatus({ ...rest, mode: 'memory', reason: event.reason, detail: event.detail });
    },
    onRecover: writeBack,
  });
  const tabs = createTabSync(
    options.channel === undefined ? browserChannelFactory : options.channel,
    STORAGE_KEYS.BROADCAST_CHANNEL,
  );
  let persistAsked = false;
  const lock = options.lock ?? browserCrossTabLock();
  const journal = options.journal ?? createUnsavedJournal(browserSyncStorage());

  let queue: Promise<unknown> = Promise.resolve();
  let journalReplayed = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  /** After each operation: report a recovery, and make sure a retry is coming while in memory. */
  function afterOperation() {
    if (status.mode === 'memory' && storage.mode === 'persistent') setStatus({ mode: 'persistent' });
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

  function serialized<T>(task: () => Promise<T>): Promise<T | UnexpectedError> {
    // Before anything else this store does: save what a page left behind as it closed.
    if (!journalReplayed) {
      journalReplayed = true;
      queue = lock(saveUnsavedCopies).catch(() => undefined);
    }
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
        afterOperation();
      }
    };
    const result = queue.then(run, run);
    queue = result;
    return result;
  }

  /** Other tabs can only reload what is in IndexedDB; in memory mode there is nothing to tell them. */
  function announce(message: TabMessage) {
    if (storage.mode === 'persistent') tabs.post(message);
  }

  function afterFirstSave() {
    if (persistAsked || requestPersist === null || storage.mode !== 'persistent') return;
    persistAsked = true;
    void requestPersist()
      .catch(() => false)
      .then((persisted) => {
        // The answer only matters while the data is in IndexedDB.
        if (storage.mode === 'persistent') setStatus({ ...status, persisted });
      });
  }

  /**
   * Writes what changed in memory while IndexedDB was failing back to it: each worksheet
   * saved or removed meanwhile, unless another tab stored a newer revision of it (that one
   * stays, as for any save based on an older revision), then the index. A worksheet on disk
   * again loses its emergency copy in localStorage.
   */
  async function writeBack(
    persistent: KeyValueBackend,
    memory: KeyValueBackend,
    changed: ReadonlySet<string>,
  ): Promise<void> {
    const index = await readIndex(persistent);
    const written: unknown[] = [];
    for (const key of changed) {
      if (!isWorksheetKey(key)) continue;
      const id = key.slice(STORAGE_KEYS.WORKSHEET_PREFIX.length);
      const mine = await memory.get(key);
      if (mine === undefined) {
        await persistent.remove(key);
        index.delete(id);
        continue;
      }
      const meta = worksheetMetaSchema.safeParse(mine);
      if (!meta.success) continue;
      const stored = index.get(id);
      if (stored !== undefined && stored.revision > meta.data.revision) {
        const theirs = await persistent.get(key);
        if (theirs !== undefined) await memory.set(key, theirs);
        continue;
      }
      await persistent.set(key, mine);
      index.set(id, meta.data);
      written.push(mine);
    }
    await writeIndex(persistent, index);
    await writeIndex(memory, index);
    for (const doc of written) {
      const summary = summarize(doc as WorksheetDocLike);
      journal.forgetIfUnchanged(doc as WorksheetDocLike);
      tabs.post({
        type: 'saved',
        id: summary.id,
        revision: summary.revision,
        schemaVersion: summary.schemaVersion,
      });
    }
  }

  async function writeDoc(kv: KeyValueBackend, index: SummaryIndex, doc: WorksheetDoc): Promise<void> {
    await kv.set(worksheetKey(doc.id), doc);
    index.set(doc.id, summarize(doc));
  }

  /**
   * Validates `doc` and stores it as the next revision after whatever is stored. With
   * `checkConflict`, a stored revision newer than the one `doc` was based on (or a newer
   * schema) wins and nothing is written; undo and rename skip the check on purpose.
   */
  async function put(doc: WorksheetDocLike, checkConflict: boolean): Promise<SaveResult> {
    const valid = await loadKindAndValidate(doc);
    if (valid.type === 'error') return valid;
    const outcome = await storage.run(async (kv): Promise<SaveConflict | WorksheetDoc> => {
      const index = await readIndex(kv);
      const stored = index.get(doc.id);
      if (checkConflict && stored !== undefined) {
        if (stored.schemaVersion > valid.doc.schemaVersion) return conflict('newer_schema', doc, stored);
        if (stored.revision > doc.revision) return conflict('newer_revision', doc, stored);
      }
      const next: WorksheetDoc = {
        ...valid.doc,
        revision: Math.max(stored?.revision ?? 0, valid.doc.revision) + 1,
        updatedAt: now().toISOString(),
      };
      await writeDoc(kv, index, next);
      await writeIndex(kv, index);
      return next;
    });
    if ('type' in outcome) return outcome;
    // Only in memory: keep a copy that outlives the tab until the write-back puts it on disk.
    if (storage.mode === 'memory') journal.keep(outcome);
    announce({
      type: 'saved',
      id: outcome.id,
      revision: outcome.revision,
      schemaVersion: outcome.schemaVersion,
    });
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

  async function loadRaw(kv: KeyValueBackend, id: string): Promise<StoreLoadResult> {
    const raw = await kv.get(worksheetKey(id));
    if (raw === undefined) return { type: 'error', code: 'not_found', id };
    return loadKindAndValidate(raw);
  }

  /** Stored worksheets the (repaired) index cannot list, with what was stored under their key. */
  async function unlisted(kv: KeyValueBackend): Promise<DamagedWorksheet[]> {
    const index = await reconcileIndex(kv, await readIndex(kv));
    const found: DamagedWorksheet[] = [];
    for (const key of await kv.keys()) {
      const id = key.slice(STORAGE_KEYS.WORKSHEET_PREFIX.length);
      if (isWorksheetKey(key) && !index.has(id)) found.push({ id, raw: toJsonSafe(await kv.get(key)) });
    }
    return found;
  }

  return {
    async list() {
      const result = await serialized(async () =>
        [...(await storage.run(async (kv) => reconcileIndex(kv, await readIndex(kv)))).values()].sort(
          byNewestChange,
        ),
      );
      return Array.isArray(result) ? result : [];
    },

    async ids() {
      const result = await serialized(async () => [...(await storage.run(readIndex)).keys()]);
      return Array.isArray(result) ? result : [];
    },

    load(id) {
      return serialized(() => storage.run((kv) => loadRaw(kv, id)));
    },

    save(doc) {
      return serialized(() => put(doc, true));
    },

    restore(doc) {
      return serialized(() => put(doc, false));
    },

    duplicate(id, { title } = {}) {
      return serialized(async () => {
        const original = await storage.run((kv) => loadRaw(kv, id));
        if (original.type === 'error') return original;
        const at = now().toISOString();
        return put(
          {
            ...original.doc,
            id: newId(),
            title: title ?? original.doc.title,
            revision: 0,
            createdAt: at,
            updatedAt: at,
          },
          false,
        );
      });
    },

    rename(id, title) {
      return serialized(async () => {
        const current = await storage.run((kv) => loadRaw(kv, id));
        if (current.type === 'error') return current;
        return put({ ...current.doc, title }, false);
      });
    },

    remove(id) {
      return serialized(async () => {
        const removed = await storage.run(async (kv) => {
          const index = await readIndex(kv);
          const before = await loadRaw(kv, id);
          await kv.remove(worksheetKey(id));
          const summary = index.get(id);
          if (index.delete(id)) await writeIndex(kv, index);
          return { doc: before.type === 'success' ? before.doc : undefined, summary };
        });
        if (removed.summary !== undefined) {
          announce({
            type: 'removed',
            id,
            revision: removed.summary.revision,
            schemaVersion: removed.summary.schemaVersion,
          });
        }
        return { type: 'success', removed: removed.doc } as const;
      });
    },

    importDocs(docs, resolutions) {
      return serialized(async () => {
        // Re-checked here because this is the storage boundary: whatever a caller passes,
        // nothing invalid is written.
        const results = await Promise.all(docs.map((doc) => loadKindAndValidate(doc)));
        const valid = results.flatMap((result) => (result.type === 'success' ? [result.doc] : []));
        const outcome = await storage.run(async (kv) => {
          const index = await readIndex(kv);
          const resolved = resolveImport(planImport(index.keys(), valid), resolutions, newId);
          // One transaction where the backend allows: a thousand separate IndexedDB commits
          // would make a large import take seconds.
          const written = resolved.writes.map((doc) => ({
            ...doc,
            revision: Math.max(index.get(doc.id)?.revision ?? 0, doc.revision) + 1,
          }));
          await setAll(
            kv,
            written.map((doc) => [worksheetKey(doc.id), doc] as const),
          );
          for (const doc of written) index.set(doc.id, summarize(doc));
          if (written.length > 0) await writeIndex(kv, index);
          return { written, resolved };
        });
        for (const doc of outcome.written) {
          announce({ type: 'saved', id: doc.id, revision: doc.revision, schemaVersion: doc.schemaVersion });
        }
        return {
          type: 'success',
          written: outcome.written.map(summarize),
          replaced: outcome.resolved.replaced,
          skipped: outcome.resolved.skipped.length + (docs.length - valid.length),
          mode: storage.mode,
        } as const;
      });
    },

    damaged() {
      return serialized(() => storage.run(unlisted)).then((result) => (Array.isArray(result) ? result : []));
    },

    exportAll({ source, now: exportedAt, includePractice = true }) {
      return serialized(async () => {
        const { docs, failures, damaged } = await storage.run(async (kv) => {
          const found: WorksheetDoc[] = [];
          const failed: { id: string; error: LoadError | NotFoundError }[] = [];
          const broken = await unlisted(kv);
          const summaries = [...(await readIndex(kv)).values()].filter(
            (summary) => includePractice || summary.practice === undefined,
          );
          // Read in one transaction where the backend can, for the same reason as the import's writes.
          const raws = await getAll(
            kv,
            summaries.map((summary) => worksheetKey(summary.id)),
          );
          const checked = await loadKindsAndValidateAll(raws);
          const results = checked.map((result, i): StoreLoadResult =>
            raws[i] === undefined ? { type: 'error', code: 'not_found', id: summaries[i]?.id ?? '' } : result,
          );
          results.forEach((result, i) => {
            const id = summaries[i]?.id ?? '';
            if (result.type === 'success') found.push(result.doc);
            else if (result.code !== 'unexpected') {
              failed.push({ id, error: result });
              if (result.code !== 'not_found') broken.push({ id, raw: toJsonSafe(raws[i]) });
            }
          });
          return { docs: found, failures: failed, damaged: broken };
        });
        const file = createExportFile(docs, {
          source,
          damaged,
          ...(exportedAt === undefined ? {} : { now: exportedAt }),
        });
        return { type: 'success', file, failures, damaged } as const;
      });
    },

    clearPractice() {
      return serialized(async () => {
        const removed = await storage.run(async (kv) => {
          const index = await readIndex(kv);
          const practice = [...index.values()].filter((summary) => summary.practice !== undefined);
          for (const summary of practice) {
            await kv.remove(worksheetKey(summary.id));
            index.delete(summary.id);
          }
          if (practice.length > 0) await writeIndex(kv, index);
          return practice;
        });
        for (const summary of removed) {
          announce({
            type: 'removed',
            id: summary.id,
            revision: summary.revision,
            schemaVersion: summary.schemaVersion,
          });
        }
        return { type: 'success', removed: removed.map((summary) => summary.id) } as const;
      });
    },

    keepUnsaved: (doc) => journal.keep(doc),
    forgetUnsaved: (id) => journal.forget(id),

    getStatus: () => status,

    onStatus(listener) {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },

    onExternalChange(listener) {
      return tabs.subscribe(listener);
    },

    dispose() {
      disposed = true;
      clearTimeout(retryTimer);
      statusListeners.clear();
      tabs.close();
    },
  };
}

function byNewestChange(a: WorksheetSummary, b: WorksheetSummary): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

function conflict(
  reason: SaveConflict['reason'],
  doc: WorksheetDocLike,
  stored: WorksheetSummary,
): SaveConflict {
  return {
    type: 'conflict',
    reason,
    id: doc.id,
    storedRevision: stored.revision,
    yourRevision: doc.revision,
  };
}
