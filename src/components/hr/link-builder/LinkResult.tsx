import { useState } from 'react';
import { LONG_LINK_WARNING } from '../../../lib/share/prefill-fragment';
import { copyText } from '../../shared/download';
import type { IslandTranslate } from '../../shared/island-strings';
import type { LinkOutput } from './make-link';

/** The made link: where it stands, the link to copy or open, or why there is none. */
export function LinkResult({ id, output, t }: { id: string; output: LinkOutput; t: IslandTranslate }) {
  // The status belongs to the link it was about: a new link (another choice) starts without one.
  const [copied, setCopied] = useState<{ output: LinkOutput; status: string }>();
  const copy = async (url: string) => {
    const status = (await copyText(url)) ? t('hr.builder.copied') : t('hr.builder.copyFailed');
    setCopied({ output, status });
  };
  return (
    <section className="ws-section" aria-labelledby={`${id}-result`}>
      <h2 id={`${id}-result`}>{t('hr.builder.resultTitle')}</h2>
      {output.type === 'idle' && <p className="field__help">{t('hr.builder.none')}</p>}
      {output.type === 'making' && <p role="status">{t('hr.builder.making')}</p>}
      {output.type === 'error' && (
        <div className="banner banner--error" role="alert">
          <p>{output.message}</p>
        </div>
      )}
      {output.type === 'link' && (
        <>
          <div className="field">
            <label className="field__label" htmlFor={`${id}-link`}>
              {t('hr.builder.link')}
            </label>
            <textarea
              id={`${id}-link`}
              className="hr-builder__link"
              readOnly
              value={output.url}
              aria-describedby={`${id}-length`}
              onFocus={(event) => event.currentTarget.select()}
            />
            <p className="hr-builder__facts" id={`${id}-length`}>
              {t('hr.builder.length', { count: output.url.length })}
            </p>
          </div>
          {output.url.length > LONG_LINK_WARNING && (
            <div className="banner banner--warning" role="alert">
              <p>{t('hr.builder.long', { count: output.url.length })}</p>
            </div>
          )}
          <div className="hr-builder__actions">
            <button type="button" className="button button--small" onClick={() => void copy(output.url)}>
              {t('hr.builder.copy')}
            </button>
            <a href={output.url} target="_blank" rel="noopener" aria-describedby={`${id}-open-help`}>
              {t('hr.builder.open')}
            </a>
            <p role="status">{copied?.output === output ? copied.status : undefined}</p>
          </div>
          <p className="field__help" id={`${id}-open-help`}>
            {t('hr.builder.openHelp')}
          </p>
        </>
      )}
    </section>
  );
}
