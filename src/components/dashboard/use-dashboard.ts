import { useCallback, useEffect, useMemo, useState } from 'react';
import { isLocale, type Locale } from '../../lib/i18n/locales';
import { loadSections } from '../../lib/i18n/sections';
import { SAMPLE_PRACTICE_ID } from '../../lib/tracking/model';
import { MAX_PICKED_ITEMS, type PickedItem } from '../../lib/tracking/next-conversation';
import type { StoredPeopleSettings } from '../../lib/tracking/people';
import { todayIso } from '../../lib/dates';
import type { WorksheetDocLike } from '../../lib/worksheets/document';
import { readAllWorksheets, watchOtherTabs } from '../../storage/dashboard-reads';
import { loadPeopleSettings, savePeopleSettings } from '../../storage/people';
import { islandTranslator, type IslandStrings, type IslandTranslate } from '../shared/island-strings';
import type { DashboardData } from './parts';

/** What each dashboard island gets from its page: the language and its picked words. */
export interface DashboardIslandProps {
  locale: Locale;
  strings: IslandStrings;
}

export interface Notice {
  tone: 'info' | 'error';
  text: string;
}

export interface DashboardState {
  t: IslandTranslate;
  locale: Locale;
  /** Undefined until every worksheet has been read. */
  data: DashboardData | undefined;
  /** The last read failed (its code could not load); `data`, if any, is from the read before. */
  readFailed: boolean;
  /** Reads every worksheet again (after a failed read). */
  retryRead: () => void;
  notice: Notice | undefined;
  busy: boolean;
  picked: Map<string, PickedItem>;
  togglePick: (id: string, item: PickedItem | undefined) => void;
  /** Runs a button's work: busy meanwhile, its message (or a failure) shown, then the data read again. */
  run: (work: () => Promise<string | undefined>) => Promise<void>;
  updateSettings: (next: StoredPeopleSettings) => void;
  /** A PREP planner started from the picked items (and the person, on the team view). */
  startPrep: (items: PickedItem[], person: string | undefined) => Promise<void>;
}

/**
 * The first read starts when this module loads in the browser, while React hydrates the
 * page, rather than after: on a device with a thousand worksheets that is ~60 ms sooner
 * on screen (test/bench/dashboard.mjs). Nothing runs on the server.
 */
let firstRead: Promise<WorksheetDocLike[]> | undefined =
  typeof window === 'undefined' ? undefined : readAllWorksheets();
// The dashboards' words (health, reasons, signals) in the page's language, fetched alongside.
const pageLocale = typeof document === 'undefined' ? undefined : document.documentElement.lang;
if (isLocale(pageLocale)) loadSections(pageLocale, ['tracking']).catch(() => undefined);
// A failure is handled where the read is awaited; this only keeps it from counting as unhandled meanwhile.
firstRead?.catch(() => undefined);

function takeFirstRead(): Promise<WorksheetDocLike[]> | undefined {
  const read = firstRead;
  firstRead = undefined;
  return read;
}

/** Only real worksheets and the dashboard's own sample team; workshop practice stays out. */
function dashboardDocs(docs: readonly WorksheetDocLike[]): WorksheetDocLike[] {
  return docs.filter((doc) => doc.practice === undefined || doc.practice === SAMPLE_PRACTICE_ID);
}

/**
 * The state both dashboards share: every worksheet and the people settings, read after the
 * first render and again when another tab saves; what is picked for the next 1:1; and the
 * buttons' work, whose code (storage writes, sample data, downloads) loads on first use.
 */
export function useDashboard(locale: Locale, strings: IslandStrings): DashboardState {
  const t = useMemo(() => islandTranslator(strings), [strings]);
  const [data, setData] = useState<DashboardData>();
  const [notice, setNotice] = useState<Notice>();
  const [picked, setPicked] = useState<Map<string, PickedItem>>(new Map());
  const [busy, setBusy] = useState(false);
  const [readFailed, setReadFailed] = useState(false);

  // Never rejects: a read whose code cannot load (a dropped connection, a new deploy) says so
  // and keeps what is on screen; nothing is written by reading.
  const refresh = useCallback(async () => {
    try {
      const [docs] = await Promise.all([
        takeFirstRead() ?? readAllWorksheets(),
        loadSections(locale, ['tracking']),
      ]);
      setData({ docs: dashboardDocs(docs), settings: loadPeopleSettings(), today: todayIso(new Date()) });
      setReadFailed(false);
    } catch {
      setReadFailed(true);
    }
  }, [locale]);

  useEffect(() => {
    void refresh();
    return watchOtherTabs(() => void refresh());
  }, [refresh]);

  const run = async (work: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const text = await work();
      if (text !== undefined) setNotice({ tone: 'info', text });
      await refresh();
    } catch {
      setNotice({ tone: 'error', text: t('dash.failed') });
    } finally {
      setBusy(false);
    }
  };

  const updateSettings = (next: StoredPeopleSettings) => {
    if (!savePeopleSettings(next)) setNotice({ tone: 'error', text: t('dash.settingsNotSaved') });
    setData((current) => (current === undefined ? current : { ...current, settings: next }));
  };

  const togglePick = (id: string, item: PickedItem | undefined) => {
    setPicked((current) => {
      const next = new Map(current);
      if (item === undefined) next.delete(id);
      else if (next.size < MAX_PICKED_ITEMS) next.set(id, item);
      return next;
    });
  };

  const startPrep = (items: PickedItem[], person: string | undefined) =>
    run(async () => {
      const { startPrepPlanner } = await import('./actions');
      const href = await startPrepPlanner(items, person, locale);
      if (href === undefined) return t('dash.failed');
      window.location.assign(href);
      return undefined;
    });

  return {
    t,
    locale,
    data,
    readFailed,
    retryRead: () => void refresh(),
    notice,
    busy,
    picked,
    togglePick,
    run,
    updateSettings,
    startPrep,
  };
}
