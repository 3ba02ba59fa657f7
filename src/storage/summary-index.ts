import * as z from '../lib/schema';
import { worksheetMetaSchema, type WorksheetSummary } from '../lib/worksheets/document';
import type { KeyValueBackend } from './backend';
import { isWorksheetKey, STORAGE_KEYS, worksheetKey } from './keys';

/**
 * The summary index: every worksheet's metadata under one key, so "My worksheets" reads
 * one record instead of a thousand. It is derived data: if it is missing or unreadable it
 * is rebuilt from the worksheets themselves.
 */

const INDEX_VERSION = 1;

const indexSchema = z.object({
  version: z.literal(INDEX_VERSION),
  entries: z.array(worksheetMetaSchema),
});

export type SummaryIndex = Map<string, WorksheetSummary>;

/**
 * The stored index; if it is missing or unreadable, rebuilt from every stored worksheet's
 * metadata. Only the envelope is checked, not the data, so a worksheet saved by a newer
 * version of the site is still listed (opening it then explains that the page needs
 * reloading).
 */
export async function readIndex(storage: KeyValueBackend): Promise<SummaryIndex> {
  const stored = indexSchema.safeParse(await storage.get(STORAGE_KEYS.WORKSHEET_INDEX));
  if (stored.success) return new Map(stored.data.entries.map((entry) => [entry.id, entry]));
  return reconcileIndex(storage, new Map());
}

export async function writeIndex(storage: KeyValueBackend, index: SummaryIndex): Promise<void> {
  await storage.set(STORAGE_KEYS.WORKSHEET_INDEX, { version: INDEX_VERSION, entries: [...index.values()] });
}

/**
 * Makes the index agree with the worksheets stored: adds any worksheet it lacks (a tab
 * closed between writing a worksheet and writing the index, or two tabs of a version of
 * the site without the cross-tab lock saved at once) and drops entries whose worksheet is
 * gone. One `keys()` call when all is well; writes only when something changed.
 */
export async function reconcileIndex(storage: KeyValueBackend, index: SummaryIndex): Promise<SummaryIndex> {
  const storedIds = new Set(
    (await storage.keys())
      .filter(isWorksheetKey)
      .map((key) => key.slice(STORAGE_KEYS.WORKSHEET_PREFIX.length)),
  );
  let changed = false;
  for (const id of [...index.keys()]) {
    if (!storedIds.has(id)) changed = index.delete(id) || changed;
  }
  for (const id of storedIds) {
    if (index.has(id)) continue;
    const meta = worksheetMetaSchema.safeParse(await storage.get(worksheetKey(id)));
    // A worksheet whose envelope is unreadable stays unlisted.
    if (meta.success && meta.data.id === id) {
      index.set(id, meta.data);
      changed = true;
    }
  }
  if (changed) await writeIndex(storage, index);
  return index;
}
