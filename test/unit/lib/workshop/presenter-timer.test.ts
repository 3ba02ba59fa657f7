import { describe, expect, test } from 'vitest';
import {
  createPresenterState,
  createPresenterTimer,
  driftMinutes,
  elapsedMs,
  readSession,
  formatCountdown,
  presenterReducer,
  readTimer,
  WARNING_MS,
  type PresenterAction,
  type PresenterState,
} from '../../../../src/lib/workshop/presenter-timer';

const MIN = 60_000;

/** A clock the test moves by hand. */
function fakeClock(start = 1_000_000) {
  let now = start;
  return {
    now: () => now,
    advance(ms: number) {
      now += ms;
    },
  };
}

function run(state: PresenterState, ...actions: PresenterAction[]): PresenterState {
  return actions.reduce(presenterReducer, state);
}

describe('createPresenterState', () => {
  test('starts idle on the first block with no time run', () => {
    expect(createPresenterState(3)).toEqual({
      index: 0,
      status: 'idle',
      elapsed: [0, 0, 0],
      runningSince: null,
      carryOn: false,
    });
  });

  test('clamps a start index to the blocks there are', () => {
    expect(createPresenterState(3, 7).index).toBe(2);
    expect(createPresenterState(3, -1).index).toBe(0);
    expect(createPresenterState(3, Number.NaN).index).toBe(0);
  });

  test('refuses an agenda without blocks', () => {
    expect(() => createPresenterState(0)).toThrow(RangeError);
  });
});

describe('createPresenterTimer', () => {
  test('counts down while running and stands still while paused', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([10 * MIN, 5 * MIN], clock.now);
    expect(timer.read()).toMatchObject({ status: 'idle', remainingMs: 10 * MIN, zone: 'normal' });

    timer.start();
    clock.advance(90_000);
    expect(timer.read()).toMatchObject({ status: 'running', elapsedMs: 90_000, remainingMs: 8.5 * MIN });

    timer.pause();
    clock.advance(5 * MIN);
    expect(timer.read()).toMatchObject({ status: 'paused', remainingMs: 8.5 * MIN });

    timer.resume();
    clock.advance(30_000);
    expect(timer.read().remainingMs).toBe(8 * MIN);
  });

  test('toggle starts, pauses and resumes', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([MIN], clock.now);
    timer.toggle();
    expect(timer.state.status).toBe('running');
    clock.advance(10_000);
    timer.toggle();
    expect(timer.state.status).toBe('paused');
    timer.toggle();
    expect(timer.state.status).toBe('running');
    clock.advance(10_000);
    expect(timer.read().elapsedMs).toBe(20_000);
  });

  test('resume does nothing unless paused, start does nothing while running', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([MIN], clock.now);
    timer.resume();
    expect(timer.state.status).toBe('idle');
    timer.start();
    clock.advance(10_000);
    timer.start();
    clock.advance(10_000);
    expect(timer.read().elapsedMs).toBe(20_000);
  });

  test('turns to warning in the last minute and to over-time at zero, without moving on', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([5 * MIN, 5 * MIN], clock.now);
    timer.start();
    clock.advance(4 * MIN - 1);
    expect(timer.read().zone).toBe('normal');
    clock.advance(1);
    expect(timer.read()).toMatchObject({ zone: 'warning', remainingMs: WARNING_MS });
    clock.advance(MIN);
    expect(timer.read()).toMatchObject({ zone: 'over', remainingMs: 0, overtimeMs: 0 });
    clock.advance(42_000);
    expect(timer.read()).toMatchObject({
      zone: 'over',
      remainingMs: 0,
      overtimeMs: 42_000,
      status: 'running',
    });
    expect(timer.state.index).toBe(0);
  });

  test('next and previous pause the block left and keep its time', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([10 * MIN, 5 * MIN, 5 * MIN], clock.now);
    timer.start();
    clock.advance(2 * MIN);
    timer.next();
    expect(timer.state).toMatchObject({ index: 1, status: 'idle' });
    expect(timer.read().remainingMs).toBe(5 * MIN);

    clock.advance(MIN);
    timer.previous();
    expect(timer.state).toMatchObject({ index: 0, status: 'paused' });
    expect(timer.read().remainingMs).toBe(8 * MIN);
  });

  test('next stops at the last block and previous at the first', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([MIN, MIN], clock.now);
    timer.previous();
    expect(timer.state.index).toBe(0);
    timer.next();
    timer.next();
    expect(timer.state.index).toBe(1);
  });

  test('a move that goes nowhere leaves a running block running', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([MIN, MIN], clock.now);
    timer.next();
    timer.start();
    timer.next();
    expect(timer.state).toMatchObject({ index: 1, status: 'running' });
  });

  test('reset puts the current block back to its full length, idle', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([10 * MIN, 5 * MIN], clock.now);
    timer.start();
    clock.advance(3 * MIN);
    timer.reset();
    expect(timer.read()).toMatchObject({ status: 'idle', remainingMs: 10 * MIN, zone: 'normal' });
    clock.advance(MIN);
    expect(timer.read().remainingMs).toBe(10 * MIN);
  });

  test('reset leaves the other blocks alone', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([10 * MIN, 5 * MIN], clock.now);
    timer.start();
    clock.advance(MIN);
    timer.next();
    timer.reset();
    timer.previous();
    expect(timer.read().remainingMs).toBe(9 * MIN);
  });

  test('goTo jumps to a block and clamps out-of-range indexes', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([MIN, MIN, MIN], clock.now);
    timer.goTo(2);
    expect(timer.state.index).toBe(2);
    timer.goTo(99);
    expect(timer.state.index).toBe(2);
    timer.goTo(-5);
    expect(timer.state.index).toBe(0);
  });

  test('can start on a given block', () => {
    expect(createPresenterTimer([MIN, MIN, MIN], () => 0, 1).state.index).toBe(1);
  });

  test('a clock that goes backwards gives no time back', () => {
    const clock = fakeClock();
    const timer = createPresenterTimer([MIN], clock.now);
    timer.start();
    clock.advance(-30_000);
    expect(timer.read().elapsedMs).toBe(0);
  });
});

