import { useEffect, useId, useMemo, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { localizePath } from '../../lib/i18n/paths';
import { encodePrefill, LONG_LINK_WARNING } from '../../lib/share/prefill-link';
import { displayTitle, type WorksheetSummary } from '../../lib/worksheets/document';
import { worksheetKindInfo } from '../../lib/worksheets/kinds';
import { worksheetHref } from '../../lib/worksheets/href';
import { describeLoadErrorLater } from '../shared/describe-load-error-later';
import { describeUnexpectedError, getWorksheetStore } from '../../storage';
import { copyText } from '../shared/download';
import { islandTranslator, type IslandStrings } from '../shared/island-strings';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

/** What the builder shows for the chosen worksheet. */
type Output =
  { type: 'idle' } | { type: 'making' } | { type: 'link'; url: string } | { type: 'error'; message: string };

/**
 * The pre-filled link builder: pick a worksheet saved in this browser, get a link that opens a
 * fresh, pre-filled copy of it (`/worksheets/<kind>/#prefill=…`, in this page's language).
 * Storage is read in effects only; the link is made in the browser and sent nowhere.
 */
export default function LinkBuilder({ locale, strings }: Props) {
  const t = useMemo(() => islandTranslator(strings), [strings]);
  const id = useId();
  const [summaries, setSummaries] = useState<WorksheetSummary[]>();
  const [chosenId, setChosenId] = useState<string>();
  const [includePerson, setIncludePerson] = useState(false);
  const [output, setOutput] = useState<Output>({ type: 'idle' });
  const [copyStatus, setCopyStatus] = useState<string>();
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);

  useEffect(() => {
    let cancelled = false;
    void getWorksheetStore()
      .list()
      .then((list) => {
        if (!cancelled) setSummaries([...list].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)));
      });
    return () => {
      cancelled = true;
    };
  }, []);

  const chosen = summaries?.find((summary) => summary.id === chosenId);
  const person = chosen?.person?.trim() ?? '';

  useEffect(() => {
    if (chosenId === undefined) return;
    let cancelled = false;
    setOutput({ type: 'making' });
    setCopyStatus(undefined);
    void (async () => {
      const loaded = await getWorksheetStore().load(chosenId);
      if (cancelled) return;
      if (loaded.type !== 'success') {
        const reason =
          loaded.code === 'not_found' || loaded.code === 'unexpected'
            ? describeUnexpectedError(t)
            : await describeLoadErrorLater(loaded, locale, t('ws.common.moduleUnavailable'));
        if (cancelled) return;
        setOutput({ type: 'error', message: t('hr.builder.loadFailed', { reason }) });
        return;
      }
      const { doc } = loaded;
      const encoded = await encodePrefill({
        kind: doc.kind,
        title: doc.title,
        person: includePerson ? doc.person : undefined,
        data: doc.data,
        schemaVersion: doc.schemaVersion,
      });
      if (cancelled) return;
      if (encoded.type === 'success') {
        const path = worksheetHref(doc.kind, locale);
        setOutput({ type: 'link', url: `${window.location.origin}${path}#${encoded.fragment}` });
      } else if (encoded.code === 'too_large') {
        setOutput({
          type: 'error',
          message: t('hr.builder.tooLarge', { length: encoded.length, limit: encoded.limit }),
        });
      } else {
        const reason = await describeLoadErrorLater(
          encoded.loadError,
          locale,
          t('ws.common.moduleUnavailable'),
        );
        if (cancelled) return;
        setOutput({ type: 'error', message: t('hr.builder.invalid', { reason }) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [chosenId, includePerson, locale, t]);

  const copy = async (url: string) => {
    setCopyStatus((await copyText(url)) ? t('hr.builder.copied') : t('hr.builder.copyFailed'));
  };

  if (summaries === undefined) {
    return (
      <p className="ws-loading" role="status">
        {t('hr.builder.loading')}
      </p>
    );
  }
  if (summaries.length === 0) {
    return (
      <div className="banner banner--info">
        <p>{t('hr.builder.empty')}</p>
        <p>
          <a href={localizePath('/worksheets/', locale)}>{t('hr.builder.emptyLink')}</a>
        </p>
      </div>
    );
  }

  return (
    <div className="hr-builder">
      <fieldset className="field" aria-describedby={`${id}-choose-help`}>
        <legend className="field__label">{t('hr.builder.choose')}</legend>
        <p className="field__help" id={`${id}-choose-help`}>
          {t('hr.builder.chooseHelp')}
        </p>
        <ul className="hr-builder__choices">
          {summaries.map((summary) => {
            const who = summary.person?.trim() ?? '';
            const kind = worksheetKindInfo[summary.kind].name[locale];
            const date = dateFormat.format(new Date(summary.updatedAt));
            return (
              <li key={summary.id}>
                <label className="hr-builder__choice">
                  <input
                    type="radio"
                    name={`${id}-worksheet`}
                    value={summary.id}
                    checked={summary.id === chosenId}
                    onChange={() => setChosenId(summary.id)}
                  />
                  <span>
                    <span className="hr-builder__choice-title">{displayTitle(summary, locale)}</span>
                    <span className="hr-builder__choice-meta">
                      {who === ''
                        ? t('hr.builder.meta', { kind, date })
                        : t('hr.builder.metaPerson', { kind, person: who, date })}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      </fieldset>

      {person !== '' && (
        <div className="field">
          <label className="checkbox-field">
            <input
              type="checkbox"
              checked={includePerson}
              aria-describedby={`${id}-person-help`}
              onChange={(event) => setIncludePerson(event.target.checked)}
            />
            <span>{t('hr.builder.includePerson', { person })}</span>
          </label>
          <p className="field__help" id={`${id}-person-help`}>
            {t('hr.builder.includePersonHelp')}
          </p>
        </div>
      )}

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
              <p role="status">{copyStatus}</p>
            </div>
            <p className="field__help" id={`${id}-open-help`}>
              {t('hr.builder.openHelp')}
            </p>
          </>
        )}
      </section>
    </div>
  );
}
