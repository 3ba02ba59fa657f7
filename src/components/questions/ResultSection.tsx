import type { Locale } from '../../lib/i18n/locales';
import type { IslandTranslate } from '../shared/island-strings';
import type { GenerationOutcome } from './generate-client';
import { explainOutcome, stageKeys } from './question-text';
import { QuestionListEditor, type EditableQuestion } from './QuestionListEditor';

interface Props {
  t: IslandTranslate;
  locale: Locale;
  busy: boolean;
  outcome: GenerationOutcome | undefined;
  questions: EditableQuestion[];
  setQuestions: (questions: EditableQuestion[]) => void;
  notice: { text: string; href?: string } | undefined;
  saveAsList: () => void;
  copyAll: () => void;
}

/** The generated questions: where they came from, the editable list, and what to do with it. */
export function ResultSection({
  t,
  locale,
  busy,
  outcome,
  questions,
  setQuestions,
  notice,
  saveAsList,
  copyAll,
}: Props) {
  return (
    <section className="ws-section" aria-labelledby="q-result" aria-busy={busy}>
      <h2 id="q-result">{t('q.resultHeading')}</h2>
      {outcome ? (
        <>
          <p
            className={`banner ${outcome.localReason || outcome.serverReason ? 'banner--warning' : 'banner--info'}`}
            role="status"
          >
            {explainOutcome(outcome, t, locale)}
            {outcome.serverMessage ? ` ${outcome.serverMessage}` : ''}
          </p>
          <QuestionListEditor questions={questions} onChange={setQuestions} t={t} stageKeys={stageKeys} />
          <div className="banner__actions no-print">
            <button type="button" className="button button--small" onClick={saveAsList}>
              {t('q.saveList')}
            </button>
            <button type="button" className="button button--small button--quiet" onClick={copyAll}>
              {t('q.copy')}
            </button>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={() => window.print()}
            >
              {t('q.print')}
            </button>
          </div>
          {notice && (
            <p className="banner banner--info no-print" role="status">
              {notice.text} {notice.href && <a href={notice.href}>{t('q.openList')}</a>}
            </p>
          )}
        </>
      ) : (
        <p className="field__help">{t('q.resultEmpty')}</p>
      )}
    </section>
  );
}
