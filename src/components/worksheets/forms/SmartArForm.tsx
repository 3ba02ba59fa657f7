import { todayIso } from '../../../lib/dates';
import { MAX_SHORT, MAX_TEXT } from '../../../lib/worksheets/fields';
import { recordDateMove } from '../../../lib/worksheets/tracking-fields';
import {
  smartArLetters,
  type SmartArData,
  type SmartArLetter,
  smartArModule,
} from '../../../lib/worksheets/smart-ar';
import type { UiKey } from '../../../lib/i18n';
import { DateField, TextField, hintsFor } from '../fields';
import { WorksheetEditor, type WorksheetFormProps, type WorksheetIslandProps } from '../WorksheetEditor';
import { AdjustmentsSection } from './smart-ar/AdjustmentsSection';
import { LikelihoodSection } from './smart-ar/LikelihoodSection';
import { MilestonesGroup } from './smart-ar/MilestonesGroup';

const letterKeys: Record<SmartArLetter, { label: UiKey; help: UiKey }> = {
  specific: { label: 'ws.smartAr.letter.specific', help: 'ws.smartAr.letter.specificHelp' },
  measurable: { label: 'ws.smartAr.letter.measurable', help: 'ws.smartAr.letter.measurableHelp' },
  achievable: { label: 'ws.smartAr.letter.achievable', help: 'ws.smartAr.letter.achievableHelp' },
  relevant: { label: 'ws.smartAr.letter.relevant', help: 'ws.smartAr.letter.relevantHelp' },
  timeBased: { label: 'ws.smartAr.letter.timeBased', help: 'ws.smartAr.letter.timeBasedHelp' },
  agile: { label: 'ws.smartAr.letter.agile', help: 'ws.smartAr.letter.agileHelp' },
  reviewable: { label: 'ws.smartAr.letter.reviewable', help: 'ws.smartAr.letter.reviewableHelp' },
};

/** The SMART-AR goal builder: direction, goal, milestones, the seven letters, likelihood, review, adjustment log. */
export function SmartArForm({ data, onChange, hints, t }: WorksheetFormProps<'smart-ar'>) {
  const set = (patch: Partial<SmartArData>) => onChange({ ...data, ...patch });

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
        <MilestonesGroup data={data} set={set} hints={hints} t={t} />
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

      <LikelihoodSection data={data} set={set} hints={hints} t={t} />

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

      <AdjustmentsSection data={data} set={set} hints={hints} t={t} />
    </>
  );
}

/** The island: the editor frame around the SMART-AR form. */
export default function SmartArWorksheet(props: WorksheetIslandProps) {
  return <WorksheetEditor {...props} module={smartArModule} Form={SmartArForm} />;
}
