import type { Locale } from '../../../../lib/i18n/locales';
import { localizePath } from '../../../../lib/i18n/paths';
import type { PlannedAction } from '../../../../lib/worksheets/action-plan/schema';
import { openSectionView, type Related } from '../../../../lib/worksheets/flash-retro/form-rules';
import { worksheetHref } from '../../../../lib/worksheets/href';
import type { IslandTranslate } from '../../../shared/island-strings';
import { IntroSteps } from '../../IntroSteps';
import { RetroActionTicks } from '../RetroActionTicks';

/** The retro's first section: what the last 5R plan promised, with its open actions to tick. */
export function OpenSection(props: {
  related: Related;
  person: string;
  t: IslandTranslate;
  locale: Locale;
  /** Looks up plans not tagged with anyone (a blank retro does not until asked). */
  onWantUntagged: () => void;
  onTicked: (index: number, action: PlannedAction) => void;
}) {
  const { person, t, locale } = props;
  const view = openSectionView(props.related, person, t, locale);
  return (
    <section className="ws-section" aria-labelledby="flash-retro-open">
      <h2 id="flash-retro-open">{t('ws.flashRetro.openSection')}</h2>
      <p className="ws-section__intro">{t('ws.flashRetro.openIntro')}</p>
      <div aria-live="polite">
        {view.type === 'idle' && (
          <>
            <p>{t('ws.flashRetro.openIdle')}</p>
            <button
              type="button"
              className="button button--small button--quiet"
              onClick={props.onWantUntagged}
            >
              {t('ws.flashRetro.openUntagged')}
            </button>
          </>
        )}
        {view.type === 'loading' && <p className="flash-retro__muted">{t('ws.flashRetro.openLoading')}</p>}
        {view.type === 'failed' && (
          <p className="banner banner--error" role="alert">
            {t('ws.flashRetro.loadFailed')}
          </p>
        )}
        {view.type === 'no-plan' && (
          <>
            <IntroSteps text={view.text} locale={locale} />
            <p>
              <a href={localizePath('/worksheets/action-plan/', locale)}>{t('ws.flashRetro.newPlan')}</a>
            </p>
          </>
        )}
        {view.type === 'plan' && (
          <>
            <p>
              {t('ws.flashRetro.fromPlan')}
              <a href={worksheetHref('action-plan', locale, { id: view.open.planId })}>{view.planTitle}</a>
              {view.dateNote}
            </p>
            {view.allDone ? (
              <p>{t('ws.flashRetro.allDone')}</p>
            ) : (
              <>
                <h3 className="flash-retro__subheading">{t('ws.flashRetro.openActions')}</h3>
                <p className="flash-retro__muted">{t('ws.flashRetro.tickIntro')}</p>
                <RetroActionTicks open={view.open} t={t} locale={locale} onTicked={props.onTicked} />
                <p>
                  <a
                    className="button button--small button--quiet"
                    href={worksheetHref('action-plan', locale, { from: view.open.planId, person })}
                  >
                    {t('ws.flashRetro.nextPlan')}
                  </a>
                </p>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
