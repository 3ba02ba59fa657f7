import { MAX_SHORT } from '../../../../lib/worksheets/fields';
import { MAX_NAME } from '../../../../lib/worksheets/observer-checklist';
import {
  chooseScenario,
  inPlaySwitches,
  observerRoles,
  withInPlay,
  withRole,
  withText,
} from '../../../../lib/worksheets/observer-checklist/form-rules';
import { CheckboxField, TextField, hintsFor } from '../../fields';
import type { ObserverPartProps } from './part-props';
import { ScenarioChooser } from './ScenarioChooser';

/** "The role-play": which scenario, who played whom, and which optional frameworks are in play. */
export function SetupSection({ data, onChange, hints, t }: ObserverPartProps) {
  return (
    <section className="ws-section observer-screen-only" aria-labelledby="observer-setup">
      <h2 id="observer-setup">{t('ws.observer.setupSection')}</h2>
      <p className="ws-section__intro">{t('ws.observer.setupIntro')}</p>
      <ScenarioChooser
        value={data.scenario}
        t={t}
        onChoose={(scenario) => onChange(chooseScenario(data, scenario))}
      />
      <TextField
        label={t('ws.observer.scenario')}
        help={t('ws.observer.scenarioHelp')}
        value={data.scenario}
        maxLength={MAX_SHORT}
        hints={hintsFor(hints, 'scenario')}
        onChange={(scenario) => onChange(withText(data, 'scenario', scenario))}
      />
      <div className="field-row">
        {observerRoles.map((role) => (
          <TextField
            key={role}
            label={t(`ws.observer.${role}`)}
            value={data.roles[role]}
            maxLength={MAX_NAME}
            onChange={(name) => onChange(withRole(data, role, name))}
          />
        ))}
      </div>
      <fieldset className="field observer-in-play">
        <legend className="field__label">{t('ws.observer.inPlay')}</legend>
        <p className="field__help">{t('ws.observer.inPlayHelp')}</p>
        <div className="choice-options">
          {inPlaySwitches.map(([section, label]) => (
            <CheckboxField
              key={section}
              label={t(label)}
              checked={data.inPlay[section]}
              onChange={(on) => onChange(withInPlay(data, section, on))}
            />
          ))}
        </div>
      </fieldset>
    </section>
  );
}
