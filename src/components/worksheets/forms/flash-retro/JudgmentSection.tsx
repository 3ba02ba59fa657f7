import type { Locale } from '../../../../lib/i18n/locales';
import { localizePath } from '../../../../lib/i18n/paths';
import { retroJudgments, type FlashRetroData } from '../../../../lib/worksheets/flash-retro';
import {
  judgmentFollowUp,
  judgmentKeys,
  type Related,
} from '../../../../lib/worksheets/flash-retro/form-rules';
import type { Hint } from '../../../../lib/worksheets/hint';
import type { IslandTranslate } from '../../../shared/island-strings';
import { ChoiceField, hintsFor } from '../../fields';
import { GoalLink } from './GoalLink';
import { useAppendToGoal } from './use-append-to-goal';

/** The goal-or-execution call, and where it leads: a new 5R plan, or the person's SMART-AR goal. */
export function JudgmentSection(props: {
  data: FlashRetroData;
  set: (patch: Partial<FlashRetroData>) => void;
  hints: readonly Hint[];
  related: Related;
  person: string;
  t: IslandTranslate;
  locale: Locale;
}) {
  const { data, set, hints, t, locale } = props;
  const [append, appendToGoal, resetAppend] = useAppendToGoal(data, t, locale);
  const followUp = judgmentFollowUp(data.judgment);
  return (
    <section className="ws-section" aria-labelledby="flash-retro-judgment">
      <h2 id="flash-retro-judgment">{t('ws.flashRetro.judgmentSection')}</h2>
      <p className="ws-section__intro">{t('ws.flashRetro.judgmentIntro')}</p>
      <ChoiceField
        label={t('ws.flashRetro.judgment')}
        value={data.judgment ?? ''}
        options={retroJudgments.map((judgment) => ({ value: judgment, label: t(judgmentKeys[judgment]) }))}
        hints={hintsFor(hints, 'judgment')}
        onChange={(judgment) => set({ judgment })}
      />
      {followUp === 'new-plan' && (
        <p>
          {t('ws.flashRetro.executionNote')}{' '}
          <a href={localizePath('/worksheets/action-plan/', locale)}>{t('ws.flashRetro.newPlan')}</a>
        </p>
      )}
      {followUp === 'goal-link' && (
        <GoalLink
          related={props.related}
          person={props.person}
          linkedGoalId={data.linkedGoalId}
          hints={hintsFor(hints, 'linkedGoalId')}
          append={append}
          t={t}
          locale={locale}
          onLink={(linkedGoalId) => {
            resetAppend();
            set({ linkedGoalId });
          }}
          onAppend={(goalId) => void appendToGoal(goalId)}
        />
      )}
    </section>
  );
}
