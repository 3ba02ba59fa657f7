import type { Locale } from '../../../../lib/i18n/locales';
import {
  observerScore,
  type ObserverChecklistData,
  type SectionScore,
} from '../../../../lib/worksheets/observer-checklist';
import {
  missingItems,
  summaryFacts,
  summaryText,
  summaryTexts,
} from '../../../../lib/worksheets/observer-checklist/form-rules';
import type { IslandTranslate } from '../../../shared/island-strings';

/** The printable debrief: who played what, the score per part, the debrief and the notes. */
export function DebriefSummary({
  data,
  t,
  locale,
  title,
}: {
  data: ObserverChecklistData;
  t: IslandTranslate;
  locale: Locale;
  title: string;
}) {
  const score = observerScore(data);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const orEmpty = (value: string) => summaryText(value) ?? t('ws.observer.summaryEmpty');
  const detail = (section: SectionScore) => {
    if (!section.inPlay) return '—';
    const missing = missingItems(data, section.section).map((key) => t(key));
    const gaps =
      missing.length === 0
        ? t('ws.observer.summaryAllDone')
        : t('ws.observer.summaryMissing', { items: list.format(missing) });
    return section.section === 'grow'
      ? t('ws.observer.summaryGrowLine', {
          counts: t('ws.observer.summaryGrowCounts', { ...data.grow }),
          gaps,
        })
      : gaps;
  };
  const shownTitle = summaryText(title);
  return (
    <section className="ws-section observer-summary" aria-labelledby="observer-summary">
      <h2 id="observer-summary">{t('ws.observer.summarySection')}</h2>
      {shownTitle !== undefined && <p className="observer-summary__title">{shownTitle}</p>}
      <p className="ws-section__intro observer-screen-only">{t('ws.observer.summaryIntro')}</p>
      <dl className="observer-summary__facts">
        {summaryFacts(data).map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{orEmpty(value)}</dd>
          </div>
        ))}
      </dl>
      <p className="observer-summary__score">
        {t('ws.observer.score', { done: score.done, total: score.total })}
      </p>
      <table className="observer-summary__table">
        <thead>
          <tr>
            <th scope="col">{t('ws.observer.summaryPart')}</th>
            <th scope="col">{t('ws.observer.summaryScore')}</th>
            <th scope="col">{t('ws.observer.summaryDetail')}</th>
          </tr>
        </thead>
        <tbody>
          {score.sections.map((section) => (
            <tr key={section.section}>
              <th scope="row">{t(`ws.observer.${section.section}`)}</th>
              <td>
                {section.inPlay ? `${section.done}/${section.total}` : t('ws.observer.summaryNotInPlay')}
              </td>
              <td>{detail(section)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {summaryTexts(data).map(([key, value]) => (
        <div key={key} className="observer-summary__text">
          <h3>{t(key)}</h3>
          <p>{orEmpty(value)}</p>
        </div>
      ))}
    </section>
  );
}
