import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { joinSentences } from '../../lib/i18n/sentences';
import type { WorksheetDoc, WorksheetSummary } from '../../lib/worksheets/document';
import {
  emptyFilter,
  filterSummaries,
  groupByPerson,
  peopleOf,
  type ListFilter,
} from '../../lib/worksheets/list-view';
import {
  describeUnexpectedError,
  getWorksheetStore,
  storageStatusKey,
  type DamagedWorksheet,
  type StorageStatus,
} from '../../storage';
import { islandTranslator, type IslandStrings, type IslandTranslate } from '../shared/island-strings';
import { ImportConflict } from './my-worksheets/ImportConflict';
import { ListControls, ListToolbar } from './my-worksheets/ListControls';
import type { ListContext, ListMessage, PendingImport } from './my-worksheets/list-actions';

type ListActions = typeof import('./my-worksheets/list-actions');
import { WorksheetGroups, type Renaming } from './my-worksheets/WorksheetGroups';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

/** Rarely needed (a damaged stored worksheet), so its code loads only then. */
const DamagedWorksheets = lazy(() => import('./DamagedWorksheets'));

/** Every worksheet's summary and the damaged records, read after the first render and again on other tabs' saves. */
function useStoredList() {
  const [summaries, setSummaries] = useState<WorksheetSummary[] | undefined>();
  const [status, setStatus] = useState<StorageStatus>();
  const [damaged, setDamaged] = useState<readonly DamagedWorksheet[]>([]);

  const refresh = useCallback(async () => {
    performance.mark('my-worksheets:list-start');
    const store = getWorksheetStore();
    setSummaries(await store.list());
    performance.mark('my-worksheets:list-read');
    setDamaged(await store.damaged());
  }, []);

  // User-timing marks, read by test/bench/my-worksheets.mjs: reading the index and rendering.
  useEffect(() => {
    if (summaries !== undefined) performance.mark('my-worksheets:rendered');
  }, [summaries]);

  useEffect(() => {
    const store = getWorksheetStore();
    setStatus(store.getStatus());
    const stopStatus = store.onStatus(setStatus);
    const stopExternal = store.onExternalChange(() => void refresh());
    void refresh();
    return () => {
      stopStatus();
      stopExternal();
    };
  }, [refresh]);

  return { summaries, status, damaged, refresh };
}

/** Runs a button's work; its code (export, import, rename, ...) loads with the first press. */
async function runListAction(
  ctx: ListContext,
  work: (actions: ListActions) => Promise<unknown>,
  failed?: 'ws.list.importFailed',
): Promise<void> {
  let loaded: ListActions;
  try {
    loaded = await import('./my-worksheets/list-actions');
  } catch {
    // The connection dropped or a deploy renamed the code: say so; nothing was changed.
    const text = joinSentences(ctx.locale, failed ? ctx.t(failed) : '', ctx.t('ws.common.moduleUnavailable'));
    ctx.show({ tone: 'error', text });
    return;
  }
  try {
    await work(loaded);
  } catch {
    ctx.show({ tone: 'error', text: describeUnexpectedError(ctx.t) });
  }
}

/**
 * "My worksheets": every worksheet stored in this browser, grouped by person, with filter,
 * search, rename, duplicate, delete with undo, and export/import of everything. The actions
 * live in my-worksheets/list-actions.ts (loaded with the first press); this island holds the
 * state and lays out the parts.
 */
