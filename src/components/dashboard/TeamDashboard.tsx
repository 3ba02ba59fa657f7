import { lazy, Suspense, useMemo, useState } from 'react';
import { localizePath } from '../../lib/i18n/paths';
import { teamView } from '../../lib/tracking/views';
import { DashboardLoading, EmptyDashboard, NoticeLine, SampleBar } from './DashboardFrame';
import { ModuleBoundary } from '../shared/ModuleBoundary';
import { PeopleManager } from './PeopleManager';
import { TeamCoverageSummary, TeamTable } from './TeamParts';
import { useDashboard, type DashboardIslandProps, type DashboardState } from './use-dashboard';
import type { DashboardData } from './parts';

/**
 * A person's growth trail: its code loads when someone opens one. A fresh `lazy` per opening,
 * because `lazy` remembers a failed load: after a dropped connection, opening again retries.
 */
const loadTrail = () => lazy(() => import('./Trail'));

/**
 * My team (the manager's view): one row per person, sorted by what needs attention first,
 * with goal health, risk signals and coverage; each person's growth trail; the team
 * calendar; and the person list (rename, merge, archive).
 */
export default function TeamDashboard({ locale, strings }: DashboardIslandProps) {
  const state = useDashboard(locale, strings);
  const { t, data } = state;
  const [trail, setTrail] = useState<string>();
  const GrowthTrail = useMemo(() => (trail === undefined ? undefined : loadTrail()), [trail]);
  if (data === undefined) return <DashboardLoading state={state} />;
  if (trail !== undefined && GrowthTrail !== undefined) {
    const back = () => setTrail(undefined);
    return (
      <ModuleBoundary
        message={t('dash.trail.unavailable')}
        action={
          <button type="button" className="button button--small" onClick={back}>
            {t('dash.trail.back')}
          </button>
        }
      >
        <Suspense fallback={<DashboardLoading state={state} />}>
          <GrowthTrail name={trail} data={data} t={t} locale={locale} onBack={back} />
        </Suspense>
      </ModuleBoundary>
    );
  }
  const view = teamView(data.docs, data.today, data.settings, { includePractice: true });
  const empty = view.rows.length === 0 && view.archived.length === 0;
  return (
    <div className="dash">
      <SampleBar state={state} />
      <NoticeLine state={state} />
      {empty ? (
        <EmptyDashboard
          state={state}
          title={t('dash.team.emptyTitle')}
          body={t('dash.team.emptyBody')}
          then={t('dash.team.emptyThen')}
          links={[
            [localizePath('/worksheets/action-plan/', locale), t('dash.team.emptyPlan')],
            [localizePath('/worksheets/', locale), t('dash.team.emptyImport')],
          ]}
        />
      ) : (
        <>
          <TeamCoverageSummary coverage={view.coverage} t={t} />
          <TeamTable
            view={view}
            t={t}
            locale={locale}
            picked={state.picked}
            onPick={state.togglePick}
            busy={state.busy}
            onStartPrep={(person, items) => void state.startPrep(items, person)}
            onTrail={setTrail}
            run={state.run}
          />
          <TeamCalendar state={state} data={data} />
          <PeopleManager
            view={view}
            data={data}
            t={t}
            run={state.run}
            onSettings={state.updateSettings}
            busy={state.busy}
          />
        </>
      )}
    </div>
  );
}

/** One .ics with every upcoming review date and a monthly flash-retro reminder per person. */
function TeamCalendar({ state, data }: { state: DashboardState; data: DashboardData }) {
  const { t, locale } = state;
  return (
    <section className="dash-section" aria-labelledby="dash-calendar">
      <h2 id="dash-calendar">{t('dash.team.calendar')}</h2>
      <p className="dash-section__intro">{t('dash.team.calendarHelp')}</p>
      <button
        type="button"
        className="button button--small"
        disabled={state.busy}
        onClick={() =>
          void state.run(async () => {
            const { downloadTeamCalendar } = await import('./actions');
            const counts = await downloadTeamCalendar(data.docs, data.today, data.settings, locale);
            return counts === undefined
              ? t('dash.team.calendarNone')
              : t('dash.team.calendarDone', { count: counts.reviews, people: counts.reminders });
          })
        }
      >
        {t('dash.team.calendar')}
      </button>
    </section>
  );
}
