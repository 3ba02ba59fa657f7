import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { joinSentences } from '../../lib/i18n/sentences';
import {
  displayTitle,
  MAX_TITLE,
  titleForCopy,
  type WorksheetDoc,
  type WorksheetSummary,
} from '../../lib/worksheets/document';
import { exportFileName, parseImportFile, serializeExportFile } from '../../lib/worksheets/export-file';
import { planImport, type ImportPlan, type ImportResolution } from '../../lib/worksheets/import-plan';
import { worksheetKindInfo, worksheetKinds, type WorksheetKind } from '../../lib/worksheets/kinds';
import {
  emptyFilter,
  filterSummaries,
  groupByPerson,
  newerCopy,
  peopleOf,
  type ListFilter,
} from '../../lib/worksheets/list-view';
import { loadAllWorksheetModules } from '../../lib/worksheets/registry';
import {
  describeUnexpectedError,
  getWorksheetStore,
  storageStatusKey,
  type DamagedWorksheet,
  type StorageStatus,
} from '../../storage';
import { describeLoadErrorLater } from '../shared/describe-load-error-later';
import { downloadText } from '../shared/download';
import { islandTranslator, type IslandStrings } from '../shared/island-strings';
import { worksheetHref } from '../../lib/worksheets/href';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

/** Rarely needed (a damaged stored worksheet), so its code loads only then. */
const DamagedWorksheets = lazy(() => import('./DamagedWorksheets'));

type Message = { tone: 'info' | 'error'; text: string; details?: string[] };

/** An import waiting for the user's answer to "keep both or replace". */
interface PendingImport {
  plan: ImportPlan;
  failures: string[];
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** One formatter per language: creating one per row would dominate rendering a long list. */
function formatDate(iso: string, locale: Locale): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(iso));
}

/**
 * "My worksheets": every worksheet stored in this browser, with filter, search, rename,
 * duplicate, delete with undo, and export/import of everything. Storage is read in an
 * effect after the first render, never on the server.
 */
