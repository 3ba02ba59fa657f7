import type { Locale } from '../../lib/i18n/locales';
import { MAX_PICKED_ITEMS, type PickedItem } from '../../lib/tracking/next-conversation';
import { describeReason, healthLabel } from '../../lib/tracking/text';
import type { ActionRow, GoalRow, ProgressView } from '../../lib/tracking/views';
import type { IslandTranslate } from '../shared/island-strings';
import { GuideLink, HealthBadge, pct, openHref } from './parts';

interface PickProps {
  picked: Map<string, PickedItem>;
  onPick: (id: string, item: PickedItem | undefined) => void;
}

function PickBox({
  id,
  item,
  picked,
  onPick,
  label,
}: PickProps & { id: string; item: PickedItem; label: string }) {
  const checked = picked.has(id);
  return (
    <label className="dash-pick dash-pick--inline">
      <input
        type="checkbox"
        checked={checked}
        disabled={!checked && picked.size >= MAX_PICKED_ITEMS}
        onChange={(event) => onPick(id, event.currentTarget.checked ? item : undefined)}
      />
      <span>{label}</span>
    </label>
  );
}

/** One goal: its health with the reasons, a bar per milestone and for the goal, time elapsed, likelihood and trend. */
export function GoalCard({
  goal,
  t,
  locale,
  picked,
  onPick,
  person = '',
}: PickProps & { goal: GoalRow; t: IslandTranslate; locale: Locale; person?: string }) {
  const { health } = goal;
  const name = goal.goal.trim() || goal.title || t('dash.untitledGoal');
  const facts = health.reasons.map((reason) => describeReason(reason, locale)).join(' ');
  const trend = health.trend === undefined ? '' : t(`dash.trend.${health.trend}`);
  return (
    <article className={`dash-goal dash-goal--${health.state}`}>
      <header className="dash-goal__head">
        <h3>
          <a href={openHref('smart-ar', goal.id, locale)}>{name}</a>
        </h3>
        <HealthBadge state={health.state} locale={locale} />
      </header>
      <ul className="dash-reasons">
        {health.reasons.map((reason) => (
          <li key={`${reason.code}-${String(reason.facts['date'] ?? '')}`}>
            {describeReason(reason, locale)}{' '}
            <GuideLink guide={reason.guide} locale={locale} t={t} label={healthLabel(reason.state, locale)} />
          </li>
        ))}
      </ul>
      {health.progress.progress !== undefined && (
        <div className="dash-bars">
          <p className="dash-bar">
            <label htmlFor={`${goal.id}-progress`}>
              {t('dash.goalProgress', { percent: pct(health.progress.progress) })}
            </label>
            <progress id={`${goal.id}-progress`} max={100} value={pct(health.progress.progress)} />
          </p>
          {health.progress.elapsed !== undefined && (
            <p className="dash-bar">
              <label htmlFor={`${goal.id}-time`}>
                {t('dash.timeElapsed', {
                  percent: pct(health.progress.elapsed),
                  due: health.progress.due ?? '',
                })}
              </label>
              <meter id={`${goal.id}-time`} min={0} max={100} value={pct(health.progress.elapsed)} />
            </p>
          )}
          <ul className="dash-milestones">
            {health.progress.milestones.map((entry, index) => {
              const m = entry.milestone;
              const id = `${goal.id}-m${index}`;
              return (
                <li key={id} className="dash-bar">
                  <label htmlFor={id}>
                    {t(
                      m.reachedOn !== ''
                        ? 'dash.milestoneReached'
                        : entry.overdue
                          ? 'dash.milestoneOverdue'
                          : 'dash.milestone',
                      {
                        indicator: m.indicator || t('dash.milestoneN', { n: index + 1 }),
                        current: m.current || '—',
                        target: m.target || '—',
                        date: m.reachedOn || m.date || '—',
                      },
                    )}
                  </label>
                  <progress id={id} max={100} value={pct(entry.progress)} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
      {health.likelihood !== undefined && (
        <p className="dash-likelihood">
          {t('dash.likelihood', { percent: pct(health.likelihood) })} {trend}
        </p>
      )}
      {health.state !== 'on-track' && health.state !== 'no-data' && (
        <PickBox
          id={`${person}|goal:${goal.id}`}
          item={{ label: `${healthLabel(health.state, locale)}: ${name}`, facts }}
          picked={picked}
          onPick={onPick}
          label={t('dash.pickThis')}
        />
      )}
    </article>
  );
}

function ActionItem({
  row,
  t,
  locale,
  picked,
  onPick,
}: PickProps & { row: ActionRow; t: IslandTranslate; locale: Locale }) {
  const { action } = row;
  const state = t(`dash.state.${action.state}`);
  const date =
    action.state === 'done'
      ? t('dash.doneOn', { date: action.doneOn || '—' })
      : action.reviewDate === ''
        ? t('dash.noReviewDate')
        : t('dash.reviewOn', { date: action.reviewDate });
  return (
    <li className={`dash-action dash-action--${action.state}`}>
      <span className="dash-action__state">{state}</span>{' '}
      <a href={openHref('action-plan', row.planId, locale)}>{action.result}</a>
      <span className="dash-action__date"> · {date}</span>
      {action.microAction && <span className="tag"> {t('dash.micro')}</span>}
      {action.state === 'blocked' && action.blockedReason !== '' && (
        <span className="dash-action__reason"> · {action.blockedReason}</span>
      )}
      {action.state !== 'done' && (
        <PickBox
          id={`action:${row.planId}:${row.index}`}
          item={{
            label: action.result,
            facts: `${state} · ${date}${action.blockedReason ? ` · ${action.blockedReason}` : ''}`,
          }}
          picked={picked}
          onPick={onPick}
          label={t('dash.pickThis')}
        />
      )}
    </li>
  );
}

export function ActionList({
  view,
  t,
  locale,
  picked,
  onPick,
}: PickProps & { view: ProgressView; t: IslandTranslate; locale: Locale }) {
  const groups = [
    ['overdue', view.actions.overdue],
    ['thisWeek', view.actions.thisWeek],
    ['later', view.actions.later],
    ['undated', view.actions.undated],
    ['done', view.actions.done],
  ] as const;
  if (groups.every(([, rows]) => rows.length === 0))
    return <p className="dash-empty-line">{t('dash.noActions')}</p>;
  return (
    <div className="dash-action-groups">
      {groups.map(([group, rows]) =>
        rows.length === 0 ? null : (
          <div key={group} className={`dash-action-group dash-action-group--${group}`}>
            <h3>{t(`dash.group.${group}`, { count: rows.length })}</h3>
            <ul>
              {rows.map((row) => (
                <ActionItem
                  key={`${row.planId}-${row.index}`}
                  row={row}
                  t={t}
                  locale={locale}
                  picked={picked}
                  onPick={onPick}
                />
              ))}
            </ul>
          </div>
        ),
      )}
    </div>
  );
}

export function ObstacleList({
  view,
  t,
  locale,
}: {
  view: ProgressView;
  t: IslandTranslate;
  locale: Locale;
}) {
  if (view.obstacles.length === 0) return <p className="dash-empty-line">{t('dash.noObstacles')}</p>;
  return (
    <ul className="dash-obstacles">
      {view.obstacles.map((obstacle) =>
        obstacle.source === 'action' ? (
          <li key={`a-${obstacle.planId}-${obstacle.result}`}>
            <a href={openHref('action-plan', obstacle.planId, locale)}>{obstacle.result}</a>:{' '}
            {obstacle.reason || t('dash.noReason')} <span className="dash-date">({obstacle.date})</span>
          </li>
        ) : (
          <li key={`r-${obstacle.retroId}`}>
            <a href={openHref('flash-retro', obstacle.retroId, locale)}>{obstacle.obstacle}</a>
            {obstacle.tried !== '' && <> · {t('dash.tried', { tried: obstacle.tried })}</>}{' '}
            <span className="dash-date">({obstacle.date})</span>
          </li>
        ),
      )}
    </ul>
  );
}

export function AdjustmentTable({
  view,
  t,
  locale,
}: {
  view: ProgressView;
  t: IslandTranslate;
  locale: Locale;
}) {
  if (view.adjustments.length === 0) return <p className="dash-empty-line">{t('dash.noAdjustments')}</p>;
  return (
    <div className="table-scroll">
      <table className="dash-table">
        <thead>
          <tr>
            <th scope="col">{t('dash.col.date')}</th>
            <th scope="col">{t('dash.col.kind')}</th>
            <th scope="col">{t('dash.col.reason')}</th>
            <th scope="col">{t('dash.col.before')}</th>
            <th scope="col">{t('dash.col.after')}</th>
          </tr>
        </thead>
        <tbody>
          {view.adjustments.map((adjustment, index) => (
            <tr key={`${adjustment.goalId}-${index}`}>
              <td>
                <a href={openHref('smart-ar', adjustment.goalId, locale)}>{adjustment.date || '—'}</a>
              </td>
              <td>{t(adjustment.kind === 'goal' ? 'dash.kind.goal' : 'dash.kind.execution')}</td>
              <td>{adjustment.reason}</td>
              <td>{adjustment.before}</td>
              <td>{adjustment.after}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
