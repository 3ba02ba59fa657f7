import { SAMPLE_PRACTICE_ID } from '../../lib/tracking/model';
import type { DashboardState } from './use-dashboard';

/* What both dashboards show around their view: loading, the sample-data bar, the notice line, the empty state. */

/** Before the first read ends: "reading…", or why it failed with a button to try again. */
export function DashboardLoading({ state }: { state: DashboardState }) {
  const { t } = state;
  if (state.readFailed) return <ReadFailed state={state} />;
  return (
    <p className="dash-loading" role="status">
      {t('dash.loading')}
    </p>
  );
}

/** A read whose code could not load: nothing changed, and one button reads again. */
function ReadFailed({ state }: { state: DashboardState }) {
  const { t } = state;
  return (
    <div className="banner banner--warning" role="alert">
      <p>{t('dash.readFailed')}</p>
      <div className="banner__actions">
        <button type="button" className="button button--small" onClick={state.retryRead}>
          {t('dash.readRetry')}
        </button>
      </div>
    </div>
  );
}

/** "Sample data shown" with a button to clear it; nothing when there is no sample data. */
export function SampleBar({ state }: { state: DashboardState }) {
  const { t, data, busy, run } = state;
  const hasSample = data?.docs.some((doc) => doc.practice === SAMPLE_PRACTICE_ID) ?? false;
  return (
    <div className="dash-sample">
      {hasSample ? (
        <>
          <p>{t('dash.sampleShown')}</p>
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const { clearSample } = await import('./actions');
                const count = await clearSample();
                return t('dash.sampleCleared', { count });
              })
            }
          >
            {t('dash.sampleClear')}
          </button>
        </>
      ) : null}
    </div>
  );
}

export function NoticeLine({ state }: { state: DashboardState }) {
  const { notice } = state;
  // A later read failed (after a button or another tab's save): what is shown is the last good read.
  if (state.readFailed) return <ReadFailed state={state} />;
  return (
    <p role="status" className={notice?.tone === 'error' ? 'banner banner--warning' : 'dash-notice'}>
      {notice?.text}
    </p>
  );
}

function TryWithSampleData({ state }: { state: DashboardState }) {
  const { t, data, busy, run, locale } = state;
  return (
    <button
      type="button"
      className="button"
      disabled={busy || data === undefined}
      onClick={() =>
        void run(async () => {
          if (data === undefined) return undefined;
          const { loadSample } = await import('./actions');
          const count = await loadSample(data.today, locale);
          return count === undefined ? t('dash.failed') : t('dash.sampleLoaded', { count });
        })
      }
    >
      {t('dash.sampleTry')}
    </button>
  );
}

/**
 * An empty dashboard teaches what to fill to see something here. Its text comes in short
 * paragraphs, each smaller on screen than the page's server-rendered lead, so the largest paint
 * (LCP) never waits for storage and React (test/e2e/dashboards-first-paint.spec.ts).
 */
export function EmptyDashboard(props: {
  state: DashboardState;
  title: string;
  body: string;
  then: string;
  links: readonly (readonly [href: string, text: string])[];
}) {
  return (
    <div className="dash-empty">
      <h2>{props.title}</h2>
      <p>{props.body}</p>
      <ul>
        {props.links.map(([href, text]) => (
          <li key={href}>
            <a href={href}>{text}</a>
          </li>
        ))}
      </ul>
      <p>{props.then}</p>
      <TryWithSampleData state={props.state} />
    </div>
  );
}
