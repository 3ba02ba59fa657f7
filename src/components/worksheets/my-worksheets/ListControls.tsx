import { useRef } from 'react';
import type { Locale } from '../../../lib/i18n/locales';
import { worksheetKindInfo, worksheetKinds, type WorksheetKind } from '../../../lib/worksheets/kinds';
import type { ListFilter } from '../../../lib/worksheets/list-view';
import type { IslandTranslate } from '../../shared/island-strings';

interface Props {
  filter: ListFilter;
  onFilter: (filter: ListFilter) => void;
  people: readonly string[];
  t: IslandTranslate;
  locale: Locale;
}

/** Search, kind and person: the list's filter. */
export function ListControls({ filter, onFilter, people, t, locale }: Props) {
  return (
    <div className="ws-list-controls" role="search">
      <div className="field">
        <label className="field__label" htmlFor="ws-search">
          {t('ws.list.search')}
        </label>
        <input
          id="ws-search"
          type="search"
          value={filter.query}
          onChange={(event) => onFilter({ ...filter, query: event.currentTarget.value })}
        />
      </div>
      <div className="field">
        <label className="field__label" htmlFor="ws-kind">
          {t('ws.list.kind')}
        </label>
        <select
          id="ws-kind"
          value={filter.kind}
          onChange={(event) => onFilter({ ...filter, kind: event.currentTarget.value as WorksheetKind | '' })}
        >
          <option value="">{t('ws.list.allKinds')}</option>
          {worksheetKinds.map((kind) => (
            <option key={kind} value={kind}>
              {worksheetKindInfo[kind].name[locale]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="ws-person">
          {t('ws.list.person')}
        </label>
        <select
          id="ws-person"
          value={filter.person}
          onChange={(event) => onFilter({ ...filter, person: event.currentTarget.value })}
        >
          <option value="">{t('ws.list.allPeople')}</option>
          {people.map((person) => (
            <option key={person} value={person}>
              {person}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

/** Export everything, import a file, and (when there is practice data) clear it. */
export function ListToolbar(props: {
  t: IslandTranslate;
  canExport: boolean;
  hasPractice: boolean;
  onExport: () => void;
  onImport: (file: File) => void;
  onClearPractice: () => void;
}) {
  const { t } = props;
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div className="ws-toolbar" role="group" aria-label={t('ws.list.actions')}>
      <button
        type="button"
        className="button button--small"
        onClick={props.onExport}
        disabled={!props.canExport}
      >
        {t('ws.list.exportAll')}
      </button>
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => fileInput.current?.click()}
      >
        {t('ws.list.import')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = '';
          if (file) props.onImport(file);
        }}
      />
      {props.hasPractice && (
        <button type="button" className="button button--small button--danger" onClick={props.onClearPractice}>
          {t('ws.list.clearPractice')}
        </button>
      )}
    </div>
  );
}
