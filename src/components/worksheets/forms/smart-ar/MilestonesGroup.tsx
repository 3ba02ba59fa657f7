import { todayIso } from '../../../../lib/dates';
import { MAX_SHORT } from '../../../../lib/worksheets/fields';
import type { Hint } from '../../../../lib/worksheets/hint';
import { smartArLimits, type Milestone, type SmartArData } from '../../../../lib/worksheets/smart-ar';
import type { IslandTranslate } from '../../../shared/island-strings';
import { CheckboxField, DateField, RepeatingGroup, TextField, hintsFor } from '../../fields';
import { replaceAt, withoutIndex } from '../list-helpers';

const emptyMilestone: Milestone = { indicator: '', target: '', date: '', current: '', reachedOn: '' };

interface Props {
  data: SmartArData;
  set: (patch: Partial<SmartArData>) => void;
  hints: readonly Hint[];
  t: IslandTranslate;
}

/** The goal's milestones: indicator, target, date, where it stands, and when it was reached. */
export function MilestonesGroup({ data, set, hints, t }: Props) {
  return (
    <RepeatingGroup
      legend={t('ws.smartAr.milestones')}
      help={t('ws.smartAr.milestonesHelp')}
      items={data.milestones}
      max={smartArLimits.milestones}
      itemLabel={(index) => t('ws.smartAr.milestoneN', { n: index + 1 })}
      addLabel={t('ws.smartAr.addMilestone')}
      removeLabel={(index) => t('ws.common.removeItem', { n: index + 1, list: t('ws.smartAr.milestones') })}
      fullMessage={t('ws.common.full', { max: smartArLimits.milestones })}
      emptyItem={emptyMilestone}
      onAdd={() => set({ milestones: [...data.milestones, emptyMilestone] })}
      onRemove={(index) => set({ milestones: withoutIndex(data.milestones, index) })}
      renderItem={(milestone, index) => {
        const patch = (change: Partial<Milestone>) =>
          set({ milestones: replaceAt(data.milestones, index, { ...milestone, ...change }) });
        return (
          <>
            <div className="field-row">
              <TextField
                label={t('ws.smartAr.indicator')}
                value={milestone.indicator}
                maxLength={MAX_SHORT}
                onChange={(indicator) => patch({ indicator })}
              />
              <TextField
                label={t('ws.smartAr.target')}
                value={milestone.target}
                maxLength={MAX_SHORT}
                hints={hintsFor(hints, `milestones.${index}.target`)}
                onChange={(target) => patch({ target })}
              />
              <DateField
                label={t('ws.smartAr.date')}
                value={milestone.date}
                hints={hintsFor(hints, `milestones.${index}.date`)}
                onChange={(date) => patch({ date })}
              />
            </div>
            <div className="field-row">
              <TextField
                label={t('ws.smartAr.current')}
                help={t('ws.smartAr.currentHelp')}
                value={milestone.current}
                maxLength={MAX_SHORT}
                onChange={(current) => patch({ current })}
              />
              <CheckboxField
                label={t('ws.smartAr.reached')}
                checked={milestone.reachedOn !== ''}
                onChange={(reached) => patch({ reachedOn: reached ? todayIso() : '' })}
              />
              {milestone.reachedOn !== '' && (
                <DateField
                  label={t('ws.smartAr.reachedOn')}
                  value={milestone.reachedOn}
                  onChange={(reachedOn) => reachedOn !== '' && patch({ reachedOn })}
                />
              )}
            </div>
          </>
        );
      }}
    />
  );
}
