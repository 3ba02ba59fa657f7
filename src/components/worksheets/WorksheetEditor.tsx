import { lazy, Suspense, useCallback, useMemo, useState, type ComponentType } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { localDateOf } from '../../lib/dates';
import { MAX_PERSON, MAX_TITLE, type WorksheetDoc } from '../../lib/worksheets/document';
import { createExportFile, exportFileName, serializeExportFile } from '../../lib/worksheets/export-file';
import type { Hint } from '../../lib/worksheets/hint';
import type { WorksheetKind } from '../../lib/worksheets/kinds';
import {
  registerWorksheetModule,
  worksheetHints,
  worksheetToMarkdown,
  type WorksheetData,
  type WorksheetModules,
} from '../../lib/worksheets/registry';
import { changedPaths, isTouched, withLinkedFields } from '../../lib/worksheets/touched';
import { copyText, downloadText } from '../shared/download';
import { ModuleBoundary } from '../shared/ModuleBoundary';
import { TextField } from './fields';
import { HintGateContext, type FocusedField, type HintGate } from './hint-gate';
import { islandTranslator, type IslandStrings, type IslandTranslate } from '../shared/island-strings';
import { MenuButton } from './MenuButton';
import { saveStatusText } from './save-status';
import { useOnDemandWriters } from './use-on-demand-writers';
import { useWorksheet, type PrefillSource } from './use-worksheet';
import { WorksheetPanel } from './WorksheetPanel';

/** The encrypted-link panel: its code (Web Crypto, the link codec) loads only when asked for. */
const SendAsLink = lazy(() => import('./SendAsLink'));

/** What every worksheet form receives: its data, a way to change it, and the live hints. */
export interface WorksheetFormProps<K extends WorksheetKind> {
  data: WorksheetData<K>;
  onChange: (data: WorksheetData<K>) => void;
  hints: readonly Hint[];
  t: IslandTranslate;
  locale: Locale;
  /** The whole stored worksheet (id, person…), for forms that look at other worksheets. */
  doc: WorksheetDoc<K>;
}

/** The props an Astro page passes to a worksheet island. */
export interface WorksheetIslandProps {
  locale: Locale;
  strings: IslandStrings;
}

interface WorksheetEditorProps<K extends WorksheetKind> extends WorksheetIslandProps {
  /** The kind's module, imported by the island: the editor registers it for storage and hints. */
  module: WorksheetModules[K];
  Form: ComponentType<WorksheetFormProps<K>>;
  prefill?: PrefillSource<K>;
}

/**
 * The frame around every worksheet form: opening and saving (through `useWorksheet`), the
 * title and person, storage and conflict messages, taking the worksheet away (one primary
 * action, the rest in a menu), and the panel beside the form with the hints for the field in
 * focus and a preview of the result. The form itself only edits `data`.
 */
