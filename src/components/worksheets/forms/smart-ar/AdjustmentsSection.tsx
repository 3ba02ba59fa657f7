import { MAX_TEXT } from '../../../../lib/worksheets/fields';
import type { Hint } from '../../../../lib/worksheets/hint';
import {
  adjustmentKinds,
  smartArLimits,
  type Adjustment,
  type SmartArData,
} from '../../../../lib/worksheets/smart-ar';
import type { IslandTranslate } from '../../../shared/island-strings';
import { ChoiceField, DateField, RepeatingGroup, TextField, hintsFor } from '../../fields';
import { replaceAt, withoutIndex } from '../list-helpers';

const emptyAdjustment: Adjustment = { date: '', reason: '', before: '', after: '', kind: 'goal' };

interface Props {
  data: SmartArData;
  set: (patch: Partial<SmartArData>) => void;
  hints: readonly Hint[];
  t: IslandTranslate;
}

/** The adjustment log: each change to the goal or to how it is pursued, with why, before and after. */
export function AdjustmentsSection({ data, set, hints, t }: Props) {
  return (
    <section className="ws-section" aria-labelledby="smart-adjustments">
      <h2 id="smart-adjustments">{t('ws.smartAr.adjustmentsSection')}</h2>
      <p className="ws-section__intro">{t('ws.smartAr.adjustmentsIntro')}</p>
      <RepeatingGroup
        legend={t('ws.smartAr.adjustments')}
        items={data.adjustments}
        max={smartArLimits.adjustments}
        itemLabel={(index) => t('ws.smartAr.adjustmentN', { n: index + 1 })}
        addLabel={t('ws.smartAr.addAdjustment')}
        removeLabel={(index) =>
          t('ws.common.removeItem', { n: index + 1, list: t('ws.smartAr.adjustments') })
        }
        fullMessage={t('ws.common.full', { max: smartArLimits.adjustments })}
        onAdd={() => set({ adjustments: [...data.adjustments, emptyAdjustment] })}
        onRemove={(index) => set({ adjustments: withoutIndex(data.adjustments, index) })}
        renderItem={(adjustment, index) => {
          const patch = (change: Partial<Adjustment>) =>
            set({ adjustments: replaceAt(data.adjustments, index, { ...adjustment, ...change }) });
          return (
            <>
              <DateField
                label={t('ws.smartAr.date')}
                value={adjustment.date}
                onChange={(date) => patch({ date })}
              />
              <ChoiceField
                label={t('ws.smartAr.adjustmentKind')}
                value={adjustment.kind}
                options={adjustmentKinds.map((kind) => ({
                  value: kind,
                  label: t(kind === 'goal' ? 'ws.smartAr.kindGoal' : 'ws.smartAr.kindExecution'),
                }))}
                onChange={(kind) => patch({ kind })}
              />
              <TextField
                label={t('ws.smartAr.reason')}
                value={adjustment.reason}
                maxLength={MAX_TEXT}
                multiline
                hints={hintsFor(hints, `adjustments.${index}.reason`)}
                onChange={(reason) => patch({ reason })}
              />
              <TextField
                label={t('ws.smartAr.before')}
                value={adjustment.before}
                maxLength={MAX_TEXT}
                multiline
                hints={hintsFor(hints, `adjustments.${index}.before`)}
                onChange={(before) => patch({ before })}
              />
              <TextField
                label={t('ws.smartAr.after')}
                value={adjustment.after}
                maxLength={MAX_TEXT}
                multiline
                hints={hintsFor(hints, `adjustments.${index}.after`)}
                onChange={(after) => patch({ after })}
              />
            </>
          );
        }}
      />
    </section>
  );
}
