import { interpolate } from '../i18n/interpolate';
import { defaultLocale, type Locale } from '../i18n/locales';
import { localDateOf, todayIso } from '../dates';
import { worksheetKindInfo, type WorksheetKind } from './kinds';
import { getWorksheetModule, type WorksheetData } from './registry';
import { MAX_TITLE, newWorksheetId, type WorksheetDoc, type WorksheetMeta } from './envelope';

/**
 * A worksheet document: the envelope (`envelope.ts`), creating one, its title, and loading
 * one (`load-document.ts`). Storage, import and export all go through here.
 */
export * from './envelope';
export * from './load-document';

export interface CreateWorksheetOptions<K extends WorksheetKind> {
  locale?: Locale;
  title?: string;
  person?: string;
  practice?: string;
  /** Prefilled data (a role-play scenario, a flow helper's output); defaults to the empty worksheet. */
  data?: WorksheetData<K>;
  id?: string;
  now?: Date;
}

/** A new, unsaved worksheet at revision 0. */
export function createWorksheet<K extends WorksheetKind>(
  kind: K,
  options: CreateWorksheetOptions<K> = {},
): WorksheetDoc<K> {
  const clock = options.now ?? new Date();
  const now = clock.toISOString();
  const module = getWorksheetModule(kind);
  const doc = {
    id: options.id ?? newWorksheetId(),
    kind,
    schemaVersion: module.migrations.currentVersion,
    revision: 0,
    title: options.title ?? '',
    ...(options.person === undefined ? {} : { person: options.person }),
    ...(options.practice === undefined ? {} : { practice: options.practice }),
    createdAt: now,
    updatedAt: now,
    data: options.data ?? module.createDefault(options.locale, todayIso(clock)),
  };
  return doc as WorksheetDoc<K>;
}

/** The title to show: the user's, or the kind name and creation date when they gave none. */
export function displayTitle(
  summary: Pick<WorksheetMeta, 'title' | 'kind' | 'createdAt'>,
  locale: Locale = defaultLocale,
): string {
  const title = summary.title.trim();
  return title !== ''
    ? title
    : `${worksheetKindInfo[summary.kind].name[locale]} · ${localDateOf(summary.createdAt)}`;
}

/**
 * The title of a duplicate, from the dictionary's `ws.list.copyTitle` template (`{title} (copy)`),
 * the original cut so the whole still fits the title limit.
 */
export function titleForCopy(title: string, template: string): string {
  const room = MAX_TITLE - (template.length - '{title}'.length);
  return interpolate(template, { title: title.slice(0, Math.max(0, room)) });
}
