/**
 * Every name this site uses in browser storage, in one place (excalidraw's habit), so a
 * rename is one edit and a reviewer sees at a glance what the site keeps on the device.
 */
export const STORAGE_KEYS = {
  /** The localforage instance, i.e. the IndexedDB database name. */
  DATABASE: 'coaching-toolkit',
  /** The object store inside it. */
  STORE: 'worksheets',
  /** The BroadcastChannel that tells other tabs about saves and removals. */
  BROADCAST_CHANNEL: 'coaching-toolkit',
  /** The summary index: one small record per worksheet, so listing never reads the documents. */
  WORKSHEET_INDEX: 'worksheet-index',
  /** The Web Lock every tab takes around a storage operation; see cross-tab-lock.ts. */
  INDEX_LOCK: 'coaching-toolkit-index',
  /**
   * Prefix of the localStorage copies of edits made just before leaving a page, until the
   * next page saves them to IndexedDB; see unsaved-journal.ts.
   */
  UNSAVED_PREFIX: 'coaching-toolkit:unsaved:',
  /** localStorage: the dashboards' people settings ("me", who is archived); see people.ts. */
  PEOPLE_SETTINGS: 'coaching-toolkit:people',
  /** Prefix of each worksheet's own key; see `worksheetKey`. */
  WORKSHEET_PREFIX: 'worksheet:',
} as const;

export function worksheetKey(id: string): string {
  return `${STORAGE_KEYS.WORKSHEET_PREFIX}${id}`;
}

export function isWorksheetKey(key: string): boolean {
  return key.startsWith(STORAGE_KEYS.WORKSHEET_PREFIX);
}
