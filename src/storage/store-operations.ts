import {
  loadKindAndValidate,
  loadKindsAndValidateAll,
  summarize,
  worksheetMetaSchema,
  type LoadError,
  type WorksheetDoc,
  type WorksheetDocLike,
  type WorksheetSummary,
} from '../lib/worksheets/document';
import { toJsonSafe, type DamagedWorksheet } from '../lib/worksheets/damaged';
import { planImport, resolveImport, type ImportResolutions } from '../lib/worksheets/import-plan';
import { getAll, setAll, type KeyValueBackend } from './backend';
import { isWorksheetKey, STORAGE_KEYS, worksheetKey } from './keys';
import { readIndex, reconcileIndex, writeIndex, type SummaryIndex } from './summary-index';
import type { NotFoundError, SaveConflict, StoreLoadResult } from './store-types';

/**
 * The worksheet store's reads and writes on one key-value backend (IndexedDB, or memory after
 * a failure): each runs inside the store's `storage.run`, one at a time. The store
 * (worksheet-store.ts) adds the queue, the cross-tab lock, announcements and status.
 */

export function byNewestChange(a: WorksheetSummary, b: WorksheetSummary): number {
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

/** Summaries of every stored worksheet, newest change first (the index repaired if needed). */
export async function listSummaries(kv: KeyValueBackend): Promise<WorksheetSummary[]> {
  return [...(await reconcileIndex(kv, await readIndex(kv))).values()].sort(byNewestChange);
}

export async function loadRaw(kv: KeyValueBackend, id: string): Promise<StoreLoadResult> {
  const raw = await kv.get(worksheetKey(id));
  if (raw === undefined) return { type: 'error', code: 'not_found', id };
  return loadKindAndValidate(raw);
}

/**
 * Stores a validated worksheet as the next revision after whatever is stored. With
 * `checkConflict`, a stored revision newer than the one `doc` was based on (or a newer
 * schema) wins and nothing is written; undo and rename skip the check on purpose.
 */
export async function putValidated(
  kv: KeyValueBackend,
  doc: WorksheetDocLike,
  valid: WorksheetDoc,
  checkConflict: boolean,
  updatedAt: string,
): Promise<SaveConflict | WorksheetDoc> {
  const index = await readIndex(kv);
  const stored = index.get(doc.id);
  if (checkConflict && stored !== undefined) {
    if (stored.schemaVersion > valid.schemaVersion) return conflict('newer_schema', doc, stored);
    if (stored.revision > doc.revision) return conflict('newer_revision', doc, stored);
  }
  const next: WorksheetDoc = {
    ...valid,
    revision: Math.max(stored?.revision ?? 0, valid.revision) + 1,
    updatedAt,
  };
  await writeDoc(kv, index, next);
  await writeIndex(kv, index);
  return next;
}

async function writeDoc(kv: KeyValueBackend, index: SummaryIndex, doc: WorksheetDoc): Promise<void> {
  await kv.set(worksheetKey(doc.id), doc);
  index.set(doc.id, summarize(doc));
}

/** Removes one worksheet; what it was (for undo) and its summary (for other tabs). */
export async function removeOne(
  kv: KeyValueBackend,
  id: string,
): Promise<{ doc: WorksheetDoc | undefined; summary: WorksheetSummary | undefined }> {
  const index = await readIndex(kv);
  const before = await loadRaw(kv, id);
  await kv.remove(worksheetKey(id));
  const summary = index.get(id);
  if (index.delete(id)) await writeIndex(kv, index);
  return { doc: before.type === 'success' ? before.doc : undefined, summary };
}

/** Writes imported worksheets in one transaction where the backend allows, ids resolved as the user chose. */
export async function writeImport(
  kv: KeyValueBackend,
  valid: readonly WorksheetDoc[],
  resolutions: ImportResolutions,
  newId: () => string,
) {
  const index = await readIndex(kv);
  const resolved = resolveImport(planImport(index.keys(), valid), resolutions, newId);
  // One transaction where the backend allows: a thousand separate IndexedDB commits would
  // make a large import take seconds.
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
}

/** Stored worksheets the (repaired) index cannot list, with what was stored under their key. */
export async function unlisted(kv: KeyValueBackend): Promise<DamagedWorksheet[]> {
  const index = await reconcileIndex(kv, await readIndex(kv));
  const found: DamagedWorksheet[] = [];
  for (const key of await kv.keys()) {
    const id = key.slice(STORAGE_KEYS.WORKSHEET_PREFIX.length);
    if (isWorksheetKey(key) && !index.has(id)) found.push({ id, raw: toJsonSafe(await kv.get(key)) });
  }
  return found;
}

/** Every readable worksheet for an export; the unreadable ones listed, and carried raw as damaged. */
export async function readForExport(kv: KeyValueBackend, includePractice: boolean) {
  const docs: WorksheetDoc[] = [];
  const failures: { id: string; error: LoadError | NotFoundError }[] = [];
  const damaged = await unlisted(kv);
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
    if (result.type === 'success') docs.push(result.doc);
    else if (result.code !== 'unexpected') {
      failures.push({ id, error: result });
      if (result.code !== 'not_found') damaged.push({ id, raw: toJsonSafe(raws[i]) });
    }
  });
  return { docs, failures, damaged };
}

/** Removes every worksheet loaded from a workshop scenario; their summaries, for other tabs. */
export async function removePractice(kv: KeyValueBackend): Promise<WorksheetSummary[]> {
  const index = await readIndex(kv);
  const practice = [...index.values()].filter((summary) => summary.practice !== undefined);
  for (const summary of practice) {
    await kv.remove(worksheetKey(summary.id));
    index.delete(summary.id);
  }
  if (practice.length > 0) await writeIndex(kv, index);
  return practice;
}

/**
 * Writes what changed in memory while IndexedDB was failing back to it: each worksheet saved
 * or removed meanwhile, unless another tab stored a newer revision of it (that one stays, as
 * for any save based on an older revision), then the index. Returns what was written.
 */
export async function writeBackChanges(
  persistent: KeyValueBackend,
  memory: KeyValueBackend,
  changed: ReadonlySet<string>,
): Promise<WorksheetDocLike[]> {
  const index = await readIndex(persistent);
  const written: WorksheetDocLike[] = [];
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
    written.push(mine as WorksheetDocLike);
  }
  await writeIndex(persistent, index);
  await writeIndex(memory, index);
  return written;
}
