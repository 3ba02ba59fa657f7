import { createContext, useContext, useId, type ReactNode } from 'react';
import type { UiKey } from '../../../lib/i18n';
import type { Hint } from '../../../lib/worksheets/hint';
import { MAX_LONG, MAX_SHORT, MAX_TEXT } from '../../../lib/worksheets/fields';
import {
  bestParts,
  fiveRParts,
  growStages,
  MAX_NAME,
  MAX_QUESTION_COUNT,
  observerScore,
  prepSteps,
  threeEParts,
  type GrowStage,
  type ObserverChecklistData,
  type ObserverSection,
  type SectionScore,
  observerChecklistModule,
} from '../../../lib/worksheets/observer-checklist';
import {
  inPlayForScenario,
  type ObserverScenarioChoice,
} from '../../../lib/worksheets/observer-checklist/in-play';
import { CheckboxField, HintList, TextField, hintsFor, hintsUnder } from '../fields';
import type { IslandTranslate } from '../../shared/island-strings';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';

const sectionLegend: Record<ObserverSection, UiKey> = {
  prep: 'ws.observer.prep',
  grow: 'ws.observer.grow',
  threeE: 'ws.observer.threeE',
  best: 'ws.observer.best',
  fiveR: 'ws.observer.fiveR',
};

