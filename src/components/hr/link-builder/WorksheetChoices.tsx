import { useMemo } from 'react';
import type { Locale } from '../../../lib/i18n/locales';
import { displayTitle, type WorksheetSummary } from '../../../lib/worksheets/document';
import { worksheetKindInfo } from '../../../lib/worksheets/kinds';
import type { IslandTranslate } from '../../shared/island-strings';

interface Props {
  id: string;
  locale: Locale;
  t: IslandTranslate;
  summaries: readonly WorksheetSummary[];
  chosenId: string | undefined;
  choose: (id: string) => void;
}

/** The worksheets saved in this browser, newest first, one to choose. */
export function WorksheetChoices({ id, locale, t, summaries, chosenId, choose }: Props) {
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }), [locale]);
  return (
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
                  onChange={() => choose(summary.id)}
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
  );
}
