import { describe, expect, test } from 'vitest';
import type { TimerReading } from '../../../../src/lib/workshop/presenter-timer';
import {
  commandForKey,
  driftText,
  timerStateKey,
  toggleKey,
} from '../../../../src/lib/workshop/presenter-view';

const reading = (over: Partial<TimerReading>): TimerReading => ({
  status: 'idle',
  elapsedMs: 0,
  remainingMs: 60_000,
  overtimeMs: 0,
  zone: 'normal',
  ...over,
});

describe('presenter view', () => {
  test('space starts and pauses, arrows and page keys move, R resets, other keys do nothing', () => {
    expect(
      [' ', 'Spacebar', 'ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', 'r', 'R'].map(commandForKey),
    ).toEqual(['toggle', 'toggle', 'next', 'next', 'previous', 'previous', 'reset', 'reset']);
    expect(commandForKey('Enter')).toBeUndefined();
    expect(commandForKey('x')).toBeUndefined();
  });

  test('time up wins over running; the last minute shows only while running', () => {
    expect(timerStateKey(reading({ status: 'running', zone: 'over' }))).toBe('workshop.presenter.timeUp');
    expect(timerStateKey(reading({ status: 'paused', zone: 'over' }))).toBe('workshop.presenter.timeUp');
    expect(timerStateKey(reading({ status: 'running', zone: 'warning' }))).toBe(
      'workshop.presenter.lastMinute',
    );
    expect(timerStateKey(reading({ status: 'paused', zone: 'warning' }))).toBe('workshop.presenter.paused');
    expect(timerStateKey(reading({ status: 'running' }))).toBe('workshop.presenter.running');
    expect(timerStateKey(reading({}))).toBe('workshop.presenter.idle');
  });

  test('the main button starts, pauses or resumes', () => {
    expect(toggleKey('idle')).toBe('workshop.presenter.start');
    expect(toggleKey('running')).toBe('workshop.presenter.pause');
    expect(toggleKey('paused')).toBe('workshop.presenter.resume');
  });

  test('drift reads as minutes behind or ahead, with a positive number', () => {
    expect(driftText(3)).toEqual({ key: 'workshop.presenter.behind', n: 3 });
    expect(driftText(-2)).toEqual({ key: 'workshop.presenter.ahead', n: 2 });
    expect(driftText(0)).toEqual({ key: 'workshop.presenter.onPlan' });
  });
});
