import { todayIso } from '../../../../lib/dates';
import { MAX_TEXT } from '../../../../lib/worksheets/fields';
import type { Hint } from '../../../../lib/worksheets/hint';
import { recordLikelihood, type SmartArData } from '../../../../lib/worksheets/smart-ar';
import type { IslandTranslate } from '../../../shared/island-strings';
import { ChoiceField, TextField, hintsFor, hintsUnder } from '../../fields';

interface Props {
  data: SmartArData;
  set: (patch: Partial<SmartArData>) => void;
  hints: readonly Hint[];
  t: IslandTranslate;
}

/** How likely the goal is (0–10 or five steps), its log over time, and what is missing. */
export function LikelihoodSection({ data, set, hints, t }: Props) {
  const scale = data.likelihood.scale;
  const likelihoodOptions =
    scale === 'ten'
      ? Array.from({ length: 11 }, (_, value) => ({ value: String(value), label: String(value) }))
      : [1, 2, 3, 4, 5].map((value) => ({
          value: String(value),
          label: `${value} · ${t(`ws.smartAr.fiveStep.${value as 1 | 2 | 3 | 4 | 5}`)}`,
        }));
  return (
    <section className="ws-section" aria-labelledby="smart-likelihood">
      <h2 id="smart-likelihood">{t('ws.smartAr.likelihoodSection')}</h2>
      <p className="ws-section__intro">{t('ws.smartAr.likelihoodIntro')}</p>
      <ChoiceField
        label={t('ws.smartAr.scale')}
        value={scale}
        options={[
          { value: 'ten', label: t('ws.smartAr.scaleTen') },
          { value: 'five', label: t('ws.smartAr.scaleFive') },
        ]}
        onChange={(next) => set({ likelihood: { scale: next, value: null } })}
      />
      <ChoiceField
        label={t('ws.smartAr.likelihood')}
        value={data.likelihood.value === null ? '' : String(data.likelihood.value)}
        options={likelihoodOptions}
        scale={scale === 'ten'}
        hints={hintsUnder(hints, 'likelihood')}
        onChange={(value) => {
          const likelihood = { scale, value: Number(value) };
          set({ likelihood, likelihoodLog: recordLikelihood(data.likelihoodLog, likelihood, todayIso()) });
        }}
      />
      <TextField
        label={t('ws.smartAr.missingConditions')}
        help={t('ws.smartAr.missingConditionsHelp')}
        value={data.missingConditions}
        maxLength={MAX_TEXT}
        multiline
        hints={hintsFor(hints, 'missingConditions')}
        onChange={(missingConditions) => set({ missingConditions })}
      />
    </section>
  );
}
