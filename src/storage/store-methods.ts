import { loadKindAndValidate, summarize, type WorksheetDocLike } from '../lib/worksheets/document';
import { createExportFile } from '../lib/worksheets/export-file';
import type { ResilientBackend } from './resilient-backend';
import {
  listSummaries,
  loadRaw,
  readForExport,
  removeOne,
  removePractice,
  unlisted,
  writeImport,
} from './store-operations';
import type { SaveResult, UnexpectedError, WorksheetStore } from './store-types';
import { readIndex } from './summary-index';
import type { UnsavedJournal } from './unsaved-journal';
import type { TabMessage } from './tab-sync';

/** The worksheet store's methods, over what they share (built in worksheet-store.ts). */

/** What the store's methods share: the backend, the one-at-a-time queue, and how to tell others. */
export interface StoreCore {
  storage: ResilientBackend;
  journal: UnsavedJournal;
  now: () => Date;
  newId: () => string;
  serialized: <T>(task: () => Promise<T>) => Promise<T | UnexpectedError>;
  /** Tells other tabs; only while the data is in IndexedDB (in memory they could not reload it). */
  announce: (message: TabMessage) => void;
  /** Validates and stores `doc` (see `putValidated`); keeps a copy while in memory; tells other tabs. */
  put: (doc: WorksheetDocLike, checkConflict: boolean) => Promise<SaveResult>;
}

type ReadMethods = Pick<WorksheetStore, 'list' | 'ids' | 'load' | 'damaged' | 'exportAll'>;

export function readMethods({ storage, serialized }: StoreCore): ReadMethods {
  return {
    async list() {
      const result = await serialized(() => storage.run(listSummaries));
      return Array.isArray(result) ? result : [];
    },
    async ids() {
      const result = await serialized(async () => [...(await storage.run(readIndex)).keys()]);
      return Array.isArray(result) ? result : [];
    },
    load: (id) => serialized(() => storage.run((kv) => loadRaw(kv, id))),
    damaged: () =>
      serialized(() => storage.run(unlisted)).then((result) => (Array.isArray(result) ? result : [])),
    exportAll({ source, now: exportedAt, includePractice = true }) {
      return serialized(async () => {
        const { docs, failures, damaged } = await storage.run((kv) => readForExport(kv, includePractice));
        const file = createExportFile(docs, {
          source,
          damaged,
          ...(exportedAt === undefined ? {} : { now: exportedAt }),
        });
        return { type: 'success', file, failures, damaged } as const;
      });
    },
  };
}

type WriteMethods = Pick<
  WorksheetStore,
  'save' | 'restore' | 'duplicate' | 'rename' | 'remove' | 'importDocs' | 'clearPractice'
>;

export function writeMethods({ storage, serialized, put, announce, now, newId }: StoreCore): WriteMethods {
  const announceRemoved = (summary: { id: string; revision: number; schemaVersion: number }) =>
    announce({
      type: 'removed',
      id: summary.id,
      revision: summary.revision,
      schemaVersion: summary.schemaVersion,
    });
  return {
    save: (doc) => serialized(() => put(doc, true)),
    restore: (doc) => serialized(() => put(doc, false)),
    duplicate(id, { title } = {}) {
      return serialized(async () => {
        const original = await storage.run((kv) => loadRaw(kv, id));
        if (original.type === 'error') return original;
        const at = now().toISOString();
        const copy = { ...original.doc, id: newId(), title: title ?? original.doc.title };
        return put({ ...copy, revision: 0, createdAt: at, updatedAt: at }, false);
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
        const removed = await storage.run((kv) => removeOne(kv, id));
        if (removed.summary !== undefined) announceRemoved(removed.summary);
        return { type: 'success', removed: removed.doc } as const;
      });
    },
    importDocs(docs, resolutions) {
      return serialized(async () => {
        // Re-checked here because this is the storage boundary: whatever a caller passes,
        // nothing invalid is written.
        const results = await Promise.all(docs.map((doc) => loadKindAndValidate(doc)));
        const valid = results.flatMap((result) => (result.type === 'success' ? [result.doc] : []));
        const outcome = await storage.run((kv) => writeImport(kv, valid, resolutions, newId));
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
    clearPractice() {
      return serialized(async () => {
        const removed = await storage.run(removePractice);
        for (const summary of removed) announceRemoved(summary);
        return { type: 'success', removed: removed.map((summary) => summary.id) } as const;
      });
    },
  };
}
