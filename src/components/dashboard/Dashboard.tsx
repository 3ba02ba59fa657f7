import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../../lib/i18n/locales';
import { localizePath } from '../../lib/i18n/paths';
import {
  isMine,
  MAX_PICKED_ITEMS,
  progressView,
  SAMPLE_PRACTICE_ID,
  teamView,
  type PickedItem,
  type ProgressView,
  type TeamView,
} from '../../lib/tracking';
import type { StoredPeopleSettings } from '../../lib/tracking/people';
import { todayIso } from '../../lib/worksheets/dates';
import type { WorksheetDocLike } from '../../lib/worksheets/document';
import { getWorksheetStore, loadAllWorksheets, loadPeopleSettings, savePeopleSettings } from '../../storage';
import { islandTranslator, type IslandStrings, type IslandTranslate } from '../worksheets/island-strings';
import { GoalCard, ActionList, ObstacleList, AdjustmentTable } from './ProgressParts';
import { TeamTable, TeamCoverageSummary } from './TeamParts';
import { Section, type DashboardData } from './parts';
import { PeopleManager } from './PeopleManager';
import { SignalList } from './Signals';
import { TrailLoader } from './Trail';

interface Props {
  locale: Locale;
  strings: IslandStrings;
  mode: 'progress' | 'team';
}

/** Only real worksheets and the dashboard's own sample team; workshop practice stays out. */
function dashboardDocs(docs: readonly WorksheetDocLike[]): WorksheetDocLike[] {
  return docs.filter((doc) => doc.practice === undefined || doc.practice === SAMPLE_PRACTICE_ID);
}

/**
 * The two dashboards' island: reads every worksheet and the people settings after the first
 * render, computes the view with the pure rules in src/lib/tracking, and renders it. Actions
 * that change storage (sample data, people, new worksheets) are loaded on demand.
 */
export default function Dashboard({ locale, strings, mode }: Props) {
  const t = useMemo(() => islandTranslator(strings), [strings]);
  const [data, setData] = useState<DashboardData>();
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string }>();
  const [picked, setPicked] = useState<Map<string, PickedItem>>(new Map());
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    const store = getWorksheetStore();
    const docs = await loadAllWorksheets(store);
    setData({ docs: dashboardDocs(docs), settings: loadPeopleSettings(), today: todayIso(new Date()) });
  }, []);

  useEffect(() => {
    void refresh();
    const store = getWorksheetStore();
    return store.onExternalChange(() => void refresh());
  }, [refresh]);

  const run = async (work: () => Promise<string | undefined>) => {
    setBusy(true);
    try {
      const text = await work();
      if (text !== undefined) setNotice({ tone: 'info', text });
      await refresh();
    } catch {
      setNotice({ tone: 'error', text: t('dash.failed') });
    } finally {
      setBusy(false);
    }
  };

  const updateSettings = (next: StoredPeopleSettings) => {
    if (!savePeopleSettings(next)) setNotice({ tone: 'error', text: t('dash.settingsNotSaved') });
    setData((current) => (current === undefined ? current : { ...current, settings: next }));
  };

  const togglePick = (id: string, item: PickedItem | undefined) => {
    setPicked((current) => {
      const next = new Map(current);
      if (item === undefined) next.delete(id);
      else if (next.size < MAX_PICKED_ITEMS) next.set(id, item);
      return next;
    });
  };

  const startPrep = (items: PickedItem[], person: string | undefined) =>
    run(async () => {
      const { startPrepPlanner } = await import('./actions');
      const href = await startPrepPlanner(items, person, locale);
      if (href === undefined) return t('dash.failed');
      window.location.assign(href);
      return undefined;
    });

  if (data === undefined) {
    return (
      <p className="dash-loading" role="status">
        {t('dash.loading')}
      </p>
    );
  }

  const hasSample = data.docs.some((doc) => doc.practice === SAMPLE_PRACTICE_ID);
  const sampleBar = (
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
  const tryButton = (
    <button
      type="button"
      className="button"
      disabled={busy}
      onClick={() =>
        void run(async () => {
          const { loadSample } = await import('./actions');
          const count = await loadSample(data.today, locale);
          return count === undefined ? t('dash.failed') : t('dash.sampleLoaded', { count });
        })
      }
    >
      {t('dash.sampleTry')}
    </button>
  );
  const noticeView = (
    <p role="status" className={notice?.tone === 'error' ? 'banner banner--warning' : 'dash-notice'}>
      {notice?.text}
    </p>
  );

  if (mode === 'progress') {
    const view = progressView(data.docs, data.today, data.settings, { includePractice: true });
    return (
      <ProgressDashboard
        view={view}
        data={data}
        t={t}
        locale={locale}
        picked={picked}
        onPick={togglePick}
        onStartPrep={() => void startPrep([...picked.values()], undefined)}
        busy={busy}
        sampleBar={sampleBar}
        tryButton={tryButton}
        notice={noticeView}
        onSettings={updateSettings}
        onExport={() =>
          void run(async () => {
            const { exportProgress } = await import('./actions');
            const count = exportProgress(data.docs, data.settings, data.today);
            return count === 0 ? t('dash.exportNothing') : t('dash.exported', { count });
          })
        }
      />
    );
  }

  const view = teamView(data.docs, data.today, data.settings, { includePractice: true });
  return (
    <TeamDashboard
      view={view}
      data={data}
      t={t}
      locale={locale}
      picked={picked}
      onPick={togglePick}
      onStartPrep={(person, items) => void startPrep(items, person)}
      busy={busy}
      run={run}
      sampleBar={sampleBar}
      tryButton={tryButton}
      notice={noticeView}
      onSettings={updateSettings}
    />
  );
}

