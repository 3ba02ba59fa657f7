import type { UiKey } from '../../lib/i18n';
import type { PrepSheetData } from '../../lib/worksheets/prep-sheet';
import type { IslandTranslate } from '../shared/island-strings';

/** A saved prep sheet at a glance: what the questions will be built from. */
export function PrepSummary(props: {
  data: PrepSheetData;
  t: IslandTranslate;
  onEdit: () => void;
  href: string;
}) {
  const { data, t } = props;
  const written = (items: readonly string[]) =>
    items.map((item) => item.trim()).filter((item) => item !== '');
  const metrics = data.metrics
    .filter((metric) => metric.name.trim() !== '')
    .map((metric) =>
      [
        metric.name,
        [metric.previous, metric.current].filter((v) => v.trim() !== '').join(' → '),
        metric.target,
      ]
        .filter((part) => part.trim() !== '')
        .join(' · '),
    );
  const rows: [UiKey, string[]][] = [
    ['q.summaryTopics', written(data.topics)],
    ['q.summaryPuzzles', written(data.puzzles)],
    ['q.summaryMetrics', metrics],
  ];
  return (
    <div className="q-summary">
      <dl>
        {rows.map(([key, items]) => (
          <div key={key} className="q-summary__row">
            <dt>{t(key)}</dt>
            <dd>
              {items.length === 0 ? (
                <span className="field__help">{t('q.summaryNone')}</span>
              ) : (
                <ul>
                  {items.map((item, index) => (
                    <li key={index}>{item}</li>
                  ))}
                </ul>
              )}
            </dd>
          </div>
        ))}
      </dl>
      <p className="actions">
        <button type="button" className="button button--small button--quiet" onClick={props.onEdit}>
          {t('q.edit')}
        </button>
        <a className="button-link" href={props.href}>
          {t('q.openSheet')}
        </a>
      </p>
    </div>
  );
}
