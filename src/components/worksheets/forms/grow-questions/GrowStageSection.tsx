import type { GrowStage } from '../../../../lib/grow/question';
import type { GrowQuestionsData } from '../../../../lib/worksheets/grow-questions';
import {
  growStageKeys,
  stageEntries,
  stageHints,
} from '../../../../lib/worksheets/grow-questions/form-rules';
import type { Hint } from '../../../../lib/worksheets/hint';
import type { IslandTranslate } from '../../../shared/island-strings';
import { HintList } from '../../fields';
import { GrowQuestionItem } from './GrowQuestionItem';
import type { GrowListActions } from './use-grow-list';

/** One GROW stage: its name and help, its questions in order, and a button to add one. */
export function GrowStageSection(props: {
  stage: GrowStage;
  data: GrowQuestionsData;
  hints: readonly Hint[];
  actions: GrowListActions;
  t: IslandTranslate;
}) {
  const { stage, hints, actions, t } = props;
  const keys = growStageKeys[stage];
  const entries = stageEntries(props.data.questions, stage);
  return (
    <section className="ws-section grow-stage" aria-labelledby={`grow-stage-${stage}`}>
      <h2 id={`grow-stage-${stage}`}>{t(keys.name)}</h2>
      <p className="ws-section__intro">{t(keys.help)}</p>
      <HintList id={`grow-stage-${stage}-hints`} hints={stageHints(hints, stage)} />
      {entries.length > 0 && (
        <ol className="grow-questions">
          {entries.map((entry) => (
            <GrowQuestionItem
              key={entry.question.id}
              {...entry}
              legend={t('ws.grow.questionN', { stage: t(keys.short), n: entry.position + 1 })}
              hints={hints}
              actions={actions}
              t={t}
            />
          ))}
        </ol>
      )}
      <button
        type="button"
        className="button button--quiet button--small"
        data-grow-add={stage}
        onClick={() => actions.add(stage)}
      >
        {t(keys.add)}
      </button>
    </section>
  );
}
