import type { IslandTranslate } from '../../shared/island-strings';

/** The keyboard help under the presenter. */
export function PresenterKeys({ t }: { t: IslandTranslate }) {
  return (
    <footer className="presenter__keys">
      <h2 className="visually-hidden">{t('workshop.presenter.keys')}</h2>
      <dl>
        <div>
          <dt>
            <kbd>{t('workshop.presenter.keySpace')}</kbd>
          </dt>
          <dd>{t('workshop.presenter.keyStartPause')}</dd>
        </div>
        <div>
          <dt>
            <kbd>→</kbd> <kbd>PgDn</kbd>
          </dt>
          <dd>{t('workshop.presenter.keyNext')}</dd>
        </div>
        <div>
          <dt>
            <kbd>←</kbd> <kbd>PgUp</kbd>
          </dt>
          <dd>{t('workshop.presenter.keyPrevious')}</dd>
        </div>
        <div>
          <dt>
            <kbd>R</kbd>
          </dt>
          <dd>{t('workshop.presenter.keyReset')}</dd>
        </div>
      </dl>
      <p>{t('workshop.presenter.navNote')}</p>
    </footer>
  );
}
