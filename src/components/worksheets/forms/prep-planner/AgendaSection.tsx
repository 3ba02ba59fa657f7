import { useId } from 'react';
import { MAX_SHORT } from '../../../../lib/worksheets/fields';
import type { Hint } from '../../../../lib/worksheets/hint';
import {
  agendaLimits,
  type AgendaBlock,
  type PrepPlannerData,
} from '../../../../lib/worksheets/prep-planner';
import { agendaLength, toAgendaMinutes } from '../../../../lib/worksheets/prep-planner/agenda-minutes';
import type { IslandTranslate } from '../../../shared/island-strings';
import { HintList, RepeatingGroup, TextField, hintsFor } from '../../fields';
import { replaceAt, withoutIndex } from '../list-helpers';

const emptyBlock: AgendaBlock = { label: '', minutes: 5 };

interface MinutesFieldProps {
  label: string;
  value: number;
  hints: readonly Hint[];
  onChange: (minutes: number) => void;
}

/** A labelled number input for one agenda part's minutes. */
function MinutesField({ label, value, hints, onChange }: MinutesFieldProps) {
  const id = useId();
  const hintsId = `${id}-hints`;
  return (
    <div className="field prep-planner__minutes">
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={agendaLimits.blockMinutes}
        step={1}
        value={String(value)}
        aria-describedby={hints.length > 0 ? hintsId : undefined}
        onChange={(event) => onChange(toAgendaMinutes(event.currentTarget.value))}
      />
      <HintList id={hintsId} hints={hints} />
    </div>
  );
}

interface Props {
  data: PrepPlannerData;
  set: (patch: Partial<PrepPlannerData>) => void;
  hints: readonly Hint[];
  t: IslandTranslate;
}

/** The timed agenda of the conversation: its parts, their minutes, and the total against the range. */
export function AgendaSection({ data, set, hints, t }: Props) {
  const { total, outOfRange } = agendaLength(data.agenda);
  return (
    <section className="ws-section" aria-labelledby="prep-planner-agenda">
      <h2 id="prep-planner-agenda">{t('ws.prepPlanner.agendaSection')}</h2>
      <p className="ws-section__intro">{t('ws.prepPlanner.agendaIntro')}</p>
      <RepeatingGroup
        legend={t('ws.prepPlanner.agenda')}
        items={data.agenda}
        max={agendaLimits.blocks}
        itemLabel={(index) => t('ws.prepPlanner.blockN', { n: index + 1 })}
        addLabel={t('ws.prepPlanner.addBlock')}
        removeLabel={(index) => t('ws.common.removeItem', { n: index + 1, list: t('ws.prepPlanner.agenda') })}
        fullMessage={t('ws.common.full', { max: agendaLimits.blocks })}
        onAdd={() => set({ agenda: [...data.agenda, emptyBlock] })}
        onRemove={(index) => set({ agenda: withoutIndex(data.agenda, index) })}
        renderItem={(block, index) => {
          const patch = (change: Partial<AgendaBlock>) =>
            set({ agenda: replaceAt(data.agenda, index, { ...block, ...change }) });
          return (
            <div className="prep-planner__block">
              <TextField
                label={t('ws.prepPlanner.blockLabel')}
                value={block.label}
                maxLength={MAX_SHORT}
                onChange={(label) => patch({ label })}
              />
              <MinutesField
                label={t('ws.prepPlanner.minutes')}
                value={block.minutes}
                hints={hintsFor(hints, `agenda.${index}.minutes`)}
                onChange={(minutes) => patch({ minutes })}
              />
            </div>
          );
        }}
      />
      <p className={`prep-planner__total${outOfRange ? ' prep-planner__total--off' : ''}`} role="status">
        {t('ws.prepPlanner.total', { total, min: agendaLimits.minMinutes, max: agendaLimits.maxMinutes })}
      </p>
      <HintList id="prep-planner-agenda-hints" hints={hintsFor(hints, 'agenda')} />
    </section>
  );
}
