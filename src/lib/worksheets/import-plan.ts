import { newWorksheetId, type WorksheetDoc } from './document';

/** What to do with an imported worksheet whose id is already taken. */
export type ImportResolution = 'keep-both' | 'replace' | 'skip';

export interface ImportConflict {
  incoming: WorksheetDoc;
  /**
   * `'stored'`: a worksheet with this id is already on the device (the user may be
   * re-importing their own export). `'earlier_in_file'`: the file lists the id twice.
   */
  with: 'stored' | 'earlier_in_file';
}

export interface ImportPlan {
  /** Worksheets whose ids are free: imported as they are. */
  fresh: WorksheetDoc[];
  /** Worksheets whose ids are taken: the UI asks "keep both or replace" for these. */
  conflicts: ImportConflict[];
}

/** Sorts imported worksheets into free ids and conflicts. Pure: storage is consulted only through `existingIds`. */
export function planImport(existingIds: Iterable<string>, docs: readonly WorksheetDoc[]): ImportPlan {
  const stored = new Set(existingIds);
  const seen = new Set<string>();
  const plan: ImportPlan = { fresh: [], conflicts: [] };
  for (const doc of docs) {
    if (stored.has(doc.id)) plan.conflicts.push({ incoming: doc, with: 'stored' });
    else if (seen.has(doc.id)) plan.conflicts.push({ incoming: doc, with: 'earlier_in_file' });
    else plan.fresh.push(doc);
    seen.add(doc.id);
  }
  return plan;
}

/**
 * One resolution for every conflict, or one per incoming id (unlisted ids are kept both). A
 * `Map`, not an object: an id may be any name, `constructor` and `__proto__` included, and
 * on a plain object those names find built-in properties instead of the user's choice.
 */
export type ImportResolutions = ImportResolution | ReadonlyMap<string, ImportResolution>;

export interface ResolvedImport {
  /** What to write: new ids for "keep both", the incoming id for "replace". */
  writes: WorksheetDoc[];
  /** Ids of stored worksheets that the writes replace. */
  replaced: string[];
  skipped: WorksheetDoc[];
}

/**
 * Applies the user's choices to a plan. "Keep both" gives the incoming worksheet a new id;
 * "replace" on an id listed twice in the file lets the later entry win.
 */
export function resolveImport(
  plan: ImportPlan,
  resolutions: ImportResolutions,
  newId: () => string = newWorksheetId,
): ResolvedImport {
  const resolved: ResolvedImport = { writes: [...plan.fresh], replaced: [], skipped: [] };
  for (const conflict of plan.conflicts) {
    const choice =
      typeof resolutions === 'string' ? resolutions : (resolutions.get(conflict.incoming.id) ?? 'keep-both');
    if (choice === 'skip') resolved.skipped.push(conflict.incoming);
    else if (choice === 'keep-both') resolved.writes.push({ ...conflict.incoming, id: newId() });
    else {
      resolved.writes.push(conflict.incoming);
      if (conflict.with === 'stored' && !resolved.replaced.includes(conflict.incoming.id)) {
        resolved.replaced.push(conflict.incoming.id);
      }
    }
  }
  return resolved;
}
