import type { IslandTranslate } from '../../shared/island-strings';
import type { WorksheetEditorState } from '../use-worksheet';
import type { WorksheetKind } from '../../../lib/worksheets/kinds';

interface Props {
  editor: WorksheetEditorState<WorksheetKind>;
  t: IslandTranslate;
  exportJson: () => void;
}

/** What the editor must tell before anything else: storage trouble, another tab's change, errors. */
export function EditorBanners({ editor, t, exportJson }: Props) {
  const { prompt } = editor;
  return (
    <>
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
      {prompt && (
        <div className="banner banner--warning" role="alert">
          <p>{prompt.message}</p>
          <div className="banner__actions">
            {!(prompt.type === 'external' && prompt.removed) && (
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
    </>
  );
}

/** The editor before it can show a worksheet: opening, not found, or unable to open. */
export function EditorPhaseMessage({ editor, t }: Omit<Props, 'exportJson'>) {
  const { phase } = editor;
  if (phase.type === 'missing') {
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
  if (phase.type === 'failed') {
    return (
      <div className="banner banner--error" role="alert">
        <p>{t('ws.common.openFailed')}</p>
        <p>{phase.message}</p>
      </div>
    );
  }
  return (
    <p className="ws-loading" role="status">
      {t('ws.common.loading')}
    </p>
  );
}
