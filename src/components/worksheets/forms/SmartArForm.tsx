import { todayIso } from '../../../lib/dates';
import { MAX_SHORT, MAX_TEXT } from '../../../lib/worksheets/fields';
import { recordDateMove } from '../../../lib/worksheets/tracking-fields';
import {
  adjustmentKinds,
  fiveStepLabel,
  recordLikelihood,
  smartArLetters,
  smartArLimits,
  type Adjustment,
  type Milestone,
  type SmartArData,
  type SmartArLetter,
  smartArModule,
} from '../../../lib/worksheets/smart-ar';
import type { UiKey } from '../../../lib/i18n';
import {
  CheckboxField,
  ChoiceField,
  DateField,
  RepeatingGroup,
  TextField,
  hintsFor,
  hintsUnder,
} from '../fields';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { replaceAt, withoutIndex } from './list-helpers';

const letterKeys: Record<SmartArLetter, { label: UiKey; help: UiKey }> = {
  specific: { label: 'ws.smartAr.letter.specific', help: 'ws.smartAr.letter.specificHelp' },
  measurable: { label: 'ws.smartAr.letter.measurable', help: 'ws.smartAr.letter.measurableHelp' },
  achievable: { label: 'ws.smartAr.letter.achievable', help: 'ws.smartAr.letter.achievableHelp' },
  relevant: { label: 'ws.smartAr.letter.relevant', help: 'ws.smartAr.letter.relevantHelp' },
  timeBased: { label: 'ws.smartAr.letter.timeBased', help: 'ws.smartAr.letter.timeBasedHelp' },
  agile: { label: 'ws.smartAr.letter.agile', help: 'ws.smartAr.letter.agileHelp' },
  reviewable: { label: 'ws.smartAr.letter.reviewable', help: 'ws.smartAr.letter.reviewableHelp' },
};

const emptyMilestone: Milestone = { indicator: '', target: '', date: '', current: '', reachedOn: '' };
const emptyAdjustment: Adjustment = { date: '', reason: '', before: '', after: '', kind: 'goal' };

/** The SMART-AR goal builder: direction, goal, milestones, the seven letters, likelihood, review, adjustment log. */
export function SmartArForm({ data, onChange, hints, t, locale }: WorksheetFormProps<'smart-ar'>) {
  const set = (patch: Partial<SmartArData>) => onChange({ ...data, ...patch });
  const scale = data.likelihood.scale;
  const likelihoodOptions =
    scale === 'ten'
      ? Array.from({ length: 11 }, (_, value) => ({ value: String(value), label: String(value) }))
      : [1, 2, 3, 4, 5].map((value) => ({
          value: String(value),
          label: `${value} · ${fiveStepLabel(value, locale)}`,
        }));

  return (
    <>
      <section className="ws-section" aria-labelledby="smart-goal">
        <h2 id="smart-goal">{t('ws.smartAr.goalSection')}</h2>
        <p className="ws-section__intro">{t('ws.smartAr.goalIntro')}</p>
        <TextField
          label={t('ws.smartAr.direction')}
          help={t('ws.smartAr.directionHelp')}
          value={data.direction}
          maxLength={MAX_TEXT}
          multiline
          hints={hintsFor(hints, 'direction')}
          onChange={(direction) => set({ direction })}
        />
        <TextField
          label={t('ws.smartAr.goal')}
          help={t('ws.smartAr.goalHelp')}
          value={data.goal}
          maxLength={MAX_TEXT}
          multiline
          showCount
          hints={hintsFor(hints, 'goal')}
          onChange={(goal) => set({ goal })}
        />
        <RepeatingGroup
          legend={t('ws.smartAr.milestones')}
          help={t('ws.smartAr.milestonesHelp')}
          items={data.milestones}
          max={smartArLimits.milestones}
          itemLabel={(index) => t('ws.smartAr.milestoneN', { n: index + 1 })}
          addLabel={t('ws.smartAr.addMilestone')}
          removeLabel={(index) =>
            t('ws.common.removeItem', { n: index + 1, list: t('ws.smartAr.milestones') })
          }
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
      </section>

      <section className="ws-section" aria-labelledby="smart-letters">
        <h2 id="smart-letters">{t('ws.smartAr.lettersSection')}</h2>
        <p className="ws-section__intro">{t('ws.smartAr.lettersIntro')}</p>
        {smartArLetters.map((letter) => (
          <TextField
            key={letter}
            label={t(letterKeys[letter].label)}
            help={t(letterKeys[letter].help)}
            value={data.letters[letter]}
            maxLength={MAX_TEXT}
            multiline
            hints={hintsFor(hints, `letters.${letter}`)}
            onChange={(value) => set({ letters: { ...data.letters, [letter]: value } })}
          />
        ))}
      </section>

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

      <section className="ws-section" aria-labelledby="smart-review">
        <h2 id="smart-review">{t('ws.smartAr.reviewSection')}</h2>
        <TextField
          label={t('ws.smartAr.reviewCadence')}
          help={t('ws.smartAr.reviewCadenceHelp')}
          value={data.reviewCadence}
          maxLength={MAX_SHORT}
          hints={hintsFor(hints, 'reviewCadence')}
          onChange={(reviewCadence) => set({ reviewCadence })}
        />
        <DateField
          label={t('ws.smartAr.nextReviewDate')}
          value={data.nextReviewDate}
          hints={hintsFor(hints, 'nextReviewDate')}
          onChange={(nextReviewDate) =>
            set({
              nextReviewDate,
              nextReviewMoves: recordDateMove(
                data.nextReviewMoves,
                data.nextReviewDate,
                nextReviewDate,
                todayIso(),
              ),
            })
          }
        />
      </section>

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
    </>
  );
}

/** The island: the editor frame around the SMART-AR form. */
export default function SmartArWorksheet(props: WorksheetIslandProps) {
  return <WorksheetEditor {...props} module={smartArModule} Form={SmartArForm} />;
}
