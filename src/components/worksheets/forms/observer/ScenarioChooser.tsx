import { createContext, useContext, useId } from 'react';
import type { ObserverScenarioChoice } from '../../../../lib/worksheets/observer-checklist/in-play';
import { chosenScenarioId } from '../../../../lib/worksheets/observer-checklist/form-rules';
import type { IslandTranslate } from '../../../shared/island-strings';

/** The page language's role-play scenarios, to choose from (and pre-tick what is in play). */
export const ScenarioChoicesContext = createContext<readonly ObserverScenarioChoice[]>([]);

/** Choosing a listed scenario writes its id and ticks the frameworks it practises. */
export function ScenarioChooser({
  value,
  onChoose,
  t,
}: {
  value: string;
  onChoose: (scenario: ObserverScenarioChoice) => void;
  t: IslandTranslate;
}) {
  const scenarios = useContext(ScenarioChoicesContext);
  const id = useId();
  if (scenarios.length === 0) return null;
  return (
    <div className="field">
      <label htmlFor={id} className="field__label">
        {t('ws.observer.chooseScenario')}
      </label>
      <p className="field__help" id={`${id}-help`}>
        {t('ws.observer.chooseScenarioHelp')}
      </p>
      <select
        id={id}
        aria-describedby={`${id}-help`}
        value={chosenScenarioId(scenarios, value)}
        onChange={(event) => {
          const chosen = scenarios.find((scenario) => scenario.id === event.currentTarget.value);
          if (chosen) onChoose(chosen);
        }}
      >
        <option value="">{t('ws.observer.chooseScenarioNone')}</option>
        {scenarios.map((scenario) => (
          <option key={scenario.id} value={scenario.id}>
            {scenario.title}
          </option>
        ))}
      </select>
    </div>
  );
}