export default function MyWorksheets({ locale, strings }: Props) {
  const t = useMemo(() => islandTranslator(strings), [strings]);
  const [summaries, setSummaries] = useState<WorksheetSummary[] | undefined>();
  const [filter, setFilter] = useState<ListFilter>(emptyFilter);
  const [message, setMessage] = useState<Message>();
  const [undo, setUndo] = useState<WorksheetDoc>();
  const [renaming, setRenaming] = useState<{ id: string; title: string }>();
  const [pendingImport, setPendingImport] = useState<PendingImport>();
  const [status, setStatus] = useState<StorageStatus>();
  const [damaged, setDamaged] = useState<readonly DamagedWorksheet[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);

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

  const visible = useMemo(
    () => (summaries ? filterSummaries(summaries, filter, locale) : []),
    [summaries, filter, locale],
  );
  const groups = useMemo(() => groupByPerson(visible), [visible]);
  const people = useMemo(() => (summaries ? peopleOf(summaries, locale) : []), [summaries, locale]);
  const hasPractice = summaries?.some((s) => s.practice) ?? false;

  const openHref = (summary: WorksheetSummary) => worksheetHref(summary.kind, locale, { id: summary.id });

  async function remove(summary: WorksheetSummary) {
    const result = await getWorksheetStore().remove(summary.id);
    if (result.type === 'success') {
      setUndo(result.removed);
      setMessage({ tone: 'info', text: t('ws.list.deleted', { title: displayTitle(summary, locale) }) });
    } else {
      setMessage({ tone: 'error', text: describeUnexpectedError(t) });
    }
    await refresh();
  }

  async function restore() {
    if (!undo) return;
    const result = await getWorksheetStore().restore(undo);
    setUndo(undefined);
    setMessage(
      result.type === 'success'
        ? { tone: 'info', text: t('ws.list.restored', { title: displayTitle(undo, locale) }) }
        : { tone: 'error', text: describeUnexpectedError(t) },
    );
    await refresh();
  }

  async function duplicate(summary: WorksheetSummary) {
    const title = titleForCopy(displayTitle(summary, locale), locale);
    const result = await getWorksheetStore().duplicate(summary.id, { title });
    setMessage(
      result.type === 'success'
        ? { tone: 'info', text: t('ws.list.duplicated', { title }) }
        : { tone: 'error', text: describeUnexpectedError(t) },
    );
    await refresh();
  }

  async function saveRename() {
    if (!renaming) return;
    const result = await getWorksheetStore().rename(renaming.id, renaming.title.trim());
    if (result.type === 'success') {
      setRenaming(undefined);
      setMessage({ tone: 'info', text: t('ws.list.renamed') });
    } else if (result.type === 'error' && result.code !== 'unexpected' && result.code !== 'not_found') {
      setMessage({
        tone: 'error',
        text: await describeLoadErrorLater(result, locale, t('ws.common.moduleUnavailable')),
      });
    } else {
      setMessage({ tone: 'error', text: describeUnexpectedError(t) });
    }
    await refresh();
  }

  async function exportAll() {
    const result = await getWorksheetStore().exportAll({ source: window.location.origin });
    if (result.type !== 'success') {
      setMessage({ tone: 'error', text: describeUnexpectedError(t) });
      return;
    }
    downloadText(
      exportFileName(result.file.worksheets),
      serializeExportFile(result.file),
      'application/json',
    );
    const failureDetails = await Promise.all(
      result.failures.map(async (f) =>
        f.error.code === 'not_found'
          ? f.id
          : `${f.id}: ${await describeLoadErrorLater(f.error, locale, t('ws.common.moduleUnavailable'))}`,
      ),
    );
    setMessage({
      tone: result.failures.length > 0 || result.damaged.length > 0 ? 'error' : 'info',
      text: joinSentences(
        locale,
        t('ws.list.exported', { count: result.file.worksheets.length }),
        result.damaged.length > 0 ? t('ws.list.exportedDamaged', { count: result.damaged.length }) : '',
      ),
      ...(failureDetails.length > 0 ? { details: failureDetails } : {}),
    });
  }

  async function readImportFile(file: File) {
    setPendingImport(undefined);
    const text = file.size > 5 * 1024 * 1024 ? '' : await file.text();
    // Any kind may be in the file: each is checked with its own schema and migrations.
    let words: typeof import('../../lib/worksheets/messages');
    try {
      [, words] = await Promise.all([loadAllWorksheetModules(), import('../../lib/worksheets/messages')]);
    } catch {
      setMessage({
        tone: 'error',
        text: joinSentences(locale, t('ws.list.importFailed'), t('ws.common.moduleUnavailable')),
      });
      return;
    }
    const parsed = parseImportFile(text, file.size);
    if (parsed.type === 'error') {
      setMessage({
        tone: 'error',
        text: joinSentences(locale, t('ws.list.importFailed'), words.describeImportFileError(parsed, locale)),
      });
      return;
    }
    const failures = parsed.failures.map((failure) => words.describeImportFailure(failure, locale));
    if (parsed.docs.length === 0) {
      setMessage({ tone: 'error', text: t('ws.list.importNothing'), details: failures });
      return;
    }
    const plan = planImport(await getWorksheetStore().ids(), parsed.docs);
    if (plan.conflicts.length > 0) {
      setPendingImport({ plan, failures });
      setMessage(undefined);
      return;
    }
    await finishImport({ plan, failures }, 'keep-both');
  }

  async function finishImport(pending: PendingImport, resolution: ImportResolution) {
    setPendingImport(undefined);
    const docs = [...pending.plan.fresh, ...pending.plan.conflicts.map((c) => c.incoming)];
    const result = await getWorksheetStore().importDocs(docs, resolution);
    if (result.type !== 'success') {
      setMessage({ tone: 'error', text: describeUnexpectedError(t) });
      return;
    }
    setMessage({
      tone: pending.failures.length > 0 || result.mode === 'memory' ? 'error' : 'info',
      text: joinSentences(
        locale,
        t('ws.list.imported', { count: result.written.length }),
        result.mode === 'memory' ? t('ws.list.importNotKept') : '',
      ),
      ...(pending.failures.length > 0
        ? { details: [t('ws.list.importSkippedBroken'), ...pending.failures] }
        : {}),
    });
    await refresh();
  }

  async function clearPractice() {
    if (!window.confirm(t('ws.list.clearPracticeConfirm'))) return;
    const result = await getWorksheetStore().clearPractice();
    setMessage(
      result.type === 'success'
        ? { tone: 'info', text: t('ws.list.practiceCleared', { count: result.removed.length }) }
        : { tone: 'error', text: describeUnexpectedError(t) },
    );
    await refresh();
  }

  const storageKey = status ? storageStatusKey(status) : undefined;
  const storageMessage = storageKey ? t(storageKey) : undefined;

  /** Re-importing a worksheet that is already here: says which copy changed last. */
  const whichIsNewer = (incoming: WorksheetDoc) => {
    const stored = summaries?.find((summary) => summary.id === incoming.id)?.updatedAt;
    const params = {
      file: formatDate(incoming.updatedAt, locale),
      here: stored === undefined ? '' : formatDate(stored, locale),
    };
    const newer = newerCopy(stored, incoming.updatedAt);
    return t(
      newer === 'file' ? 'ws.list.newerFile' : newer === 'here' ? 'ws.list.newerHere' : 'ws.list.newerSame',
      params,
    );
  };

  return (
    <div className="ws-app">
      {storageMessage && (
        <div
          className={`banner ${status?.mode === 'memory' ? 'banner--warning' : 'banner--info'}`}
          role="alert"
        >
          <p>{storageMessage}</p>
        </div>
      )}

      <div className="ws-toolbar" role="group" aria-label={t('ws.list.actions')}>
        <button
          type="button"
          className="button button--small"
          onClick={() => void exportAll()}
          disabled={!summaries?.length && damaged.length === 0}
        >
          {t('ws.list.exportAll')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => fileInput.current?.click()}
        >
          {t('ws.list.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void readImportFile(file);
          }}
        />
        {hasPractice && (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => void clearPractice()}
          >
            {t('ws.list.clearPractice')}
          </button>
        )}
      </div>

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
            {undo && (
              <div className="banner__actions">
                <button type="button" className="button button--small" onClick={() => void restore()}>
                  {t('ws.list.undo')}
                </button>
              </div>
            )}
          </div>
        )}
      </div>

      {damaged.length > 0 && (
        <Suspense fallback={null}>
          <DamagedWorksheets damaged={damaged} t={t} />
        </Suspense>
      )}

      {pendingImport && (
        <div className="banner banner--warning" role="alert">
          <p>{t('ws.list.conflictQuestion', { count: pendingImport.plan.conflicts.length })}</p>
          <ul>
            {pendingImport.plan.conflicts.map((conflict) => (
              <li key={`${conflict.incoming.id}-${conflict.with}`}>
                {displayTitle(conflict.incoming, locale)}
                {conflict.with === 'stored' && <> · {whichIsNewer(conflict.incoming)}</>}
              </li>
            ))}
          </ul>
          <div className="banner__actions">
            <button
              type="button"
              className="button button--small"
              onClick={() => void finishImport(pendingImport, 'keep-both')}
            >
              {t('ws.list.keepBoth')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => void finishImport(pendingImport, 'replace')}
            >
              {t('ws.list.replace')}
            </button>
            <button type="button" className="button-link" onClick={() => setPendingImport(undefined)}>
              {t('ws.list.cancelImport')}
            </button>
          </div>
        </div>
      )}

      <div className="ws-list-controls" role="search">
        <div className="field">
          <label className="field__label" htmlFor="ws-search">
            {t('ws.list.search')}
          </label>
          <input
            id="ws-search"
            type="search"
            value={filter.query}
            onChange={(event) => setFilter({ ...filter, query: event.currentTarget.value })}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="ws-kind">
            {t('ws.list.kind')}
          </label>
          <select
            id="ws-kind"
            value={filter.kind}
            onChange={(event) =>
              setFilter({ ...filter, kind: event.currentTarget.value as WorksheetKind | '' })
            }
          >
            <option value="">{t('ws.list.allKinds')}</option>
            {worksheetKinds.map((kind) => (
              <option key={kind} value={kind}>
                {worksheetKindInfo[kind].name[locale]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="ws-person">
            {t('ws.list.person')}
          </label>
          <select
            id="ws-person"
            value={filter.person}
            onChange={(event) => setFilter({ ...filter, person: event.currentTarget.value })}
          >
            <option value="">{t('ws.list.allPeople')}</option>
            {people.map((person) => (
              <option key={person} value={person}>
                {person}
              </option>
            ))}
          </select>
        </div>
      </div>

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
          {groups.map((group) => {
            const person = group.person ?? t('ws.list.noPerson');
            return (
              <section key={group.person ?? ''} className="ws-group" aria-label={person}>
                <h3 className="ws-group__heading">
                  {t('ws.list.group', { person, count: group.summaries.length })}
                </h3>
                <ul className="ws-list">
                  {group.summaries.map((summary) => {
                    const title = displayTitle(summary, locale);
                    return (
                      <li key={summary.id} className="ws-list__item">
                        {renaming?.id === summary.id ? (
                          <form
                            className="ws-list__rename"
                            onSubmit={(event) => {
                              event.preventDefault();
                              void saveRename();
                            }}
                          >
                            <label className="field__label" htmlFor={`rename-${summary.id}`}>
                              {t('ws.list.newTitle')}
                            </label>
                            <input
                              id={`rename-${summary.id}`}
                              type="text"
                              value={renaming.title}
                              maxLength={MAX_TITLE}
                              autoFocus
                              onChange={(event) =>
                                setRenaming({ id: summary.id, title: event.currentTarget.value })
                              }
                            />
                            <button type="submit" className="button button--small">
                              {t('ws.list.saveTitle')}
                            </button>
                            <button
                              type="button"
                              className="button-link"
                              onClick={() => setRenaming(undefined)}
                            >
                              {t('ws.list.cancel')}
                            </button>
                          </form>
                        ) : (
                          // The whole card opens the worksheet (the link stretches over it); the actions sit above.
                          <a className="ws-list__title ws-list__open" href={openHref(summary)}>
                            {title}
                          </a>
                        )}
                        <span className="ws-list__meta">
                          {worksheetKindInfo[summary.kind].name[locale]}
                          {' · '}
                          {t('ws.list.changed', { date: formatDate(summary.updatedAt, locale) })}
                          {summary.practice && (
                            <span className="tag tag--practice">{t('ws.common.practiceTag')}</span>
                          )}
                        </span>
                        <span className="ws-list__actions">
                          <button
                            type="button"
                            className="button-link"
                            onClick={() => setRenaming({ id: summary.id, title: summary.title })}
                            aria-label={t('ws.list.renameLabel', { title })}
                          >
                            {t('ws.list.rename')}
                          </button>
                          <button
                            type="button"
                            className="button-link"
                            onClick={() => void duplicate(summary)}
                            aria-label={t('ws.list.duplicateLabel', { title })}
                          >
                            {t('ws.list.duplicate')}
                          </button>
                          <button
                            type="button"
                            className="button-link"
                            onClick={() => void remove(summary)}
                            aria-label={t('ws.list.deleteLabel', { title })}
                          >
                            {t('ws.list.delete')}
                          </button>
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}