/** A checkbox with a short label and, under it, what exactly counts as done. */
function TickField(props: {
  label: string;
  help: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = useId();
  return (
    <div className="observer-tick">
      <label className="checkbox-field" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          aria-describedby={`${id}-help`}
          onChange={(event) => props.onChange(event.currentTarget.checked)}
        />
        <span className="observer-tick__label">{props.label}</span>
      </label>
      <p id={`${id}-help`} className="observer-tick__help">
        {props.help}
      </p>
    </div>
  );
}

/** One part of the checklist: a fieldset whose legend carries its own count ("3/5"). */
function TickGroup(props: {
  legend: string;
  help: string;
  score: SectionScore;
  hints: readonly Hint[];
  t: IslandTranslate;
  children: ReactNode;
}) {
  const id = useId();
  const { score, t } = props;
  return (
    <fieldset
      className="observer-group"
      aria-describedby={props.hints.length > 0 ? `${id}-help ${id}-hints` : `${id}-help`}
    >
      <legend className="field__label">
        {props.legend}{' '}
        <span className="observer-group__count">
          {t('ws.observer.sectionCount', { done: score.done, total: score.total })}
        </span>
      </legend>
      <p id={`${id}-help`} className="field__help">
        {props.help}
      </p>
      <div className="observer-group__items">{props.children}</div>
      <HintList id={`${id}-hints`} hints={props.hints} />
    </fieldset>
  );
}

/** The "+1" counter next to a GROW stage; the visible "+1" is part of the button's name. */
function GrowCounter(props: {
  stage: GrowStage;
  count: number;
  t: IslandTranslate;
  onChange: (count: number) => void;
}) {
  const { count, t } = props;
  const stage = t(`ws.observer.growStage.${props.stage}`);
  return (
    <div className="observer-counter" role="group" aria-label={t('ws.observer.growCounter', { stage })}>
      <button
        type="button"
        className="button button--small button--quiet"
        disabled={count === 0}
        onClick={() => props.onChange(count - 1)}
      >
        <span aria-hidden="true">−</span>
        <span className="visually-hidden">{t('ws.observer.growLess', { stage })}</span>
      </button>
      <output className="observer-counter__value">{count}</output>
      <button
        type="button"
        className="button button--small"
        disabled={count >= MAX_QUESTION_COUNT}
        onClick={() => props.onChange(count + 1)}
      >
        +1<span className="visually-hidden"> {t('ws.observer.growMore', { stage })}</span>
      </button>
    </div>
  );
}

/** The labels of the items a section has not ticked, for the summary. */
function missingLabels(data: ObserverChecklistData, section: ObserverSection, t: IslandTranslate): string[] {
  switch (section) {
    case 'prep':
      return [
        ...prepSteps.filter((step) => !data.prep[step]).map((step) => t(`ws.observer.prep.${step}`)),
        ...(data.prepInOrder ? [] : [t('ws.observer.prepInOrder')]),
      ];
    case 'grow':
      return growStages
        .filter((stage) => data.grow[stage] === 0)
        .map((stage) => t(`ws.observer.grow.${stage}`));
    case 'threeE':
      return threeEParts.filter((part) => !data.threeE[part]).map((part) => t(`ws.observer.threeE.${part}`));
    case 'best':
      return bestParts.filter((part) => !data.best[part]).map((part) => t(`ws.observer.best.${part}`));
    case 'fiveR':
      return [
        ...fiveRParts.filter((part) => !data.fiveR[part]).map((part) => t(`ws.observer.fiveR.${part}`)),
        ...(data.microAction ? [] : [t('ws.observer.microAction')]),
      ];
  }
}

/** The printable debrief: who played what, the score per part, the debrief and the notes. */
function DebriefSummary({
  data,
  t,
  locale,
  title,
}: Pick<WorksheetFormProps<'observer-checklist'>, 'data' | 't' | 'locale'> & { title: string }) {
  const score = observerScore(data);
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const orEmpty = (value: string) => (value.trim() === '' ? t('ws.observer.summaryEmpty') : value.trim());
  const detail = (section: SectionScore) => {
    if (!section.inPlay) return '—';
    const missing = missingLabels(data, section.section, t);
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
  const facts: [UiKey, string][] = [
    ['ws.observer.scenario', data.scenario],
    ['ws.observer.manager', data.roles.manager],
    ['ws.observer.employee', data.roles.employee],
    ['ws.observer.observer', data.roles.observer],
  ];
  const texts: [UiKey, string][] = [
    ['ws.observer.wentWell', data.wentWell],
    ['ws.observer.tryNext', data.tryNext],
    ['ws.observer.quotes', data.quotes],
    ['ws.observer.moments', data.moments],
  ];
  return (
    <section className="ws-section observer-summary" aria-labelledby="observer-summary">
      <h2 id="observer-summary">{t('ws.observer.summarySection')}</h2>
      {title.trim() !== '' && <p className="observer-summary__title">{title.trim()}</p>}
      <p className="ws-section__intro observer-screen-only">{t('ws.observer.summaryIntro')}</p>
      <dl className="observer-summary__facts">
        {facts.map(([key, value]) => (
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
              <th scope="row">{t(sectionLegend[section.section])}</th>
              <td>
                {section.inPlay ? `${section.done}/${section.total}` : t('ws.observer.summaryNotInPlay')}
              </td>
              <td>{detail(section)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {texts.map(([key, value]) => (
        <div key={key} className="observer-summary__text">
          <h3>{t(key)}</h3>
          <p>{orEmpty(value)}</p>
        </div>
      ))}
    </section>
  );
}

/** The page language's role-play scenarios, to choose from (and pre-tick what is in play). */
const ScenarioChoicesContext = createContext<readonly ObserverScenarioChoice[]>([]);

/** Choosing a listed scenario writes its id and ticks the frameworks it practises. */
function ScenarioChooser({
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
        value={scenarios.some((scenario) => scenario.id === value) ? value : ''}
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

/** The observer checklist: the role-play, ticks and counts while listening, notes, debrief, summary. */
export function ObserverChecklistForm({
  data,
  onChange,
  hints,
  t,
  locale,
  doc,
}: WorksheetFormProps<'observer-checklist'>) {
  const set = (patch: Partial<ObserverChecklistData>) => onChange({ ...data, ...patch });
  const score = observerScore(data);
  const sectionScore = (section: ObserverSection) =>
    score.sections.find((entry) => entry.section === section) ?? {
      section,
      done: 0,
      total: 0,
      inPlay: false,
    };
  const groupHints = (...paths: string[]) => paths.flatMap((path) => hintsUnder(hints, path));
  const growTotal = growStages.reduce((sum, stage) => sum + data.grow[stage], 0);

  return (
    <>
      <section className="ws-section observer-screen-only" aria-labelledby="observer-setup">
        <h2 id="observer-setup">{t('ws.observer.setupSection')}</h2>
        <p className="ws-section__intro">{t('ws.observer.setupIntro')}</p>
        <ScenarioChooser
          value={data.scenario}
          t={t}
          onChoose={(scenario) => set({ scenario: scenario.id, inPlay: inPlayForScenario(scenario) })}
        />
        <TextField
          label={t('ws.observer.scenario')}
          help={t('ws.observer.scenarioHelp')}
          value={data.scenario}
          maxLength={MAX_SHORT}
          hints={hintsFor(hints, 'scenario')}
          onChange={(scenario) => set({ scenario })}
        />
        <div className="field-row">
          <TextField
            label={t('ws.observer.manager')}
            value={data.roles.manager}
            maxLength={MAX_NAME}
            onChange={(manager) => set({ roles: { ...data.roles, manager } })}
          />
          <TextField
            label={t('ws.observer.employee')}
            value={data.roles.employee}
            maxLength={MAX_NAME}
            onChange={(employee) => set({ roles: { ...data.roles, employee } })}
          />
          <TextField
            label={t('ws.observer.observer')}
            value={data.roles.observer}
            maxLength={MAX_NAME}
            onChange={(observer) => set({ roles: { ...data.roles, observer } })}
          />
        </div>
        <fieldset className="field observer-in-play">
          <legend className="field__label">{t('ws.observer.inPlay')}</legend>
          <p className="field__help">{t('ws.observer.inPlayHelp')}</p>
          <div className="choice-options">
            <CheckboxField
              label={t('ws.observer.inPlayPrep')}
              checked={data.inPlay.prep}
              onChange={(prep) => set({ inPlay: { ...data.inPlay, prep } })}
            />
            <CheckboxField
              label={t('ws.observer.inPlayThreeE')}
              checked={data.inPlay.threeE}
              onChange={(threeE) => set({ inPlay: { ...data.inPlay, threeE } })}
            />
            <CheckboxField
              label={t('ws.observer.inPlayBest')}
              checked={data.inPlay.best}
              onChange={(best) => set({ inPlay: { ...data.inPlay, best } })}
            />
          </div>
        </fieldset>
      </section>

      <section className="ws-section observer-screen-only" aria-labelledby="observer-ticks">
        <h2 id="observer-ticks">{t('ws.observer.checklistSection')}</h2>
        <p className="ws-section__intro">{t('ws.observer.checklistIntro')}</p>
        <p className="observer-score" role="status">
          {t('ws.observer.score', { done: score.done, total: score.total })}
        </p>

        {data.inPlay.prep && (
          <TickGroup
            legend={t('ws.observer.prep')}
            help={t('ws.observer.prepHelp')}
            score={sectionScore('prep')}
            hints={groupHints('prep', 'prepInOrder')}
            t={t}
          >
            {prepSteps.map((step) => (
              <TickField
                key={step}
                label={t(`ws.observer.prep.${step}`)}
                help={t(`ws.observer.prep.${step}Help`)}
                checked={data.prep[step]}
                onChange={(checked) => set({ prep: { ...data.prep, [step]: checked } })}
              />
            ))}
            <TickField
              label={t('ws.observer.prepInOrder')}
              help={t('ws.observer.prepInOrderHelp')}
              checked={data.prepInOrder}
              onChange={(prepInOrder) => set({ prepInOrder })}
            />
          </TickGroup>
        )}

        <TickGroup
          legend={t('ws.observer.grow')}
          help={t('ws.observer.growHelp')}
          score={sectionScore('grow')}
          hints={groupHints('grow')}
          t={t}
        >
          {growStages.map((stage) => {
            const count = data.grow[stage];
            const setCount = (next: number) => set({ grow: { ...data.grow, [stage]: next } });
            return (
              <div key={stage} className="observer-grow">
                <TickField
                  label={t(`ws.observer.grow.${stage}`)}
                  help={t(`ws.observer.grow.${stage}Help`)}
                  checked={count > 0}
                  onChange={(checked) => setCount(checked ? Math.max(count, 1) : 0)}
                />
                <GrowCounter stage={stage} count={count} t={t} onChange={setCount} />
              </div>
            );
          })}
          <p className="observer-grow__total">{t('ws.observer.growTotal', { count: growTotal })}</p>
        </TickGroup>

        {data.inPlay.threeE && (
          <TickGroup
            legend={t('ws.observer.threeE')}
            help={t('ws.observer.threeEHelp')}
            score={sectionScore('threeE')}
            hints={groupHints('threeE')}
            t={t}
          >
            {threeEParts.map((part) => (
              <TickField
                key={part}
                label={t(`ws.observer.threeE.${part}`)}
                help={t(`ws.observer.threeE.${part}Help`)}
                checked={data.threeE[part]}
                onChange={(checked) => set({ threeE: { ...data.threeE, [part]: checked } })}
              />
            ))}
          </TickGroup>
        )}

        {data.inPlay.best && (
          <TickGroup
            legend={t('ws.observer.best')}
            help={t('ws.observer.bestHelp')}
            score={sectionScore('best')}
            hints={groupHints('best')}
            t={t}
          >
            {bestParts.map((part) => (
              <TickField
                key={part}
                label={t(`ws.observer.best.${part}`)}
                help={t(`ws.observer.best.${part}Help`)}
                checked={data.best[part]}
                onChange={(checked) => set({ best: { ...data.best, [part]: checked } })}
              />
            ))}
          </TickGroup>
        )}

        <TickGroup
          legend={t('ws.observer.fiveR')}
          help={t('ws.observer.fiveRHelp')}
          score={sectionScore('fiveR')}
          hints={groupHints('fiveR', 'microAction')}
          t={t}
        >
          {fiveRParts.map((part) => (
            <TickField
              key={part}
              label={t(`ws.observer.fiveR.${part}`)}
              help={t(`ws.observer.fiveR.${part}Help`)}
              checked={data.fiveR[part]}
              onChange={(checked) => set({ fiveR: { ...data.fiveR, [part]: checked } })}
            />
          ))}
          <TickField
            label={t('ws.observer.microAction')}
            help={t('ws.observer.microActionHelp')}
            checked={data.microAction}
            onChange={(microAction) => set({ microAction })}
          />
        </TickGroup>
      </section>

      <section className="ws-section observer-screen-only" aria-labelledby="observer-notes">
        <h2 id="observer-notes">{t('ws.observer.notesSection')}</h2>
        <p className="ws-section__intro">{t('ws.observer.notesIntro')}</p>
        <TextField
          label={t('ws.observer.quotes')}
          help={t('ws.observer.quotesHelp')}
          value={data.quotes}
          maxLength={MAX_LONG}
          multiline
          onChange={(quotes) => set({ quotes })}
        />
        <TextField
          label={t('ws.observer.moments')}
          help={t('ws.observer.momentsHelp')}
          value={data.moments}
          maxLength={MAX_LONG}
          multiline
          onChange={(moments) => set({ moments })}
        />
      </section>

      <section className="ws-section observer-screen-only" aria-labelledby="observer-debrief">
        <h2 id="observer-debrief">{t('ws.observer.debriefSection')}</h2>
        <p className="ws-section__intro">{t('ws.observer.debriefIntro')}</p>
        <TextField
          label={t('ws.observer.wentWell')}
          help={t('ws.observer.wentWellHelp')}
          value={data.wentWell}
          maxLength={MAX_TEXT}
          multiline
          hints={hintsFor(hints, 'wentWell')}
          onChange={(wentWell) => set({ wentWell })}
        />
        <TextField
          label={t('ws.observer.tryNext')}
          help={t('ws.observer.tryNextHelp')}
          value={data.tryNext}
          maxLength={MAX_TEXT}
          multiline
          hints={hintsFor(hints, 'tryNext')}
          onChange={(tryNext) => set({ tryNext })}
        />
      </section>

      <DebriefSummary data={data} t={t} locale={locale} title={doc.title} />
    </>
  );
}

/** The island: the editor frame around the observer checklist, with the page language's scenarios. */
export default function ObserverChecklistWorksheet({
  scenarios = [],
  ...props
}: WorksheetIslandProps & { scenarios?: readonly ObserverScenarioChoice[] }) {
  return (
    <ScenarioChoicesContext.Provider value={scenarios}>
      <WorksheetEditor {...props} module={observerChecklistModule} Form={ObserverChecklistForm} />
    </ScenarioChoicesContext.Provider>
  );
}
