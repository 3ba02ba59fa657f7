import type { UiKey } from '../i18n/ui/zh-CN';
import type { PresenterAction, TimerReading, TimerStatus } from './presenter-timer';

/**
 * What the presenter shows and which key does what, decided apart from the island: the
 * words are dictionary keys (`workshop.presenter.*`), the island translates them.
 */

/** What a button or a key asks of the timer (jumping and "carry on" are set apart). */
export type PresenterCommand = Exclude<PresenterAction['type'], 'goTo' | 'carryOn'>;

/** The presenter's keyboard: space starts and pauses, arrows and page keys move, R resets. */
export function commandForKey(key: string): PresenterCommand | undefined {
  switch (key) {
    case ' ':
    case 'Spacebar':
      return 'toggle';
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case 'r':
    case 'R':
      return 'reset';
    default:
      return undefined;
  }
}

/** The line under the countdown: time's up (and by how much), last minute, running, paused or ready. */
export function timerStateKey(reading: TimerReading): UiKey {
  if (reading.zone === 'over') return 'workshop.presenter.timeUp';
  if (reading.status === 'running')
    return reading.zone === 'warning' ? 'workshop.presenter.lastMinute' : 'workshop.presenter.running';
  return reading.status === 'paused' ? 'workshop.presenter.paused' : 'workshop.presenter.idle';
}

/** The main button's label: start, pause or resume. */
export function toggleKey(status: TimerStatus): UiKey {
  if (status === 'running') return 'workshop.presenter.pause';
  return status === 'paused' ? 'workshop.presenter.resume' : 'workshop.presenter.start';
}

/** The session against its plan: behind or ahead by `n` minutes, or on plan. */
export function driftText(drift: number): { key: UiKey; n?: number } {
  if (drift > 0) return { key: 'workshop.presenter.behind', n: drift };
  if (drift < 0) return { key: 'workshop.presenter.ahead', n: -drift };
  return { key: 'workshop.presenter.onPlan' };
}
