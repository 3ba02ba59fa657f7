import type { Locale } from '../lib/i18n/locales';
import type { PracticeWorksheet } from '../lib/workshop/practice-data';
import { createWorksheet } from '../lib/worksheets/document';
import { loadWorksheetDefaults } from '../lib/worksheets/registry';
import type { SaveResult, WorksheetStore } from './worksheet-store';

/** Who and what a scenario's practice worksheets are saved as. */
export interface PracticeSaveContext {
  locale: Locale;
  scenarioId: string;
  /** The role-play's employee, on each worksheet's envelope. */
  person: string;
}

/**
 * Saves one practice worksheet under its fixed id, so loading a scenario twice replaces its
 * worksheets rather than duplicating them. Loading practice data means "put the scenario's
 * version there": another tab's newer save, or an unreadable copy in the way, is overwritten.
 */
export async function savePracticeWorksheet(
  store: WorksheetStore,
  item: PracticeWorksheet & { title: string },
  { locale, scenarioId, person }: PracticeSaveContext,
): Promise<SaveResult> {
  try {
    await loadWorksheetDefaults([item.kind], locale);
  } catch (error) {
    // Counted as a failure like any other: the message says how many did not load.
    return { type: 'error', code: 'unexpected', detail: String(error) };
  }
  const fresh = createWorksheet(item.kind, {
    id: item.id,
    locale,
    data: item.data,
    person,
    practice: scenarioId,
    title: item.title,
  });
  // Replace the copy loaded before: save on top of its revision.
  const existing = await store.load(item.id);
  const doc = existing.type === 'success' ? { ...fresh, revision: existing.doc.revision } : fresh;
  const result = await store.save(doc);
  return result.type === 'conflict' || (result.type === 'error' && existing.type === 'error')
    ? store.restore(doc)
    : result;
}

/** Saves every practice worksheet of a scenario, one after the other: the ids saved, and how many failed. */
export async function savePracticeWorksheets(
  store: WorksheetStore,
  items: readonly (PracticeWorksheet & { title: string })[],
  context: PracticeSaveContext,
): Promise<{ saved: string[]; failed: number }> {
  const saved: string[] = [];
  let failed = 0;
  for (const item of items) {
    const result = await savePracticeWorksheet(store, item, context);
    if (result.type === 'success') saved.push(item.id);
    else failed += 1;
  }
  return { saved, failed };
}
