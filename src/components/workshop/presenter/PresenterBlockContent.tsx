import type { PresenterBlock } from '../../../lib/workshop/agenda-schedule';
import type { IslandTranslate } from '../../shared/island-strings';

/** The current block in large type: its length, title, goal, what to say and what to ask. */
export function PresenterBlockContent({ block, t }: { block: PresenterBlock; t: IslandTranslate }) {
  return (
    // Focusable because a long block scrolls inside it on a projector.
    <section className="presenter__content" aria-labelledby="presenter-block-title" tabIndex={0}>
      <p className="presenter__minutes">{t('workshop.presenter.minutes', { n: block.minutes })}</p>
      <h2 id="presenter-block-title" className="presenter__title">
        {block.title}
      </h2>
      <p className="presenter__goal">
        <span className="presenter__label">{t('workshop.presenter.goal')}</span>
        {block.goal}
      </p>
      <div className="presenter__points">
        <div>
          <h3>{t('workshop.presenter.say')}</h3>
          <ul>
            {block.say.map((point) => (
              <li key={point}>{point}</li>
            ))}
          </ul>
        </div>
        {block.ask.length > 0 && (
          <div>
            <h3>{t('workshop.presenter.ask')}</h3>
            <ul>
              {block.ask.map((question) => (
                <li key={question}>{question}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
