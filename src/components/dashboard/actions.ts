import { loadSections } from '../../lib/i18n/sections';
import type { Locale } from '../../lib/i18n/locales';
import { teamCalendar, teamCalendarEvents } from '../../lib/tracking/calendar';
import { groupByPerson, latestPlan } from '../../lib/tracking/model';
import { carriedActions, prepFromItems, type PickedItem } from '../../lib/tracking/next-conversation';
import { progressForExport } from '../../lib/tracking/people';
import { sampleTeam } from '../../lib/tracking/sample-data';
import { createWorksheet, type WorksheetDocLike } from '../../lib/worksheets/document';
import { createExportFile, serializeExportFile } from '../../lib/worksheets/export-file';
import { personKey } from '../../lib/worksheets/person';
import { loadWorksheetDefaults } from '../../lib/worksheets/registry';
import type { PeopleSettings } from '../../lib/tracking';
import { getWorksheetStore, loadAllWorksheets, renamePerson } from '../../storage';
import { downloadText } from '../shared/download';
import { worksheetHref } from '../../lib/worksheets/href';
import type { WorksheetKind } from '../../lib/worksheets/kinds';

/**
 * What the dashboards' buttons do, loaded on demand so the dashboards' first load stays
 * small. Each new worksheet is saved first and then opened by its id: nothing typed travels
 * in an address.
 */

function openHref(kind: WorksheetKind, id: string, locale: Locale): string {
  return worksheetHref(kind, locale, { id });
}

/** A PREP planner with the picked items as Point and their facts as Reason; returns where to go. */
export async function startPrepPlanner(
  items: readonly PickedItem[],
  person: string | undefined,
  locale: Locale,
): Promise<string | undefined> {
  await loadWorksheetDefaults(['prep-planner'], locale);
  const base = createWorksheet('prep-planner', { locale, ...(person ? { person } : {}) });
  const doc = { ...base, data: { ...base.data, ...prepFromItems(items, locale) } };
  const saved = await getWorksheetStore().save(doc);
  return saved.type === 'success' ? openHref('prep-planner', doc.id, locale) : undefined;
}

/** A new 5R plan for `person`, carrying the unfinished actions of their last plan. */
export async function startActionPlan(person: string, locale: Locale): Promise<string | undefined> {
  const store = getWorksheetStore();
  const docs = await loadAllWorksheets(store);
  const last = latestPlan(groupByPerson(docs).get(personKey(person))?.plans ?? []);
  await loadWorksheetDefaults(['action-plan'], locale);
  const base = createWorksheet('action-plan', { locale, person });
  const actions = last === undefined ? [] : carriedActions(last.data.actions);
  const doc = { ...base, data: { ...base.data, ...(actions.length > 0 ? { actions } : {}) } };
  const saved = await store.save(doc);
  return saved.type === 'success' ? openHref('action-plan', doc.id, locale) : undefined;
}

/** Renames (or merges) a person on every worksheet about them; see `renamePerson`. */
export function renamePersonEverywhere(from: string, to: string) {
  return renamePerson(getWorksheetStore(), from, to);
}

/** Saves the sample team (practice); returns how many worksheets, or `undefined` on failure. */
export async function loadSample(today: string, locale: Locale): Promise<number | undefined> {
  const docs = sampleTeam(today, locale);
  const result = await getWorksheetStore().importDocs(docs, 'replace');
  return result.type === 'success' ? result.written.length : undefined;
}

/** Removes the sample team (and any other practice worksheets); returns how many. */
export async function clearSample(): Promise<number> {
  const result = await getWorksheetStore().clearPractice();
  return result.type === 'success' ? result.removed.length : 0;
}

/** Downloads "my progress" for the manager; returns how many worksheets it holds. */
export function exportProgress(
  docs: readonly WorksheetDocLike[],
  settings: PeopleSettings,
  today: string,
): number {
  const mine = progressForExport(docs, settings);
  if (mine.length === 0) return 0;
  const file = createExportFile(mine, { source: window.location.origin });
  const name = (settings.me ?? '').trim().replace(/[^\p{L}\p{N}_-]+/gu, '-') || 'progress';
  downloadText(`progress-${name}-${today}.json`, serializeExportFile(file), 'application/json');
  return mine.length;
}

/** Downloads the team calendar; returns the counts, or `undefined` when there is nothing to put in it. */
export async function downloadTeamCalendar(
  docs: readonly WorksheetDocLike[],
  today: string,
  settings: PeopleSettings,
  locale: Locale,
): Promise<{ reviews: number; reminders: number } | undefined> {
  await loadSections(locale, ['action-plan-calendar', 'tracking-calendar']);
  const { events, reviews, reminders } = teamCalendarEvents(docs, today, settings, locale);
  if (events.length === 0) return undefined;
  downloadText(`team-calendar-${today}.ics`, teamCalendar(events, new Date()), 'text/calendar');
  return { reviews, reminders };
}
