import type { IslandTranslate } from '../../../shared/island-strings';

interface Props {
  message: string;
  t: IslandTranslate;
  copyNotice: string | undefined;
  copy: () => void;
}

/** The draft as one message to read aloud, with a copy button. */
export function ReadAloud({ message, t, copyNotice, copy }: Props) {
  return (
    <section className="ws-section" aria-labelledby="feedback-read-aloud">
      <h2 id="feedback-read-aloud">{t('ws.feedback.readAloudSection')}</h2>
      <p className="ws-section__intro">{t('ws.feedback.readAloudIntro')}</p>
      {message === '' ? (
        <p className="feedback-read-aloud__empty">{t('ws.feedback.readAloudEmpty')}</p>
      ) : (
        <>
          <blockquote className="read-aloud">
            <p>{message}</p>
          </blockquote>
          <div className="feedback-read-aloud__actions">
            <button type="button" className="button button--small" onClick={copy}>
              {t('ws.feedback.copy')}
            </button>
            <p role="status" className="feedback-read-aloud__status">
              {copyNotice}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