interface ViewProps {
  data: DashboardData;
  t: IslandTranslate;
  locale: Locale;
  picked: Map<string, PickedItem>;
  onPick: (id: string, item: PickedItem | undefined) => void;
  busy: boolean;
  sampleBar: ReactNode;
  tryButton: ReactNode;
  notice: ReactNode;
  onSettings: (settings: StoredPeopleSettings) => void;
}

function PickBar({
  t,
  picked,
  onStart,
  busy,
  person,
}: {
  t: IslandTranslate;
  picked: Map<string, PickedItem>;
  onStart: () => void;
  busy: boolean;
  person?: string;
}) {
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
        disabled={busy || picked.size === 0}
        onClick={onStart}
      >
        {person === undefined ? t('dash.startPrep') : t('dash.startPrepWith', { person })}
      </button>
    </div>
  );
}

function ProgressDashboard(
  props: ViewProps & { view: ProgressView; onStartPrep: () => void; onExport: () => void },
) {
  const { view, data, t, locale, picked, onPick, busy } = props;
  const mine = data.docs.filter((doc) => isMine(doc.person, data.settings));
  const [me, setMe] = useState(data.settings.me ?? '');
  const empty = view.goals.length === 0 && Object.values(view.actions).every((list) => list.length === 0);
  return (
    <div className="dash">
      {props.sampleBar}
      {props.notice}
      {empty ? (
        <EmptyDashboard
          title={t('dash.progress.emptyTitle')}
          body={t('dash.progress.emptyBody')}
          then={t('dash.progress.emptyThen')}
          links={[
            [localizePath('/worksheets/smart-ar/', locale), t('dash.progress.emptyGoal')],
            [localizePath('/worksheets/action-plan/', locale), t('dash.progress.emptyPlan')],
          ]}
          tryButton={props.tryButton}
        />
      ) : (
        <>
          <PickBar t={t} picked={picked} onStart={props.onStartPrep} busy={busy} />
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
      <Section id="dash-me" title={t('dash.me.title')} intro={t('dash.me.intro')}>
        <form
          className="dash-me"
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = me.trim();
            props.onSettings({ ...data.settings, ...(trimmed === '' ? { me: undefined } : { me: trimmed }) });
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
        <button type="button" className="button button--small" disabled={busy} onClick={props.onExport}>
          {t('dash.export.button')}
        </button>
      </Section>
    </div>
  );
}

function TeamDashboard(
  props: ViewProps & {
    view: TeamView;
    onStartPrep: (person: string, items: PickedItem[]) => void;
    run: (work: () => Promise<string | undefined>) => Promise<void>;
  },
) {
  const { view, data, t, locale } = props;
  const [trail, setTrail] = useState<string>();
  const empty = view.rows.length === 0 && view.archived.length === 0;
  if (trail !== undefined) {
    return <TrailLoader name={trail} data={data} t={t} locale={locale} onBack={() => setTrail(undefined)} />;
  }
  return (
    <div className="dash">
      {props.sampleBar}
      {props.notice}
      {empty ? (
        <EmptyDashboard
          title={t('dash.team.emptyTitle')}
          body={t('dash.team.emptyBody')}
          then={t('dash.team.emptyThen')}
          links={[
            [localizePath('/worksheets/action-plan/', locale), t('dash.team.emptyPlan')],
            [localizePath('/worksheets/', locale), t('dash.team.emptyImport')],
          ]}
          tryButton={props.tryButton}
        />
      ) : (
        <>
          <TeamCoverageSummary coverage={view.coverage} t={t} />
          <TeamTable
            view={view}
            t={t}
            locale={locale}
            picked={props.picked}
            onPick={props.onPick}
            busy={props.busy}
            onStartPrep={props.onStartPrep}
            onTrail={setTrail}
            run={props.run}
          />
          <section className="dash-section" aria-labelledby="dash-calendar">
            <h2 id="dash-calendar">{t('dash.team.calendar')}</h2>
            <p className="dash-section__intro">{t('dash.team.calendarHelp')}</p>
            <button
              type="button"
              className="button button--small"
              disabled={props.busy}
              onClick={() =>
                void props.run(async () => {
                  const { downloadTeamCalendar } = await import('./actions');
                  const counts = downloadTeamCalendar(data.docs, data.today, data.settings, locale);
                  return counts === undefined
                    ? t('dash.team.calendarNone')
                    : t('dash.team.calendarDone', { count: counts.reviews, people: counts.reminders });
                })
              }
            >
              {t('dash.team.calendar')}
            </button>
          </section>
          <PeopleManager
            view={view}
            data={data}
            t={t}
            run={props.run}
            onSettings={props.onSettings}
            busy={props.busy}
          />
        </>
      )}
    </div>
  );
}

/**
 * An empty dashboard teaches what to fill to see something here. Its text comes in short
 * paragraphs, each smaller on screen than the page's server-rendered lead, so the largest paint
 * (LCP) never waits for storage and React (test/e2e/dashboards-first-paint.spec.ts).
 */
function EmptyDashboard(props: {
  title: string;
  body: string;
  then: string;
  links: readonly (readonly [href: string, text: string])[];
  tryButton: ReactNode;
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
      {props.tryButton}
    </div>
  );
}
