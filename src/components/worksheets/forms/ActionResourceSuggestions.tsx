import { quotedList } from '../../../lib/i18n/sentences';
import { createContext, useContext, useId, useMemo, useState } from 'react';
import type { Locale } from '../../../lib/i18n/locales';
import { appendResource, matchAreas } from '../../../lib/resources/match';
import type { ResourceCatalog } from '../../../lib/resources/schema';
import { MAX_TEXT } from '../../../lib/worksheets/fields';
import type { IslandTranslate } from '../../shared/island-strings';

/**
 * The company's resource catalog (`content/<lang>/resources.yaml`), provided by the 5R island
 * so the form can suggest from it without changing the props every form receives.
 */
export const ResourceCatalogContext = createContext<ResourceCatalog | undefined>(undefined);

interface Props {
  t: IslandTranslate;
  locale: Locale;
  /** The action's position, for the confirmation message. */
  index: number;
  /** The action's Result: its words point to a development area. */
  result: string;
  resource: string;
  onResource: (resource: string) => void;
}

/**
 * "Suggest resources" under one 5R action: the areas its Result points to, any area by choice,
 * and that area's items, each added to the Resource field with one click (appended, never
 * replacing what is there). Renders nothing when the catalog is empty.
 */
export function ActionResourceSuggestions({ t, locale, index, result, resource, onResource }: Props) {
  const catalog = useContext(ResourceCatalogContext);
  const [chosen, setChosen] = useState<string>();
  const [status, setStatus] = useState<string>();
  const id = useId();
  const matches = useMemo(
    () => (catalog ? matchAreas(result, catalog.areas).slice(0, 3) : []),
    [catalog, result],
  );
  if (!catalog || catalog.areas.length === 0) return null;

  const areaId = chosen ?? matches[0]?.area.id ?? '';
  const area = catalog.areas.find((candidate) => candidate.id === areaId);
  const keywords = quotedList(locale, [...new Set(matches.flatMap((match) => match.matched))].slice(0, 3));

  const add = (name: string) => {
    const outcome = appendResource(resource, name, locale, MAX_TEXT);
    if (outcome.type === 'appended') onResource(outcome.value);
    const key =
      outcome.type === 'appended'
        ? 'hr.resources.added'
        : outcome.type === 'present'
          ? 'hr.resources.present'
          : 'hr.resources.tooLong';
    setStatus(t(key, { name, n: index + 1 }));
  };

  return (
    <details className="resource-suggest">
      <summary>{t('hr.resources.suggest')}</summary>
      <div className="resource-suggest__body">
        <p className="field__help">{t('hr.resources.intro')}</p>
        {matches.length > 0 ? (
          <div className="resource-suggest__matches">
            <p className="field__help">{t('hr.resources.matched', { keywords })}</p>
            <div className="resource-suggest__chips">
              {matches.map((match) => (
                <button
                  key={match.area.id}
                  type="button"
                  className="button button--small button--quiet"
                  aria-pressed={match.area.id === areaId}
                  onClick={() => setChosen(match.area.id)}
                >
                  {match.area.name}
                </button>
              ))}
            </div>
          </div>
        ) : (
          <p className="field__help">{t('hr.resources.noMatch')}</p>
        )}
        <div className="field">
          <label className="field__label" htmlFor={`${id}-area`}>
            {t('hr.resources.area')}
          </label>
          <select id={`${id}-area`} value={areaId} onChange={(event) => setChosen(event.target.value)}>
            <option value="">{t('hr.resources.chooseArea')}</option>
            {catalog.areas.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        {area && (
          <ul className="resource-suggest__items">
            {area.items.map((item) => (
              <li key={item.name} className="resource-suggest__item">
                <p className="resource-suggest__name">
                  <strong>{item.name}</strong>
                  <span className="tag">{t(`hr.resources.type.${item.type}`)}</span>
                </p>
                <p className="field__help">{item.description}</p>
                {item.contact !== undefined && (
                  <p className="field__help">{t('hr.resources.contact', { contact: item.contact })}</p>
                )}
                <p className="resource-suggest__actions">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('hr.resources.addLabel', { name: item.name })}
                    onClick={() => add(item.name)}
                  >
                    {t('hr.resources.add')}
                  </button>
                  {item.link !== undefined && (
                    <a
                      href={item.link}
                      target="_blank"
                      rel="noopener noreferrer"
                      aria-label={t('hr.resources.moreLabel', { name: item.name })}
                    >
                      {t('hr.resources.more')}
                    </a>
                  )}
                </p>
              </li>
            ))}
          </ul>
        )}
        <p role="status" className="resource-suggest__status">
          {status}
        </p>
      </div>
    </details>
  );
}
