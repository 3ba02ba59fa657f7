import { lazy, Suspense, useMemo, useState, type ComponentType } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import type { UiKey } from '../../lib/i18n';
import { MAX_PERSON, MAX_TITLE, type WorksheetDoc } from '../../lib/worksheets/document';
import { createExportFile, exportFileName, serializeExportFile } from '../../lib/worksheets/export-file';
import type { Hint } from '../../lib/worksheets/hint';
import type { WorksheetKind } from '../../lib/worksheets/kinds';
import {
  registerWorksheetModule,
  worksheetToMarkdown,
  type WorksheetData,
  type WorksheetModules,
} from '../../lib/worksheets/registry';
import { changedPaths } from '../../lib/worksheets/touched';
import { copyText, downloadText } from '../shared/download';
import { ModuleBoundary } from '../shared/ModuleBoundary';
import { TextField } from './fields';
import { HintGateContext } from './hint-gate';
import { EditorBanners, EditorPhaseMessage } from './editor/EditorBanners';
import { useHintGate } from './editor/use-hint-gate';
import { takeAwayActions, type TakeAwayAction } from './editor/worksheet-actions';
import { islandTranslator, type IslandStrings, type IslandTranslate } from '../shared/island-strings';
import { MenuButton } from './MenuButton';
import { saveStatusText } from './save-status';
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
  const { doc } = editor;
  const { focused, focusedHints, gate, hints, visit, writers } = useHintGate(module, doc, locale);

  if (editor.phase.type !== 'ready' || !doc) {
    return <EditorPhaseMessage editor={editor} t={t} />;
  }

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
  const run: Record<TakeAwayAction, () => void> = {
    exportJson,
    exportMarkdown: () =>
      void withMarkdown((markdown) =>
        downloadText(exportFileName([doc]).replace(/\.json$/, '.md'), markdown, 'text/markdown'),
      ),
    copyMarkdown: () =>
      void withMarkdown(async (markdown) => {
        setNotice((await copyText(markdown)) ? t('ws.common.copied') : t('ws.common.copyFailed'));
      }),
    sendLink: () => setSending(true),
    print: () => window.print(),
    newWorksheet: () => editor.startNew(),
  };
  const actions = takeAwayActions(kind);
  const isPrepSheet = kind === 'prep-sheet';

  return (
    <div className="ws-app">
      <EditorBanners editor={editor} t={t} exportJson={exportJson} />
      <div className="ws-toolbar" role="group" aria-label={t('ws.common.actions')}>
        <p className="ws-toolbar__status" role="status">
          {notice ?? saveStatusText(editor.saveState, editor.lastSavedAt, t, locale)}
        </p>
        <button type="button" className="button button--small" onClick={run[actions.primary]}>
          {t(actionLabels[actions.primary])}
        </button>
        <MenuButton
          label={t('ws.common.more')}
          actions={actions.menu.map((action) => ({ label: t(actionLabels[action]), onSelect: run[action] }))}
        />
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
                  label={t(isPrepSheet ? 'ws.prepSheet.person' : 'ws.common.person')}
                  help={t(isPrepSheet ? 'ws.prepSheet.personHelp' : 'ws.common.personHelp')}
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

const actionLabels = {
  copyMarkdown: 'ws.common.copyMarkdown',
  exportJson: 'ws.common.exportJson',
  exportMarkdown: 'ws.common.exportMarkdown',
  sendLink: 'sealed.send.button',
  print: 'ws.common.print',
  newWorksheet: 'ws.common.newWorksheet',
} as const satisfies Record<TakeAwayAction, UiKey>;
