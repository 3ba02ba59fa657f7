import { useEffect, useId, useMemo, useState } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { localizePath } from '../../lib/i18n/paths';
import type { WorksheetSummary } from '../../lib/worksheets/document';
import { getWorksheetStore } from '../../storage';
import { islandTranslator, type IslandStrings } from '../shared/island-strings';
import { LinkResult } from './link-builder/LinkResult';
import { makePrefillLink, type LinkOutput } from './link-builder/make-link';
import { WorksheetChoices } from './link-builder/WorksheetChoices';

interface Props {
  locale: Locale;
  strings: IslandStrings;
}

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
  const [output, setOutput] = useState<LinkOutput>({ type: 'idle' });

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
    const options = { includePerson, locale, t, origin: window.location.origin };
    void makePrefillLink(getWorksheetStore(), chosenId, options).then((made) => {
      if (!cancelled) setOutput(made);
    });
    return () => {
      cancelled = true;
    };
  }, [chosenId, includePerson, locale, t]);

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
      <WorksheetChoices
        id={id}
        locale={locale}
        t={t}
        summaries={summaries}
        chosenId={chosenId}
        choose={setChosenId}
      />

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

      <LinkResult id={id} output={output} t={t} />
    </div>
  );
}
