import {
  readPeopleSettings,
  renamedDocs,
  settingsAfterRename,
  type StoredPeopleSettings,
} from '../lib/tracking/people';
import type { WorksheetDocLike } from '../lib/worksheets/document';
import { STORAGE_KEYS } from './keys';
import type { ImportResult, WorksheetStore } from './worksheet-store';

/**
 * The dashboards' storage: reading every worksheet with its data, the people settings
 * ("me", who is archived), and renaming or merging a person across all their worksheets.
 */

/** Every stored worksheet with its data, validated and migrated (unreadable ones are skipped). */
export async function loadAllWorksheets(store: WorksheetStore): Promise<WorksheetDocLike[]> {
  const result = await store.exportAll({ source: '', includePractice: true });
  return result.type === 'success' ? [...result.file.worksheets] : [];
}

function webStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** The people settings of this device; none stored (or unreadable) is the default. */
export function loadPeopleSettings(): StoredPeopleSettings {
  try {
    const raw = webStorage()?.getItem(STORAGE_KEYS.PEOPLE_SETTINGS);
    return readPeopleSettings(raw == null ? undefined : JSON.parse(raw));
  } catch {
    return { archived: [] };
  }
}

/** Saves the people settings; `false` when the browser refuses (private mode, full). */
export function savePeopleSettings(settings: StoredPeopleSettings): boolean {
  try {
    const storage = webStorage();
    if (storage === undefined) return false;
    storage.setItem(STORAGE_KEYS.PEOPLE_SETTINGS, JSON.stringify(settings));
    return true;
  } catch {
    return false;
  }
}

/**
 * Renames `from` to `to` on every worksheet about them, in one write (merging, when `to` is
 * another person's name). The settings follow (an archived person stays archived, "me"
 * follows). Nothing changes when the write fails.
 */
export async function renamePerson(
  store: WorksheetStore,
  from: string,
  to: string,
): Promise<{ type: 'success'; count: number } | { type: 'error' }> {
  const docs = await loadAllWorksheets(store);
  const changed = renamedDocs(docs, from, to);
  if (changed.length > 0) {
    const result: ImportResult = await store.importDocs(changed, 'replace');
    if (result.type !== 'success') return { type: 'error' };
  }
  savePeopleSettings(settingsAfterRename(loadPeopleSettings(), from, to));
  return { type: 'success', count: changed.length };
}
