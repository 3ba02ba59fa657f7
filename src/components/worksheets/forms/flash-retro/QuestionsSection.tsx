import { useId } from 'react';
import { MAX_TEXT } from '../../../../lib/worksheets/fields';
import type { FlashRetroData } from '../../../../lib/worksheets/flash-retro';
import { satisfiedRows, withSatisfied } from '../../../../lib/worksheets/flash-retro/form-rules';
import type { Hint } from '../../../../lib/worksheets/hint';
import type { IslandTranslate } from '../../../shared/island-strings';
import { DateField, HintList, TextField, hintsFor } from '../../fields';

/** The retro's three questions: the day, three things the employee is satisfied with, the obstacle, what was tried, the one improvement. */
export function QuestionsSection(props: {
  data: FlashRetroData;
  set: (patch: Partial<FlashRetroData>) => void;
  hints: readonly Hint[];
  t: IslandTranslate;
}) {
  const { data, set, hints, t } = props;
  const satisfiedId = useId();
  const satisfiedHints = hintsFor(hints, 'satisfied');
  return (
    <section className="ws-section" aria-labelledby="flash-retro-questions">
      <h2 id="flash-retro-questions">{t('ws.flashRetro.questionsSection')}</h2>
      <p className="ws-section__intro">{t('ws.flashRetro.questionsIntro')}</p>
      <DateField
        label={t('ws.flashRetro.date')}
        value={data.date}
        hints={hintsFor(hints, 'date')}
        onChange={(date) => set({ date })}
      />
      <fieldset
        className="field flash-retro__satisfied"
        aria-describedby={satisfiedHints.length > 0 ? `${satisfiedId}-hints` : undefined}
      >
        <legend className="field__label">{t('ws.flashRetro.satisfied')}</legend>
        <p className="field__help">{t('ws.flashRetro.satisfiedHelp')}</p>
        {satisfiedRows(data.satisfied).map((value, index) => (
          <TextField
            key={index}
            label={t('ws.flashRetro.satisfiedN', { n: index + 1 })}
            value={value}
            maxLength={MAX_TEXT}
            onChange={(typed) => set({ satisfied: withSatisfied(data.satisfied, index, typed) })}
          />
        ))}
        <HintList id={`${satisfiedId}-hints`} hints={satisfiedHints} />
      </fieldset>
      <TextField
        label={t('ws.flashRetro.obstacle')}
        help={t('ws.flashRetro.obstacleHelp')}
        value={data.obstacle}
        maxLength={MAX_TEXT}
        multiline
        hints={hintsFor(hints, 'obstacle')}
        onChange={(obstacle) => set({ obstacle })}
      />
      <TextField
        label={t('ws.flashRetro.tried')}
        help={t('ws.flashRetro.triedHelp')}
        value={data.tried}
        maxLength={MAX_TEXT}
        multiline
        hints={hintsFor(hints, 'tried')}
        onChange={(tried) => set({ tried })}
      />
      <TextField
        label={t('ws.flashRetro.improvement')}
        help={t('ws.flashRetro.improvementHelp')}
        value={data.improvement}
        maxLength={MAX_TEXT}
        multiline
        hints={hintsFor(hints, 'improvement')}
        onChange={(improvement) => set({ improvement })}
      />
    </section>
  );
}
