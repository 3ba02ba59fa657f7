import type { UiKey } from '../../lib/i18n';
import { growStages, type GrowQuestion, type GrowStage } from '../../lib/grow/question';
import { MAX_TEXT } from '../../lib/grow/prep-sheet';
import type { IslandTranslate } from '../shared/island-strings';

export interface EditableQuestion extends GrowQuestion {
  /** Stable within the page, for React keys and focus. */
  id: string;
}

interface Props {
  questions: readonly EditableQuestion[];
  onChange: (questions: EditableQuestion[]) => void;
  t: IslandTranslate;
  stageKeys: Record<GrowStage, UiKey>;
}

let added = 0;

/** Moves a question one place up or down among the questions of its own stage. */
function move(questions: readonly EditableQuestion[], id: string, direction: -1 | 1): EditableQuestion[] {
  const index = questions.findIndex((q) => q.id === id);
  const current = questions[index];
  if (!current) return [...questions];
  let target = index + direction;
  while (target >= 0 && target < questions.length && questions[target]?.stage !== current.stage)
    target += direction;
  const other = questions[target];
  if (!other) return [...questions];
  const next = [...questions];
  next[index] = other;
  next[target] = current;
  return next;
}

/** The generated questions, grouped by GROW stage: edit, reorder, delete, add. */
export function QuestionListEditor({ questions, onChange, t, stageKeys }: Props) {
  return (
    <div className="q-list">
      {growStages.map((stage) => {
        const inStage = questions.filter((q) => q.stage === stage);
        return (
          <section key={stage} className="q-stage" aria-labelledby={`q-stage-${stage}`}>
            <h3 id={`q-stage-${stage}`}>{t(stageKeys[stage])}</h3>
            <ol className="q-stage__items">
              {inStage.map((question, position) => (
                <li key={question.id} className="q-item">
                  <label className="visually-hidden" htmlFor={question.id}>
                    {t('q.questionN', { stage: t(stageKeys[stage]), n: position + 1 })}
                  </label>
                  <textarea
                    id={question.id}
                    rows={2}
                    maxLength={MAX_TEXT}
                    value={question.text}
                    onChange={(event) => {
                      const text = event.currentTarget.value;
                      onChange(questions.map((q) => (q.id === question.id ? { ...q, text } : q)));
                    }}
                  />
                  <span className="q-item__print">{question.text}</span>
                  <span className="q-item__actions no-print">
                    <button
                      type="button"
                      className="button-link"
                      disabled={position === 0}
                      onClick={() => onChange(move(questions, question.id, -1))}
                      aria-label={t('q.moveUpLabel', { n: position + 1 })}
                    >
                      {t('q.moveUp')}
                    </button>
                    <button
                      type="button"
                      className="button-link"
                      disabled={position === inStage.length - 1}
                      onClick={() => onChange(move(questions, question.id, 1))}
                      aria-label={t('q.moveDownLabel', { n: position + 1 })}
                    >
                      {t('q.moveDown')}
                    </button>
                    <button
                      type="button"
                      className="button-link"
                      onClick={() => onChange(questions.filter((q) => q.id !== question.id))}
                      aria-label={t('q.deleteLabel', { n: position + 1 })}
                    >
                      {t('q.delete')}
                    </button>
                  </span>
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="button button--small button--quiet no-print"
              onClick={() => {
                const last = questions.reduce((at, q, i) => (q.stage === stage ? i : at), -1);
                const insertAt = last === -1 ? questions.length : last + 1;
                const fresh: EditableQuestion = { id: `new${++added}`, stage, text: '' };
                onChange([...questions.slice(0, insertAt), fresh, ...questions.slice(insertAt)]);
              }}
            >
              {t('q.addToStage', { stage: t(stageKeys[stage]) })}
            </button>
          </section>
        );
      })}
    </div>
  );
}