export function WorksheetEditor<K extends WorksheetKind>(props: WorksheetEditorProps<K>) {
  const { module, locale, Form, prefill } = props;
  const kind = module.kind as K;
  registerWorksheetModule(module);
  const t = useMemo(() => islandTranslator(props.strings), [props.strings]);
  const editor = useWorksheet({ kind, locale, prefill, t });
  const [notice, setNotice] = useState<string>();
  const [sending, setSending] = useState(false);
  const [focused, setFocused] = useState<FocusedField>();
  // Paths typed in or left during this visit; with what differs from an empty worksheet, they
  // decide which hints may speak, so an untouched form stays quiet.
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set());
  const { doc } = editor;

  const touched = useMemo(() => {
    if (!doc) return visited;
    // Compared with the defaults it was created with (a retro starts dated its first day).
    const filled = changedPaths(module.createDefault(locale, localDateOf(doc.createdAt)), doc.data);
    return withLinkedFields(doc.kind, new Set([...visited, ...filled]));
  }, [doc, locale, visited, module]);
  // Hints once the user is on a field or the worksheet has content (an untouched form shows
  // none anyway); Markdown with them, or when the preview opens, or on copy and export.
  const writers = useOnDemandWriters(kind, locale, focused !== undefined || touched.size > 0, focused);
  const hints = useMemo(
    () => (doc && writers.hintsReady ? worksheetHints({ kind: doc.kind, data: doc.data }, locale) : []),
    [doc, locale, writers.hintsReady],
  );
  const visit = useCallback((paths: readonly string[]) => {
    setVisited((current) =>
      paths.every((path) => current.has(path)) ? current : new Set([...current, ...paths]),
    );
  }, []);
  const gate = useMemo<HintGate>(
    () => ({
      visible: (list) => list.filter((hint) => isTouched(hint.field, touched)),
      leave: (path) => visit([path]),
      focus: (field) =>
        setFocused((current) =>
          current?.label === field.label && current.path === field.path && current.help === field.help
            ? current
            : field,
        ),
    }),
    [touched, visit],
  );

  if (editor.phase.type === 'loading' || (editor.phase.type === 'ready' && !doc)) {
    return (
      <p className="ws-loading" role="status">
        {t('ws.common.loading')}
      </p>
    );
  }
  if (editor.phase.type === 'missing') {
    return (
      <div className="banner banner--warning" role="alert">
        <p>{t('ws.common.missing')}</p>
        <div className="banner__actions">
          <button type="button" className="button button--small" onClick={() => editor.startNew()}>
            {t('ws.common.startNew')}
          </button>
        </div>
      </div>
    );
  }
  if (editor.phase.type === 'failed') {
    return (
      <div className="banner banner--error" role="alert">
        <p>{t('ws.common.openFailed')}</p>
        <p>{editor.phase.message}</p>
      </div>
    );
  }
  if (!doc) return null;

  const source = typeof window === 'undefined' ? '' : window.location.origin;
  /** Runs `use` with the Markdown once its writer is there; says so if it cannot load. */
  const withMarkdown = async (use: (markdown: string) => void | Promise<void>) => {
    if (!(await writers.loadMarkdown())) {
      setNotice(t('ws.common.moduleUnavailable'));
      return;
    }
    await use(worksheetToMarkdown(doc, locale));
  };
  const exportJson = () => {
    const file = createExportFile([doc], { source });
    downloadText(exportFileName([doc]), serializeExportFile(file), 'application/json');
  };
  const exportMarkdown = () =>
    void withMarkdown((markdown) =>
      downloadText(exportFileName([doc]).replace(/\.json$/, '.md'), markdown, 'text/markdown'),
    );
  const copyMarkdown = () =>
    withMarkdown(async (markdown) => {
      setNotice((await copyText(markdown)) ? t('ws.common.copied') : t('ws.common.copyFailed'));
    });

  // One primary action: the prep sheet travels as a file to the manager; every other
  // worksheet is most often pasted into a chat, a mail or notes.
  const sendsFile = kind === 'prep-sheet';
  const primary = sendsFile ? (
    <button type="button" className="button button--small" onClick={exportJson}>
      {t('ws.common.exportJson')}
    </button>
  ) : (
    <button type="button" className="button button--small" onClick={() => void copyMarkdown()}>
      {t('ws.common.copyMarkdown')}
    </button>
  );
  const menu = [
    sendsFile
      ? { label: t('ws.common.copyMarkdown'), onSelect: () => void copyMarkdown() }
      : { label: t('ws.common.exportJson'), onSelect: exportJson },
    { label: t('ws.common.exportMarkdown'), onSelect: exportMarkdown },
    { label: t('sealed.send.button'), onSelect: () => setSending(true) },
    { label: t('ws.common.print'), onSelect: () => window.print() },
    { label: t('ws.common.newWorksheet'), onSelect: () => editor.startNew() },
  ];
  const focusedHints =
    focused?.path === undefined ? [] : gate.visible(hints.filter((hint) => hint.field === focused.path));
  const personLabel = kind === 'prep-sheet' ? t('ws.prepSheet.person') : t('ws.common.person');
  const personHelp = kind === 'prep-sheet' ? t('ws.prepSheet.personHelp') : t('ws.common.personHelp');

  const status = saveStatusText(editor.saveState, editor.lastSavedAt, t, locale);

  return (
    <div className="ws-app">
      {editor.storageMessage && (
        <div
          className={`banner ${editor.storageStatus?.mode === 'memory' ? 'banner--warning' : 'banner--info'}`}
          role="alert"
        >
          <p>{t(editor.storageMessage)}</p>
          <div className="banner__actions">
            <button type="button" className="button button--small" onClick={exportJson}>
              {t('ws.common.exportJson')}
            </button>
          </div>
        </div>
      )}
      {editor.prompt && (
        <div className="banner banner--warning" role="alert">
          <p>{editor.prompt.message}</p>
          <div className="banner__actions">
            {!(editor.prompt.type === 'external' && editor.prompt.removed) && (
              <button
                type="button"
                className="button button--small"
                onClick={() => void editor.reloadFromStore()}
              >
                {t('ws.common.loadTheirs')}
              </button>
            )}
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => void editor.overwriteStore()}
            >
              {t('ws.common.keepMine')}
            </button>
          </div>
        </div>
      )}
      {editor.error && (
        <div className="banner banner--error" role="alert">
          <p>{editor.error}</p>
        </div>
      )}
      {editor.notice && (
        <div className="banner banner--warning" role="alert">
          <p>{editor.notice}</p>
        </div>
      )}

      <div className="ws-toolbar" role="group" aria-label={t('ws.common.actions')}>
        <p className="ws-toolbar__status" role="status">
          {notice ?? status}
        </p>
        {primary}
        <MenuButton label={t('ws.common.more')} actions={menu} />
      </div>
      {sending && (
        <ModuleBoundary message={t('sealed.send.unavailable')}>
          <Suspense fallback={<p role="status">{t('sealed.send.working')}</p>}>
            <SendAsLink doc={doc} locale={locale} t={t} onClose={() => setSending(false)} />
          </Suspense>
        </ModuleBoundary>
      )}

      <HintGateContext.Provider value={gate}>
        <div className="ws-layout">
          <form className="ws-form" onSubmit={(event) => event.preventDefault()} noValidate>
            <section className="ws-section ws-section--about" aria-labelledby="ws-about">
              <h2 id="ws-about" className="visually-hidden">
                {t('ws.common.about')}
              </h2>
              <div className="field-row">
                <TextField
                  label={t('ws.common.title')}
                  help={t('ws.common.titleHelp')}
                  value={doc.title}
                  maxLength={MAX_TITLE}
                  onChange={(title) => editor.update({ title })}
                />
                <TextField
                  label={personLabel}
                  help={personHelp}
                  value={doc.person ?? ''}
                  maxLength={MAX_PERSON}
                  onChange={(person) => editor.update({ person })}
                />
              </div>
              {doc.practice && <p className="tag tag--practice">{t('ws.common.practiceTag')}</p>}
            </section>
            <Form
              data={doc.data}
              onChange={(data) => {
                visit(changedPaths(doc.data, data));
                editor.update({ data });
              }}
              hints={hints}
              t={t}
              locale={locale}
              doc={doc}
            />
          </form>
          <WorksheetPanel
            t={t}
            focused={focused}
            focusedHints={focusedHints}
            markdown={writers.markdownReady ? worksheetToMarkdown(doc, locale) : undefined}
            onPreviewOpen={writers.requestMarkdown}
            emptyMarker={writers.emptyMarker}
          />
        </div>
      </HintGateContext.Provider>
    </div>
  );
}