describe('presenterReducer', () => {
  test('is pure: the state passed in is never changed', () => {
    const before = createPresenterState(2);
    const frozen = Object.freeze({ ...before, elapsed: Object.freeze([...before.elapsed]) });
    const after = run(
      frozen,
      { type: 'start', at: 0 },
      { type: 'pause', at: 1000 },
      { type: 'next', at: 1000 },
    );
    expect(frozen).toEqual(before);
    expect(after.elapsed).toEqual([1000, 0]);
  });

  test('pause while idle changes nothing', () => {
    const state = createPresenterState(2);
    expect(presenterReducer(state, { type: 'pause', at: 5 })).toBe(state);
  });
});

describe('readTimer', () => {
  test('reads an idle block as its full length', () => {
    expect(readTimer(createPresenterState(1), 5 * MIN, 123)).toEqual({
      status: 'idle',
      elapsedMs: 0,
      remainingMs: 5 * MIN,
      overtimeMs: 0,
      zone: 'normal',
    });
  });
});

describe('formatCountdown', () => {
  test.each([
    [10 * MIN, '10:00'],
    [10 * MIN - 1, '10:00'],
    [9 * MIN + 59_001, '10:00'],
    [9 * MIN + 59_000, '9:59'],
    [61_000, '1:01'],
    [999, '0:01'],
    [0, '0:00'],
    [-5_000, '0:00'],
    [90 * MIN, '1:30:00'],
  ])('formatCountdown(%i) is %s', (ms, expected) => {
    expect(formatCountdown(ms)).toBe(expected);
  });
});

describe('carrying the clock on across blocks', () => {
  test('by default moving on pauses; with carry-on the next block runs from the same instant', () => {
    let state = createPresenterState(3);
    state = presenterReducer(state, { type: 'start', at: 0 });
    const paused = presenterReducer(state, { type: 'next', at: 60_000 });
    expect(paused.status).toBe('idle');

    state = presenterReducer(state, { type: 'carryOn', value: true });
    state = presenterReducer(state, { type: 'next', at: 60_000 });
    expect(state.status).toBe('running');
    expect(state.index).toBe(1);
    expect(state.elapsed[0]).toBe(60_000);
    expect(elapsedMs(state, 90_000)).toBe(30_000);
  });
});

describe('readSession()', () => {
  const plan = [600_000, 300_000, 600_000];

  test('on plan while the current block is within its time', () => {
    let state = createPresenterState(3);
    state = presenterReducer(state, { type: 'start', at: 0 });
    expect(readSession(state, plan, 120_000)).toEqual({
      elapsedMs: 120_000,
      plannedMs: 1_500_000,
      driftMs: 0,
    });
  });

  test('behind when a block overran, ahead when one finished early', () => {
    let state = createPresenterState(3);
    state = presenterReducer(state, { type: 'carryOn', value: true });
    state = presenterReducer(state, { type: 'start', at: 0 });
    state = presenterReducer(state, { type: 'next', at: 780_000 }); // 13 min on a 10-min block
    expect(driftMinutes(readSession(state, plan, 780_000).driftMs)).toBe(3);
    state = presenterReducer(state, { type: 'next', at: 780_000 + 60_000 }); // 1 min on a 5-min block
    expect(driftMinutes(readSession(state, plan, 840_000).driftMs)).toBe(-1);
    // The current block adds only once it runs over.
    expect(driftMinutes(readSession(state, plan, 840_000 + 660_000).driftMs)).toBe(0);
  });
});
