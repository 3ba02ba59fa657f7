/**
 * Browser storage for worksheets: the only code that touches localforage, IndexedDB,
 * BroadcastChannel or navigator.storage. Importing it does nothing; storage is first
 * touched by the first store call.
 */
import { existingWorksheetStore, rememberWorksheetStore } from './page-store';
import { createWorksheetStore, type WorksheetStore } from './worksheet-store';

export * from './worksheet-store';
export { createAutosaver, flushOnPageHide, type Autosaver, type AutosaverOptions } from './autosave';
export type { KeyValueBackend } from './backend';
export { STORAGE_KEYS, worksheetKey } from './keys';
export { loadAllWorksheets, loadPeopleSettings, renamePerson, savePeopleSettings } from './people';
export { createLocalforageBackend } from './localforage-backend';
export { createMemoryBackend, type MemoryBackend } from './memory-backend';
export { classifyStorageError, type StorageFailureReason, type StorageMode } from './resilient-backend';
export { isTabMessage, type ChannelFactory, type ChannelLike, type TabMessage } from './tab-sync';
export {
  describeConflict,
  describeExternalChange,
  storageStatusKey,
  describeUnexpectedError,
  shouldWarnBeforeLeaving,
  type StorageMessageKey,
  type StorageStatusKey,
  type StorageTranslate,
} from './messages';

/**
 * The page's one store (IndexedDB, BroadcastChannel, persistence request), created on first
 * call. Every island shares it, so their operations queue behind one another. Call it from
 * an effect or an event handler, never during render: it is for the browser only.
 */
export function getWorksheetStore(): WorksheetStore {
  return existingWorksheetStore() ?? rememberWorksheetStore(createWorksheetStore());
}
