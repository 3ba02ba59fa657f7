import { useState } from 'react';
import { localizePath } from '../../lib/i18n/paths';
import { isMine } from '../../lib/tracking/model';
import { MAX_PICKED_ITEMS, type PickedItem } from '../../lib/tracking/next-conversation';
import { progressView } from '../../lib/tracking/views';
import type { IslandTranslate } from '../shared/island-strings';
import { DashboardLoading, EmptyDashboard, NoticeLine, SampleBar } from './DashboardFrame';
import { ActionList, AdjustmentTable, GoalCard, ObstacleList } from './ProgressParts';
import { Section, type DashboardData } from './parts';
import { SignalList } from './Signals';
import { useDashboard, type DashboardIslandProps, type DashboardState } from './use-dashboard';

/**
 * My progress (the employee's view, also a manager's own goals): goals with their
 * milestones, open and done actions, obstacles, signals and the adjustment trace, computed
 * with the pure rules in src/lib/tracking from the worksheets on this device.
 */
export default function ProgressDashboard({ locale, strings }: DashboardIslandProps) {
  const state = useDashboard(locale, strings);
  const { t, data } = state;
  if (data === undefined) return <DashboardLoading state={state} />;
  const view = progressView(data.docs, data.today, data.settings, { includePractice: true });
  const empty = view.goals.length === 0 && Object.values(view.actions).every((list) => list.length === 0);
  const { picked, togglePick: onPick } = state;
  return (
    <div className="dash">
      <SampleBar state={state} />
      <NoticeLine state={state} />
      {empty ? (
        <EmptyDashboard
          state={state}
          title={t('dash.progress.emptyTitle')}
          body={t('dash.progress.emptyBody')}
          then={t('dash.progress.emptyThen')}
          links={[
            [localizePath('/worksheets/smart-ar/', locale), t('dash.progress.emptyGoal')],
            [localizePath('/worksheets/action-plan/', locale), t('dash.progress.emptyPlan')],
          ]}
        />
      ) : (
        <>
          <PickBar
            t={t}
            picked={picked}
            busy={state.busy}
            onStart={() => void state.startPrep([...picked.values()], undefined)}
          />
          <Section id="dash-goals" title={t('dash.progress.goals')} intro={t('dash.progress.goalsIntro')}>
            {view.goals.length === 0 ? (
              <p className="dash-empty-line">{t('dash.progress.noGoals')}</p>
            ) : (
              view.goals.map((goal) => (
                <GoalCard key={goal.id} goal={goal} t={t} locale={locale} picked={picked} onPick={onPick} />
              ))
            )}
          </Section>
          <Section
            id="dash-actions"
            title={t('dash.progress.actions')}
            intro={t('dash.progress.actionsIntro')}
          >
            <ActionList view={view} t={t} locale={locale} picked={picked} onPick={onPick} />
          </Section>
          <Section
            id="dash-obstacles"
            title={t('dash.progress.obstacles')}
            intro={t('dash.progress.obstaclesIntro')}
          >
            <ObstacleList view={view} t={t} locale={locale} />
          </Section>
          <Section id="dash-signals" title={t('dash.signals')}>
            <SignalList
              signals={view.signals}
              t={t}
              locale={locale}
              picked={picked}
              onPick={onPick}
              person=""
            />
          </Section>
          <Section id="dash-trace" title={t('dash.progress.trace')} intro={t('dash.progress.traceIntro')}>
            <AdjustmentTable view={view} t={t} locale={locale} />
          </Section>
        </>
      )}
      <MeAndExport state={state} data={data} />
    </div>
  );
}

/** How many items are picked for the next 1:1 (at most two), and the button that starts it. */
function PickBar(props: {
  t: IslandTranslate;
  picked: Map<string, PickedItem>;
  onStart: () => void;
  busy: boolean;
}) {
  const { t, picked } = props;
  return (
    <div className="dash-pickbar" aria-live="polite">
      <p>
        {picked.size === 0
          ? t('dash.pickNone', { max: MAX_PICKED_ITEMS })
          : t('dash.pickCount', { count: picked.size, max: MAX_PICKED_ITEMS })}
      </p>
      <button
        type="button"
        className="button button--small"
        disabled={props.busy || picked.size === 0}
        onClick={props.onStart}
      >
        {t('dash.startPrep')}
      </button>
    </div>
  );
}

/** "Who is me" on this device, and the export of my progress for my manager. */
function MeAndExport({ state, data }: { state: DashboardState; data: DashboardData }) {
  const { t, busy } = state;
  const [me, setMe] = useState(data.settings.me ?? '');
  const mine = data.docs.filter((doc) => isMine(doc.person, data.settings));
  return (
    <Section id="dash-me" title={t('dash.me.title')} intro={t('dash.me.intro')}>
      <form
        className="dash-me"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = me.trim();
          state.updateSettings({
            ...data.settings,
            ...(trimmed === '' ? { me: undefined } : { me: trimmed }),
          });
        }}
      >
        <label htmlFor="dash-me-name">{t('dash.me.label')}</label>
        <input
          id="dash-me-name"
          type="text"
          maxLength={80}
          value={me}
          onChange={(e) => setMe(e.currentTarget.value)}
        />
        <button type="submit" className="button button--small">
          {t('dash.me.save')}
        </button>
      </form>
      <p className="field__help">
        {data.settings.me ? t('dash.me.current', { me: data.settings.me }) : t('dash.me.none')}
      </p>
      <h3>{t('dash.export.title')}</h3>
      <p>{t('dash.export.intro', { count: mine.length })}</p>
      <button
        type="button"
        className="button button--small"
        disabled={busy}
        onClick={() =>
          void state.run(async () => {
            const { exportProgress } = await import('./actions');
            const count = exportProgress(data.docs, data.settings, data.today);
            return count === 0 ? t('dash.exportNothing') : t('dash.exported', { count });
          })
        }
      >
        {t('dash.export.button')}
      </button>
    </Section>
  );
}
