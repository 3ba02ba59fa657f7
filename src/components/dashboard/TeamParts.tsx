import type { Locale } from '../../lib/i18n/locales';
import { localizePath } from '../../lib/i18n/paths';
import type { TeamCoverage } from '../../lib/tracking/coverage';
import type { PickedItem } from '../../lib/tracking/next-conversation';
import { describeReason, describeSignal, healthLabel, signalLabel } from '../../lib/tracking/text';
import type { TeamRow, TeamView } from '../../lib/tracking/views';
import type { IslandTranslate } from '../shared/island-strings';
import { SignalList } from './Signals';
import { GuideLink, HealthBadge, pct, openHref } from './parts';

export function TeamCoverageSummary({ coverage, t }: { coverage: TeamCoverage; t: IslandTranslate }) {
  return (
    <section className="dash-section dash-coverage" aria-labelledby="dash-coverage">
      <h2 id="dash-coverage">{t('dash.team.coverage')}</h2>
      <div className="dash-coverage__figures">
        <p className="dash-bar">
          <label htmlFor="dash-cov-conversation">
            {t('dash.team.coverageConversation', {
              count: coverage.withConversation,
              people: coverage.people,
              percent: pct(coverage.conversationShare),
              days: coverage.windowDays,
            })}
          </label>
          <meter
            id="dash-cov-conversation"
            min={0}
            max={100}
            low={50}
            high={80}
            optimum={100}
            value={pct(coverage.conversationShare)}
          />
        </p>
        <p className="dash-bar">
          <label htmlFor="dash-cov-feedback">
            {t('dash.team.coverageFeedback', {
              count: coverage.withFeedback,
              people: coverage.people,
              percent: pct(coverage.feedbackShare),
              days: coverage.windowDays,
            })}
          </label>
          <meter
            id="dash-cov-feedback"
            min={0}
            max={100}
            low={50}
            high={80}
            optimum={100}
            value={pct(coverage.feedbackShare)}
          />
        </p>
        <p>{t('dash.team.coverageRetro', { count: coverage.withRetroThisMonth, people: coverage.people })}</p>
      </div>
    </section>
  );
}

/** Items the row offers for the next 1:1 when none was picked: its first signals, then its worst goals. */
export function defaultItems(row: TeamRow, locale: Locale, t: IslandTranslate): PickedItem[] {
  const fromSignals = row.signals.map((signal) => ({
    label: signalLabel(signal.code, locale),
    facts: describeSignal(signal, locale),
  }));
  const fromGoals = row.goals
    .filter((goal) => goal.health.state === 'off-track' || goal.health.state === 'at-risk')
    .map((goal) => ({
      label: `${healthLabel(goal.health.state, locale)}: ${goal.goal || goal.title}`,
      facts: goal.health.reasons.map((reason) => describeReason(reason, locale)).join(' '),
    }));
  const fromCoverage = row.coverage.overdue
    ? [
        {
          label: t('dash.team.coverage'),
          facts: coverageLine(row, t),
        },
      ]
    : [];
  return [...fromSignals, ...fromGoals, ...fromCoverage].slice(0, 2);
}

function coverageLine(row: TeamRow, t: IslandTranslate): string {
  const { coverage } = row;
  const last =
    coverage.daysSince === undefined
      ? t('dash.team.noConversation')
      : t('dash.team.daysSince', { days: coverage.daysSince, date: coverage.lastConversation ?? '' });
  const retro = coverage.retroThisMonth ? t('dash.team.retroYes') : t('dash.team.retroNo');
  return `${last} · ${retro}`;
}

interface TableProps {
  view: TeamView;
  t: IslandTranslate;
  locale: Locale;
  picked: Map<string, PickedItem>;
  onPick: (id: string, item: PickedItem | undefined) => void;
  busy: boolean;
  onStartPrep: (person: string, items: PickedItem[]) => void;
  onTrail: (person: string) => void;
  run: (work: () => Promise<string | undefined>) => Promise<void>;
}

