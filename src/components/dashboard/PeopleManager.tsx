import { useState } from 'react';
import { checkRename, setArchived, type StoredPeopleSettings } from '../../lib/tracking/people';
import type { TeamView } from '../../lib/tracking/views';
import type { IslandTranslate } from '../shared/island-strings';
import type { DashboardData } from './parts';

interface Props {
  view: TeamView;
  data: DashboardData;
  t: IslandTranslate;
  busy: boolean;
  run: (work: () => Promise<string | undefined>) => Promise<void>;
  onSettings: (settings: StoredPeopleSettings) => void;
}

/** The person list: rename a pseudonym everywhere, merge two spellings, archive someone who left, or say who "me" is. */
export function PeopleManager({ view, data, t, busy, run, onSettings }: Props) {
  const names = [...view.rows.map((row) => row.name), ...view.archived.map((entry) => entry.name)];
  const [person, setPerson] = useState(names[0] ?? '');
  const [newName, setNewName] = useState('');
  const [error, setError] = useState<string>();
  const selected = names.includes(person) ? person : (names[0] ?? '');
  const archived = view.archived.some((entry) => entry.name === selected);
  const errorId = 'dash-people-error';

  const rename = () => {
    const check = checkRename(names, selected, newName);
    if (check.type === 'error') {
      setError(t(`dash.people.error.${check.code}`));
      return;
    }
    setError(undefined);
    void run(async () => {
      const { renamePersonEverywhere } = await import('./actions');
      const result = await renamePersonEverywhere(selected, check.target);
      if (result.type === 'error') return t('dash.failed');
      setNewName('');
      return t(check.merge ? 'dash.people.merged' : 'dash.people.renamed', {
        from: selected,
        to: check.target,
        count: result.count,
      });
    });
  };

  return (
    <section className="dash-section dash-people" aria-labelledby="dash-people">
      <h2 id="dash-people">{t('dash.people.title')}</h2>
      <p className="dash-section__intro">{t('dash.people.intro')}</p>
      {names.length === 0 ? (
        <p className="dash-empty-line">{t('dash.people.none')}</p>
      ) : (
        <div className="dash-people__form">
          <div className="field">
            <label htmlFor="dash-people-person" className="field__label">
              {t('dash.people.person')}
            </label>
            <select
              id="dash-people-person"
              value={selected}
              onChange={(event) => setPerson(event.currentTarget.value)}
            >
              {names.map((name) => (
                <option key={name} value={name}>
                  {view.archived.some((entry) => entry.name === name)
                    ? t('dash.people.archivedName', { name })
                    : name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="dash-people-new" className="field__label">
              {t('dash.people.newName')}
            </label>
            <p className="field__help" id="dash-people-help">
              {t('dash.people.newNameHelp')}
            </p>
            <input
              id="dash-people-new"
              type="text"
              maxLength={80}
              list="dash-people-names"
              value={newName}
              aria-describedby={error === undefined ? 'dash-people-help' : `dash-people-help ${errorId}`}
              aria-invalid={error !== undefined}
              onChange={(event) => setNewName(event.currentTarget.value)}
            />
            <datalist id="dash-people-names">
              {names
                .filter((name) => name !== selected)
                .map((name) => (
                  <option key={name} value={name} />
                ))}
            </datalist>
            {error !== undefined && (
              <p id={errorId} className="field__error" role="alert">
                {error}
              </p>
            )}
          </div>
          <div className="dash-people__buttons">
            <button type="button" className="button button--small" disabled={busy} onClick={rename}>
              {t('dash.people.rename')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              disabled={busy}
              onClick={() => onSettings(setArchived(data.settings, selected, !archived))}
            >
              {archived
                ? t('dash.people.unarchive', { name: selected })
                : t('dash.people.archive', { name: selected })}
            </button>
          </div>
        </div>
      )}
      {view.archived.length > 0 && (
        <p className="dash-people__archived">
          {t('dash.people.archivedList', {
            names: view.archived.map((entry) => `${entry.name} (${entry.worksheetCount})`).join(', '),
          })}
        </p>
      )}
    </section>
  );
}
