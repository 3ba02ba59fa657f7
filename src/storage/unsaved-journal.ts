import type { WorksheetDocLike } from '../lib/worksheets/document';
import { STORAGE_KEYS } from './keys';

/**
 * A last-moment copy of edits that may not have reached IndexedDB. When the user leaves a
 * page (a link, a reload, closing the tab), the browser tears the page down right after
 * `pagehide`, and IndexedDB writes started then are aborted: typing in the last 300 ms
 * before leaving would be lost. Web Storage writes synchronously, so `pagehide` copies the
 * unsaved worksheet here; the next store on this device saves it through the normal path
 * (validation, conflict check) and removes the copy.
 */

/** The synchronous Web Storage calls the journal uses (localStorage, or a test double). */
export interface SyncStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface UnsavedEntry {
  id: string;
  /** Whatever was stored; the store validates it like any other input. */
  doc: unknown;
}

export interface UnsavedJournal {
  /** Keeps a copy of `doc`, replacing an older copy of the same worksheet. Never throws. */
  keep(doc: WorksheetDocLike): void;
  /** Removes the copy of worksheet `id`. Never throws. */
  forget(id: string): void;
  /**
   * Removes the copy of `doc.id` only if it is exactly `doc`: a copy taken since (newer
   * typing kept on `pagehide`) stays. Never throws.
   */
  forgetIfUnchanged(doc: WorksheetDocLike): void;
  /** Every copy kept, oldest key order; unreadable copies are removed and skipped. */
  entries(): UnsavedEntry[];
}

const prefix = STORAGE_KEYS.UNSAVED_PREFIX;

/** localStorage where the browser allows it; none in Node, or where access throws (some private modes). */
export function browserSyncStorage(): SyncStorage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function createUnsavedJournal(storage: SyncStorage | undefined): UnsavedJournal {
  const attempt = (action: () => void) => {
    try {
      action();
    } catch {
      // Full or blocked Web Storage: the normal save is still under way; nothing more to do.
    }
  };
  return {
    keep(doc) {
      if (storage) attempt(() => storage.setItem(`${prefix}${doc.id}`, JSON.stringify(doc)));
    },
    forget(id) {
      if (storage) attempt(() => storage.removeItem(`${prefix}${id}`));
    },
    forgetIfUnchanged(doc) {
      if (!storage) return;
      attempt(() => {
        const key = `${prefix}${doc.id}`;
        if (storage.getItem(key) === JSON.stringify(doc)) storage.removeItem(key);
      });
    },
    entries() {
      if (!storage) return [];
      const found: UnsavedEntry[] = [];
      attempt(() => {
        const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
          (key): key is string => key !== null && key.startsWith(prefix),
        );
        for (const key of keys) {
          const text = storage.getItem(key);
          try {
            found.push({ id: key.slice(prefix.length), doc: JSON.parse(text ?? '') as unknown });
          } catch {
            storage.removeItem(key);
          }
        }
      });
      return found;
    },
  };
}
