import type { GrowListQuestion } from '../../../../lib/worksheets/grow-questions';
import { MAX_LONG, MAX_TEXT } from '../../../../lib/worksheets/fields';
import type { Hint } from '../../../../lib/worksheets/hint';
import type { IslandTranslate } from '../../../shared/island-strings';
import { CheckboxField, TextField, hintsFor } from '../../fields';
import type { GrowListActions } from './use-grow-list';

/** One question of a stage: its text, "asked", move up / down, delete, and the answer. */
export function GrowQuestionItem(props: {
  question: GrowListQuestion;
  /** Its place in the whole list, for hint paths. */
  index: number;
  legend: string;
  first: boolean;
  last: boolean;
  hints: readonly Hint[];
  actions: GrowListActions;
  t: IslandTranslate;
}) {
  const { question, index, hints, actions, t } = props;
  return (
    <li data-grow-question={question.id}>
      <fieldset className="grow-q">
        <legend className="grow-q__legend">{props.legend}</legend>
        <TextField
          label={t('ws.grow.question')}
          value={question.text}
          maxLength={MAX_TEXT}
          multiline
          hints={hintsFor(hints, `questions.${index}.text`)}
          onChange={(text) => actions.patch(question.id, { text })}
        />
        <div className="grow-q__tools">
          <CheckboxField
            label={t('ws.grow.asked')}
            checked={question.asked}
            onChange={(asked) => actions.patch(question.id, { asked })}
          />
          <span className="grow-q__buttons">
            <button
              type="button"
              className="button-link"
              data-grow-move="up"
              aria-disabled={props.first}
              onClick={() => actions.move(question, 'up')}
            >
              {t('ws.grow.moveUp')}
            </button>
            <button
              type="button"
              className="button-link"
              data-grow-move="down"
              aria-disabled={props.last}
              onClick={() => actions.move(question, 'down')}
            >
              {t('ws.grow.moveDown')}
            </button>
            <button type="button" className="button-link" onClick={() => actions.remove(question)}>
              {t('ws.grow.delete')}
            </button>
          </span>
        </div>
        <TextField
          label={t('ws.grow.answer')}
          value={question.answer}
          maxLength={MAX_LONG}
          multiline
          hints={hintsFor(hints, `questions.${index}.answer`)}
          onChange={(answer) => actions.patch(question.id, { answer })}
        />
      </fieldset>
    </li>
  );
}
