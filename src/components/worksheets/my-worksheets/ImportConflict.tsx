import type { Locale } from '../../../lib/i18n/locales';
import { displayTitle, type WorksheetDoc, type WorksheetSummary } from '../../../lib/worksheets/document';
import type { ImportResolution } from '../../../lib/worksheets/import-plan';
import { newerCopy } from '../../../lib/worksheets/list-view';
import type { IslandTranslate } from '../../shared/island-strings';
import { formatDate } from './format-date';
import type { PendingImport } from './list-actions';

interface Props {
  pending: PendingImport;
  summaries: readonly WorksheetSummary[] | undefined;
  t: IslandTranslate;
  locale: Locale;
  onAnswer: (resolution: ImportResolution) => void;
  onCancel: () => void;
}

/** "Keep both or replace?" for an import holding worksheets that are already here, each with which copy is newer. */
export function ImportConflict({ pending, summaries, t, locale, onAnswer, onCancel }: Props) {
  const whichIsNewer = (incoming: WorksheetDoc) => {
    const stored = summaries?.find((summary) => summary.id === incoming.id)?.updatedAt;
    const params = {
      file: formatDate(incoming.updatedAt, locale),
      here: stored === undefined ? '' : formatDate(stored, locale),
    };
    const newer = newerCopy(stored, incoming.updatedAt);
    return t(
      newer === 'file' ? 'ws.list.newerFile' : newer === 'here' ? 'ws.list.newerHere' : 'ws.list.newerSame',
      params,
    );
  };
  return (
    <div className="banner banner--warning" role="alert">
      <p>{t('ws.list.conflictQuestion', { count: pending.plan.conflicts.length })}</p>
      <ul>
        {pending.plan.conflicts.map((conflict) => (
          <li key={`${conflict.incoming.id}-${conflict.with}`}>
            {displayTitle(conflict.incoming, locale)}
            {conflict.with === 'stored' && <> · {whichIsNewer(conflict.incoming)}</>}
          </li>
        ))}
      </ul>
      <div className="banner__actions">
        <button type="button" className="button button--small" onClick={() => onAnswer('keep-both')}>
          {t('ws.list.keepBoth')}
        </button>
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => onAnswer('replace')}
        >
          {t('ws.list.replace')}
        </button>
        <button type="button" className="button-link" onClick={onCancel}>
          {t('ws.list.cancelImport')}
        </button>
      </div>
    </div>
  );
}
