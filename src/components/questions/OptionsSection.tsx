import type { IslandTranslate } from '../shared/island-strings';
import { ChoiceField } from '../worksheets/fields';

interface Props {
  t: IslandTranslate;
  aiAvailable: boolean;
  mode: 'ai' | 'rules';
  setMode: (mode: 'ai' | 'rules') => void;
  perStage: number;
  setPerStage: (n: number) => void;
  /** Exactly what AI mode would send; undefined until the sheet has a topic. */
  sentBody: string | undefined;
  problem: string | undefined;
}

/** How to generate: rules or AI (where the site has a model), how many per stage, and what is sent. */
export function OptionsSection({
  t,
  aiAvailable,
  mode,
  setMode,
  perStage,
  setPerStage,
  sentBody,
  problem,
}: Props) {
  return (
    <section className="ws-section no-print" aria-labelledby="q-options">
      <h2 id="q-options">{t('q.optionsHeading')}</h2>
      <div className="field-row">
        {aiAvailable && (
          <ChoiceField
            label={t('q.mode')}
            value={mode}
            options={[
              { value: 'rules', label: t('q.modeRules') },
              { value: 'ai', label: t('q.modeAi') },
            ]}
            onChange={setMode}
          />
        )}
        <div className="field">
          <label className="field__label" htmlFor="q-per-stage">
            {t('q.perStage')}
          </label>
          <select
            id="q-per-stage"
            value={perStage}
            onChange={(event) => setPerStage(Number(event.currentTarget.value))}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      </div>
      {aiAvailable && mode === 'ai' ? (
        <details className="q-sent">
          <summary>{t('q.aiSentSummary')}</summary>
          <p className="field__help">{t('q.aiSentExplain')}</p>
          <pre className="q-sent__body">{sentBody ?? t('q.needTopic')}</pre>
        </details>
      ) : (
        <p className="field__help">{t('q.rulesPrivacy')}</p>
      )}
      {problem && (
        <p className="banner banner--error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
