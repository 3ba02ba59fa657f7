import { MAX_SHORT } from '../../../../lib/worksheets/fields';
import { needsFollowUp, type FeedbackData } from '../../../../lib/worksheets/feedback';
import type { IslandTranslate } from '../../../shared/island-strings';
import { DateField, TextField } from '../../fields';

interface Props {
  data: FeedbackData;
  set: (patch: Partial<FeedbackData>) => void;
  t: IslandTranslate;
}

/** When the feedback was given, when to follow it up, and how that went. */
export function FollowUp({ data, set, t }: Props) {
  return (
    <section className="ws-section" aria-labelledby="feedback-follow-up">
      <h2 id="feedback-follow-up">{t('ws.feedback.followUpSection')}</h2>
      <p className="ws-section__intro">
        {t(needsFollowUp(data) ? 'ws.feedback.followUpIntroNeeded' : 'ws.feedback.followUpIntro')}
      </p>
      <div className="field-row">
        <DateField
          label={t('ws.feedback.givenOn')}
          value={data.givenOn}
          onChange={(givenOn) => set({ givenOn })}
        />
        <DateField
          label={t('ws.feedback.followUpDate')}
          value={data.followUp.date}
          onChange={(date) => set({ followUp: { ...data.followUp, date } })}
        />
      </div>
      <TextField
        label={t('ws.feedback.followUpOutcome')}
        help={t('ws.feedback.followUpOutcomeHelp')}
        value={data.followUp.outcome}
        maxLength={MAX_SHORT}
        onChange={(outcome) => set({ followUp: { ...data.followUp, outcome } })}
      />
    </section>
  );
}
