import { useEffect, useRef, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { displayTitle, type WorksheetSummary } from '../../lib/worksheets/document';
import { listSavedPrepSheets } from '../worksheets/forms/prep-source';
import type { IslandTranslate } from '../shared/island-strings';

/**
 * "Use a saved prep sheet" on /questions/. The saved sheets are listed when the user asks for
 * them (or at once when the address names one, `listAtOnce`): opening the page reads no
 * storage, so a first-time visitor, who has none, loads no IndexedDB code at all.
 */
export function SavedPrepSheetPicker(props: {
  t: IslandTranslate;
  locale: Locale;
  /** The chosen sheet's id, `''` for "fill one in here". */
  sourceId: string;
  listAtOnce: boolean;
  onChoose: (id: string) => void;
  onFailure: () => void;
}) {
  const { t, locale, sourceId, listAtOnce, onChoose, onFailure } = props;
  const [saved, setSaved] = useState<WorksheetSummary[]>();
  const [focusWhenListed, setFocusWhenListed] = useState(false);
  const select = useRef<HTMLSelectElement>(null);

  const list = async () => {
    try {
      // Every sheet: the address may name an old one, and the select must hold it.
      setSaved(await listSavedPrepSheets(Number.POSITIVE_INFINITY));
    } catch {
      // Not "none saved": the button stays, so the user can try again, and the page says why.
      onFailure();
    }
  };

  useEffect(() => {
    if (listAtOnce && saved === undefined) void list();
    // `list` reads the store afresh; only the switch to "list at once" matters here.
  }, [listAtOnce]);

  useEffect(() => {
    if (focusWhenListed && saved !== undefined) select.current?.focus();
  }, [focusWhenListed, saved]);

  if (saved === undefined)
    return (
      <div className="field">
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            setFocusWhenListed(true);
            void list();
          }}
        >
          {t('q.useSaved')}
        </button>
      </div>
    );
  if (saved.length === 0 && sourceId === '')
    return (
      <p className="field__help" role="status">
        {t('q.noSaved')}
      </p>
    );
  return (
    <div className="field">
      <label className="field__label" htmlFor="q-source">
        {t('q.chooseSaved')}
      </label>
      <select
        id="q-source"
        ref={select}
        value={sourceId}
        onChange={(event) => onChoose(event.currentTarget.value)}
      >
        <option value="">{t('q.fillHere')}</option>
        {saved.map((summary) => (
          <option key={summary.id} value={summary.id}>
            {displayTitle(summary, locale)}
            {summary.person ? ` · ${summary.person}` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
