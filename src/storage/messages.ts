import type { StorageFailureReason } from './resilient-backend';
import type { SaveConflict, StorageStatus } from './worksheet-store';

/**
 * What the UI tells the user about storage, as keys of the UI dictionaries
 * (`src/lib/i18n/ui/`, prefix `storage.`): a page passes its own language's strings to its
 * island, so the browser never downloads both languages of these texts. The decisions
 * (which message, whether to ask before leaving) are pure functions here.
 */

/** The dictionary key of the banner for a storage status. */
export type StorageStatusKey =
  `storage.memory.${StorageFailureReason | 'no_backend'}` | 'storage.notPersisted';

export type StorageMessageKey =
  | StorageStatusKey
  | `storage.conflict.${SaveConflict['reason']}`
  | 'storage.changedElsewhere'
  | 'storage.removedElsewhere'
  | 'storage.unexpected';

/** An island's translator (`islandTranslator`), narrowed to the keys used here. */
export type StorageTranslate = (key: StorageMessageKey) => string;

/** Which banner the current status calls for, or `undefined` when all is well. */
export function storageStatusKey(status: StorageStatus): StorageStatusKey | undefined {
  if (status.mode === 'memory') return `storage.memory.${status.reason ?? 'no_backend'}`;
  if (status.persisted === false) return 'storage.notPersisted';
  return undefined;
}

/**
 * Whether leaving the page should ask first (`beforeunload`): only while storage is failing
 * and this page holds edits that reached memory but not the disk.
 */
export function shouldWarnBeforeLeaving(
  status: StorageStatus | undefined,
  editsOnlyInMemory: boolean,
): boolean {
  return status?.mode === 'memory' && editsOnlyInMemory;
}

export function describeConflict(conflict: Pick<SaveConflict, 'reason'>, t: StorageTranslate): string {
  return t(`storage.conflict.${conflict.reason}`);
}

/** The prompt for a worksheet open here that another tab saved or removed. */
export function describeExternalChange(change: { type: 'saved' | 'removed' }, t: StorageTranslate): string {
  return t(change.type === 'saved' ? 'storage.changedElsewhere' : 'storage.removedElsewhere');
}

export function describeUnexpectedError(t: StorageTranslate): string {
  return t('storage.unexpected');
}
