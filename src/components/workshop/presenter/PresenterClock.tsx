import type { PresenterBlock } from '../../../lib/workshop/agenda-schedule';
import { formatCountdown, type TimerReading, type TimerStatus } from '../../../lib/workshop/presenter-timer';
import { timerStateKey, toggleKey, type PresenterCommand } from '../../../lib/workshop/presenter-view';
import type { IslandTranslate } from '../../shared/island-strings';

interface Props {
  t: IslandTranslate;
  block: PresenterBlock;
  next: PresenterBlock | undefined;
  reading: TimerReading;
  status: TimerStatus;
  isFirst: boolean;
  isLast: boolean;
  command: (type: PresenterCommand) => void;
}

/** The countdown, its state, the buttons and what comes next. */
export function PresenterClock({ t, block, next, reading, status, isFirst, isLast, command }: Props) {
  const stateText =
    reading.zone === 'over'
      ? `${t(timerStateKey(reading))} · ${t('workshop.presenter.over', { time: formatCountdown(reading.overtimeMs) })}`
      : t(timerStateKey(reading));
  return (
    <section className="presenter__clock" aria-labelledby="presenter-timer-label">
      <h2 id="presenter-timer-label" className="presenter__timer-label">
        {t('workshop.presenter.timer')}
      </h2>
      <p className="presenter__time" role="timer" aria-labelledby="presenter-timer-label">
        {formatCountdown(reading.remainingMs)}
      </p>
      <p className="presenter__state" data-testid="presenter-state">
        {stateText}
      </p>
      <div className="presenter__controls" role="group" aria-label={t('workshop.presenter.controls')}>
        <button type="button" onClick={() => command('previous')} disabled={isFirst}>
          {t('workshop.presenter.previous')}
        </button>
        <button type="button" className="presenter__primary" onClick={() => command('toggle')}>
          {t(toggleKey(status))}
        </button>
        <button type="button" onClick={() => command('next')} disabled={isLast}>
          {t('workshop.presenter.next')}
        </button>
        <button type="button" onClick={() => command('reset')}>
          {t('workshop.presenter.reset')}
        </button>
      </div>
      <div className="presenter__next">
        <h3 className="presenter__label">{t('workshop.presenter.upNext')}</h3>
        {next ? (
          <p>
            {next.sessionIndex !== block.sessionIndex && (
              <span className="presenter__next-session">
                {t('workshop.presenter.nextSession', { session: next.sessionTitle })}
              </span>
            )}
            {next.title} · {t('workshop.presenter.minutes', { n: next.minutes })}
          </p>
        ) : (
          <p>{t('workshop.presenter.lastBlock')}</p>
        )}
      </div>
    </section>
  );
}