export default function MyWorksheets({ locale, strings }: Props) {
  const t = useMemo(() => islandTranslator(strings), [strings]);
  const { summaries, status, damaged, refresh } = useStoredList();
  const [filter, setFilter] = useState<ListFilter>(emptyFilter);
  const [message, setMessage] = useState<ListMessage>();
  const [undo, setUndo] = useState<WorksheetDoc>();
  const [renaming, setRenaming] = useState<Renaming>();
  const [pendingImport, setPendingImport] = useState<PendingImport>();
  const ctx: ListContext = { t, locale, show: setMessage, refresh };
  const act = (work: (actions: ListActions) => Promise<unknown>, failed?: 'ws.list.importFailed') =>
    runListAction(ctx, work, failed);

  const visible = useMemo(
    () => (summaries ? filterSummaries(summaries, filter, locale) : []),
    [summaries, filter, locale],
  );
  const groups = useMemo(() => groupByPerson(visible), [visible]);
  const people = useMemo(() => (summaries ? peopleOf(summaries, locale) : []), [summaries, locale]);
  const storageKey = status ? storageStatusKey(status) : undefined;

  return (
    <div className="ws-app">
      {storageKey && (
        <div
          className={`banner ${status?.mode === 'memory' ? 'banner--warning' : 'banner--info'}`}
          role="alert"
        >
          <p>{t(storageKey)}</p>
        </div>
      )}

      <ListToolbar
        t={t}
        canExport={(summaries?.length ?? 0) > 0 || damaged.length > 0}
        hasPractice={summaries?.some((s) => s.practice) ?? false}
        onExport={() => void act((a) => a.exportEverything(ctx))}
        onImport={(file) => {
          setPendingImport(undefined);
          void act((a) => a.readImport(ctx, file).then(setPendingImport), 'ws.list.importFailed');
        }}
        onClearPractice={() => void act((a) => a.clearPracticeData(ctx))}
      />

      <MessageBanner
        message={message}
        t={t}
        onUndo={
          undo &&
          (() => {
            setUndo(undefined);
            void act((a) => a.restoreWorksheet(ctx, undo));
          })
        }
      />

      {damaged.length > 0 && (
        <Suspense fallback={null}>
          <DamagedWorksheets damaged={damaged} t={t} />
        </Suspense>
      )}

      {pendingImport && (
        <ImportConflict
          pending={pendingImport}
          summaries={summaries}
          t={t}
          locale={locale}
          onAnswer={(resolution) => {
            setPendingImport(undefined);
            void act((a) => a.finishImport(ctx, pendingImport, resolution));
          }}
          onCancel={() => setPendingImport(undefined)}
        />
      )}

      <ListControls filter={filter} onFilter={setFilter} people={people} t={t} locale={locale} />

      {summaries === undefined ? (
        <p className="ws-loading" role="status">
          {t('ws.list.loading')}
        </p>
      ) : summaries.length === 0 ? (
        <p>{t('ws.list.empty')}</p>
      ) : (
        <>
          <p className="meta" role="status">
            {t('ws.list.count', { shown: visible.length, total: summaries.length })}
          </p>
          <WorksheetGroups
            groups={groups}
            t={t}
            locale={locale}
            renaming={renaming}
            onRenaming={setRenaming}
            onSaveRename={() => {
              if (!renaming) return;
              void act((a) =>
                a.renameWorksheet(ctx, renaming.id, renaming.title).then((done) => {
                  if (done) setRenaming(undefined);
                }),
              );
            }}
            onDuplicate={(summary) => void act((a) => a.duplicateWorksheet(ctx, summary))}
            onRemove={(summary) => void act((a) => a.removeWorksheet(ctx, summary).then(setUndo))}
          />
        </>
      )}
    </div>
  );
}

/** The outcome of the last action, with its details and, after a delete, "undo". */
function MessageBanner({
  message,
  t,
  onUndo,
}: {
  message: ListMessage | undefined;
  t: IslandTranslate;
  onUndo: (() => void) | undefined;
}) {
  return (
    <div aria-live="polite">
      {message && (
        <div
          className={`banner ${message.tone === 'error' ? 'banner--error' : 'banner--info'}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          <p>{message.text}</p>
          {message.details && message.details.length > 0 && (
            <ul>
              {message.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
          {onUndo && (
            <div className="banner__actions">
              <button type="button" className="button button--small" onClick={onUndo}>
                {t('ws.list.undo')}
              </button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