export function TeamTable({ view, t, locale, picked, onPick, busy, onStartPrep, onTrail, run }: TableProps) {
  return (
    <section className="dash-section" aria-labelledby="dash-team">
      <h2 id="dash-team">{t('dash.team.people', { count: view.rows.length })}</h2>
      <p className="dash-section__intro">{t('dash.team.peopleIntro')}</p>
      <ol className="dash-team">
        {view.rows.map((row) => (
          <TeamRowItem
            key={row.key}
            row={row}
            t={t}
            locale={locale}
            picked={picked}
            onPick={onPick}
            busy={busy}
            onStartPrep={onStartPrep}
            onTrail={onTrail}
            run={run}
          />
        ))}
      </ol>
    </section>
  );
}

/** One person's row: health, coverage, goals, signals and the next steps. */
function TeamRowItem({
  row,
  t,
  locale,
  picked,
  onPick,
  busy,
  onStartPrep,
  onTrail,
  run,
}: Omit<TableProps, 'view'> & { row: TeamRow }) {
  const mine = [...picked.keys()].filter((key) => key.startsWith(`${row.key}|`));
  return (
    <li className={`dash-person dash-person--${row.health}`} data-person={row.name}>
      <div className="dash-person__body">
        <header className="dash-person__head">
          <h3>{row.name}</h3>
          <HealthBadge state={row.health} locale={locale} />
          <p
            className={`dash-person__coverage${row.coverage.overdue ? ' dash-person__coverage--overdue' : ''}`}
          >
            {row.coverage.overdue && (
              <span className="health__icon" aria-hidden="true">
                !{' '}
              </span>
            )}
            {coverageLine(row, t)}{' '}
            <GuideLink
              guide={{ module: 'tracking', anchor: 'dashboards' }}
              locale={locale}
              t={t}
              label={t('dash.team.coverage')}
            />
          </p>
        </header>
        {row.goals.length === 0 ? (
          <p className="dash-empty-line">{t('dash.team.noGoals')}</p>
        ) : (
          <ul className="dash-person__goals">
            {row.goals.map((goal) => (
              <li key={goal.id}>
                <a href={openHref('smart-ar', goal.id, locale)}>
                  {goal.goal || goal.title || t('dash.untitledGoal')}
                </a>{' '}
                <HealthBadge state={goal.health.state} locale={locale} />
                {goal.health.reasons[0] !== undefined && (
                  <span className="dash-person__reason">
                    {' '}
                    {describeReason(goal.health.reasons[0], locale)}{' '}
                    <GuideLink
                      guide={goal.health.reasons[0].guide}
                      locale={locale}
                      t={t}
                      label={healthLabel(goal.health.state, locale)}
                    />
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
        <SignalList
          signals={row.signals}
          t={t}
          locale={locale}
          picked={picked}
          onPick={onPick}
          person={row.key}
        />
        <div className="dash-person__actions">
          <button
            type="button"
            className="button button--small"
            disabled={busy}
            onClick={() =>
              onStartPrep(
                row.name,
                mine.length > 0 ? mine.flatMap((key) => picked.get(key) ?? []) : defaultItems(row, locale, t),
              )
            }
          >
            {mine.length > 0 ? t('dash.startPrepPicked', { count: mine.length }) : t('dash.startPrepTop')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => onTrail(row.name)}
          >
            {t('dash.team.trail')}
          </button>
          <button
            type="button"
            className="button button--small button--quiet"
            disabled={busy}
            onClick={() =>
              void run(async () => {
                const { startActionPlan } = await import('./actions');
                const href = await startActionPlan(row.name, locale);
                if (href === undefined) return t('dash.failed');
                window.location.assign(href);
                return undefined;
              })
            }
          >
            {t('dash.newPlan')}
          </button>
          <a
            className="button button--small button--quiet"
            href={localizePath('/worksheets/flash-retro/', locale)}
          >
            {t('dash.team.retro')}
          </a>
        </div>
      </div>
    </li>
  );
}
