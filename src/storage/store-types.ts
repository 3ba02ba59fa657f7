import type {
  LoadError,
  LoadResult,
  WorksheetDoc,
  WorksheetDocLike,
  WorksheetSummary,
} from '../lib/worksheets/document';
import type { DamagedWorksheet } from '../lib/worksheets/damaged';
import type { WorksheetExportFile } from '../lib/worksheets/export-file';
import type { ImportResolutions } from '../lib/worksheets/import-plan';
import type { KeyValueBackend } from './backend';
import type { CrossTabLock } from './cross-tab-lock';
import type { PersistRequester } from './persist';
import type { StorageFailureReason, StorageMode } from './resilient-backend';
import type { UnsavedJournal } from './unsaved-journal';
import type { ChannelFactory, TabMessage } from './tab-sync';

/** What the worksheet store promises its callers: its results, options and methods. */

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
