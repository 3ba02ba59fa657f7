import type { Locale } from '../../../lib/i18n/locales';
import { displayTitle, MAX_TITLE, type WorksheetSummary } from '../../../lib/worksheets/document';
import { worksheetHref } from '../../../lib/worksheets/href';
import { worksheetKindInfo } from '../../../lib/worksheets/kinds';
import type { groupByPerson } from '../../../lib/worksheets/list-view';
import type { IslandTranslate } from '../../shared/island-strings';
import { formatDate } from './format-date';

export interface Renaming {
  id: string;
  title: string;
}

interface ItemActions {
  renaming: Renaming | undefined;
  onRenaming: (renaming: Renaming | undefined) => void;
  onSaveRename: () => void;
  onDuplicate: (summary: WorksheetSummary) => void;
  onRemove: (summary: WorksheetSummary) => void;
}

interface Props extends ItemActions {
  groups: ReturnType<typeof groupByPerson>;
  t: IslandTranslate;
  locale: Locale;
}

/** The saved worksheets, one section per person, most recent first. */
export function WorksheetGroups({ groups, t, locale, ...actions }: Props) {
  return groups.map((group) => {
    const person = group.person ?? t('ws.list.noPerson');
    return (
      <section key={group.person ?? ''} className="ws-group" aria-label={person}>
        <h3 className="ws-group__heading">{t('ws.list.group', { person, count: group.summaries.length })}</h3>
        <ul className="ws-list">
          {group.summaries.map((summary) => (
            <WorksheetItem key={summary.id} summary={summary} t={t} locale={locale} {...actions} />
          ))}
        </ul>
      </section>
    );
  });
}

function WorksheetItem({
  summary,
  t,
  locale,
  renaming,
  onRenaming,
  onSaveRename,
  onDuplicate,
  onRemove,
}: ItemActions & { summary: WorksheetSummary; t: IslandTranslate; locale: Locale }) {
  const title = displayTitle(summary, locale);
  return (
    <li className="ws-list__item">
      {renaming?.id === summary.id ? (
        <form
          className="ws-list__rename"
          onSubmit={(event) => {
            event.preventDefault();
            onSaveRename();
          }}
        >
          <label className="field__label" htmlFor={`rename-${summary.id}`}>
            {t('ws.list.newTitle')}
          </label>
          <input
            id={`rename-${summary.id}`}
            type="text"
            value={renaming.title}
            maxLength={MAX_TITLE}
            autoFocus
            onChange={(event) => onRenaming({ id: summary.id, title: event.currentTarget.value })}
          />
          <button type="submit" className="button button--small">
            {t('ws.list.saveTitle')}
          </button>
          <button type="button" className="button-link" onClick={() => onRenaming(undefined)}>
            {t('ws.list.cancel')}
          </button>
        </form>
      ) : (
        // The whole card opens the worksheet (the link stretches over it); the actions sit above.
        <a
          className="ws-list__title ws-list__open"
          href={worksheetHref(summary.kind, locale, { id: summary.id })}
        >
          {title}
        </a>
      )}
      <span className="ws-list__meta">
        {worksheetKindInfo[summary.kind].name[locale]}
        {' · '}
        {t('ws.list.changed', { date: formatDate(summary.updatedAt, locale) })}
        {summary.practice && <span className="tag tag--practice">{t('ws.common.practiceTag')}</span>}
      </span>
      <span className="ws-list__actions">
        <button
          type="button"
          className="button-link"
          onClick={() => onRenaming({ id: summary.id, title: summary.title })}
          aria-label={t('ws.list.renameLabel', { title })}
        >
          {t('ws.list.rename')}
        </button>
        <button
          type="button"
          className="button-link"
          onClick={() => onDuplicate(summary)}
          aria-label={t('ws.list.duplicateLabel', { title })}
        >
          {t('ws.list.duplicate')}
        </button>
        <button
          type="button"
          className="button-link"
          onClick={() => onRemove(summary)}
          aria-label={t('ws.list.deleteLabel', { title })}
        >
          {t('ws.list.delete')}
        </button>
      </span>
    </li>
  );
}
