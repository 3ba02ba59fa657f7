import { useMemo, useState, type ComponentType } from 'react';
import type { Locale } from '../../lib/i18n/locales';
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
import { copyText, downloadText } from './download';
import { TextField } from './fields';
import { islandTranslator, type IslandStrings, type IslandTranslate } from './island-strings';
import { useWorksheet, type PrefillSource } from './use-worksheet';

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

function formatTime(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });
}

/**
 * The frame around every worksheet form: opening and saving (through `useWorksheet`), the
 * title and person, storage and conflict messages, and taking the worksheet away (JSON,
 * Markdown, print). The form itself only edits `data`.
 */
export function WorksheetEditor<K extends WorksheetKind>(props: WorksheetEditorProps<K>) {
  const { module, locale, Form, prefill } = props;
  const kind = module.kind as K;
  registerWorksheetModule(module);
  const t = useMemo(() => islandTranslator(props.strings), [props.strings]);
  const editor = useWorksheet({ kind, locale, prefill, t });
  const [notice, setNotice] = useState<string>();
  const { doc } = editor;

  const hints = useMemo(
    () => (doc ? worksheetHints({ kind: doc.kind, data: doc.data }, locale) : []),
    [doc, locale],
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
  const markdown = () => worksheetToMarkdown(doc, locale);
  const exportJson = () => {
    const file = createExportFile([doc], { source });
    downloadText(exportFileName([doc]), serializeExportFile(file), 'application/json');
  };
  const exportMarkdown = () =>
    downloadText(exportFileName([doc]).replace(/\.json$/, '.md'), markdown(), 'text/markdown');
  const copyMarkdown = async () => {
    setNotice((await copyText(markdown())) ? t('ws.common.copied') : t('ws.common.copyFailed'));
  };

  const status =
    editor.saveState === 'saving'
      ? t('ws.common.saving')
      : editor.saveState === 'saved' && editor.lastSavedAt
        ? t('ws.common.savedAt', { time: formatTime(editor.lastSavedAt, locale) })
        : editor.saveState === 'memory'
          ? t('ws.common.keptInTab')
          : editor.saveState === 'failed'
            ? t('ws.common.notSaved')
            : t('ws.common.notStarted');

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
        <button type="button" className="button button--small button--quiet" onClick={exportJson}>
          {t('ws.common.exportJson')}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={exportMarkdown}>
          {t('ws.common.exportMarkdown')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => void copyMarkdown()}
        >
          {t('ws.common.copyMarkdown')}
        </button>
        <button type="button" className="button button--small button--quiet" onClick={() => window.print()}>
          {t('ws.common.print')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => editor.startNew()}
        >
          {t('ws.common.new')}
        </button>
        <p className="ws-toolbar__status" role="status">
          {notice ?? status}
        </p>
      </div>

      <form className="ws-form" onSubmit={(event) => event.preventDefault()} noValidate>
        <section className="ws-section" aria-labelledby="ws-about">
          <h2 id="ws-about">{t('ws.common.about')}</h2>
          <TextField
            label={t('ws.common.title')}
            help={t('ws.common.titleHelp')}
            value={doc.title}
            maxLength={MAX_TITLE}
            onChange={(title) => editor.update({ title })}
          />
          <TextField
            label={t('ws.common.person')}
            help={t('ws.common.personHelp')}
            value={doc.person ?? ''}
            maxLength={MAX_PERSON}
            onChange={(person) => editor.update({ person })}
          />
          {doc.practice && <p className="tag tag--practice">{t('ws.common.practiceTag')}</p>}
        </section>
        <Form
          data={doc.data}
          onChange={(data) => editor.update({ data })}
          hints={hints}
          t={t}
          locale={locale}
          doc={doc}
        />
      </form>
    </div>
  );
}
