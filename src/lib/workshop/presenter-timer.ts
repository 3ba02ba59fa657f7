/**
 * The presenter's countdown as a pure state machine. Every transition takes the clock
 * reading (`at`, in milliseconds) from the caller, so the UI passes `Date.now()` and tests
 * pass whatever they like; nothing here reads a clock, a timer or storage.
 *
 * Each block keeps its own elapsed time: leaving a block pauses it, and coming back shows
 * where it stood. The countdown never moves on by itself; at zero it reports over-time.
 */

/** `idle`: this block's countdown has not started; `paused`: started, then stopped. */
export type TimerStatus = 'idle' | 'running' | 'paused';

export interface PresenterState {
  /** The block on screen, 0-based. */
  readonly index: number;
  readonly status: TimerStatus;
  /** Time already run on each block, by index, not counting the current run. */
  readonly elapsed: readonly number[];
  /** The clock reading when the current run started; `null` unless running. */
  readonly runningSince: number | null;
  /**
   * The facilitator's choice: moving to another block while the clock runs keeps it running
   * on the new block (a session that flows on), instead of pausing it.
   */
  readonly carryOn: boolean;
}

export type PresenterAction =
  | { type: 'start' | 'pause' | 'resume' | 'toggle' | 'next' | 'previous' | 'reset'; at: number }
  | { type: 'goTo'; index: number; at: number }
  | { type: 'carryOn'; value: boolean };

/** The countdown turns to its warning colour when this much time is left. */
export const WARNING_MS = 60_000;

export function createPresenterState(blockCount: number, startIndex = 0): PresenterState {
  if (!Number.isInteger(blockCount) || blockCount < 1)
    throw new RangeError('a presenter needs at least one block');
  return {
    index: clampIndex(startIndex, blockCount),
    status: 'idle',
    elapsed: Array.from({ length: blockCount }, () => 0),
    runningSince: null,
    carryOn: false,
  };
}

function clampIndex(index: number, count: number): number {
  if (!Number.isFinite(index)) return 0;
  return Math.min(Math.max(Math.trunc(index), 0), count - 1);
}

/** Time run on the current block at `now`, including the current run. */
export function elapsedMs(state: PresenterState, now: number): number {
  const before = state.elapsed[state.index] ?? 0;
  if (state.status !== 'running' || state.runningSince === null) return before;
  // A clock that went backwards (a changed system time) must not give time back.
  return before + Math.max(0, now - state.runningSince);
}

/** Stops the current run, keeping its time in `elapsed`. */
function settle(state: PresenterState, at: number): PresenterState {
  if (state.status !== 'running') return state;
  const elapsed = [...state.elapsed];
  elapsed[state.index] = elapsedMs(state, at);
  return { ...state, status: 'paused', elapsed, runningSince: null };
}

/**
 * Shows another block, paused where it was left (or idle if it never ran); with `carryOn`
 * and the clock running, the new block's clock runs on from `at`.
 */
function moveTo(state: PresenterState, index: number, at: number): PresenterState {
  const target = clampIndex(index, state.elapsed.length);
  if (target === state.index) return state;
  const settled = settle(state, at);
  if (state.carryOn && state.status === 'running') {
    return { ...settled, index: target, status: 'running', runningSince: at };
  }
  return {
    ...settled,
    index: target,
    status: (settled.elapsed[target] ?? 0) > 0 ? 'paused' : 'idle',
    runningSince: null,
  };
}

function start(state: PresenterState, at: number): PresenterState {
  if (state.status === 'running') return state;
  return { ...state, status: 'running', runningSince: at };
}

export function presenterReducer(state: PresenterState, action: PresenterAction): PresenterState {
  switch (action.type) {
    case 'start':
      return start(state, action.at);
    case 'resume':
      return state.status === 'paused' ? start(state, action.at) : state;
    case 'pause':
      return settle(state, action.at);
    case 'toggle':
      return state.status === 'running' ? settle(state, action.at) : start(state, action.at);
    case 'next':
      return moveTo(state, state.index + 1, action.at);
    case 'previous':
      return moveTo(state, state.index - 1, action.at);
    case 'goTo':
      return moveTo(state, action.index, action.at);
    case 'carryOn':
      return state.carryOn === action.value ? state : { ...state, carryOn: action.value };
    case 'reset': {
      const elapsed = [...state.elapsed];
      elapsed[state.index] = 0;
      return { ...state, status: 'idle', elapsed, runningSince: null };
    }
  }
}

export interface TimerReading {
  status: TimerStatus;
  elapsedMs: number;
  /** Time left, never below zero. */
  remainingMs: number;
  /** Time run past the block's length; zero until the countdown reaches zero. */
  overtimeMs: number;
  /** `warning` in the last minute, `over` from zero on. */
  zone: 'normal' | 'warning' | 'over';
}

/** What the countdown shows for the current block of `durationMs` at `now`. */
export function readTimer(state: PresenterState, durationMs: number, now: number): TimerReading {
  const elapsed = elapsedMs(state, now);
  const remaining = durationMs - elapsed;
  return {
    status: state.status,
    elapsedMs: elapsed,
    remainingMs: Math.max(0, remaining),
    overtimeMs: Math.max(0, -remaining),
    zone: remaining <= 0 ? 'over' : remaining <= WARNING_MS ? 'warning' : 'normal',
  };
}

/** The whole session against its plan, at `now`. */
export interface SessionReading {
  /** Time run on all blocks so far. */
  elapsedMs: number;
  /** The plan's total. */
  plannedMs: number;
  /**
   * Positive: behind the plan by this much; negative: ahead. Blocks before the current one
   * count with their actual time against their planned time; the current one only once it
   * runs over (until then it is on plan).
   */
  driftMs: number;
}

export function readSession(
  state: PresenterState,
  durationsMs: readonly number[],
  now: number,
): SessionReading {
  let elapsed = 0;
  let drift = 0;
  durationsMs.forEach((duration, index) => {
    const spent = index === state.index ? elapsedMs(state, now) : (state.elapsed[index] ?? 0);
    elapsed += spent;
    if (index < state.index) drift += spent - duration;
    else if (index === state.index) drift += Math.max(0, spent - duration);
  });
  return { elapsedMs: elapsed, plannedMs: durationsMs.reduce((sum, d) => sum + d, 0), driftMs: drift };
}

/** Drift as whole minutes, rounded toward zero so "on plan" covers the first minute either way. */
export function driftMinutes(driftMs: number): number {
  return Math.trunc(driftMs / 60_000);
}

/**
 * A countdown as `m:ss` (`h:mm:ss` from an hour on). Seconds round up, so a ten-minute block
 * shows 10:00 when it starts and 0:00 only once the time is really up.
 */
export function formatCountdown(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${ss}` : `${minutes}:${ss}`;
}

export interface PresenterTimer {
  readonly state: PresenterState;
  start(): void;
  pause(): void;
  resume(): void;
  toggle(): void;
  next(): void;
  previous(): void;
  reset(): void;
  goTo(index: number): void;
  /** The current block's reading at the clock's now. */
  read(): TimerReading;
}

/**
 * The state machine with a clock attached: `createPresenterTimer([600_000, 300_000])` runs
 * on `Date.now`, a test passes its own clock.
 */
export function createPresenterTimer(
  durationsMs: readonly number[],
  clock: () => number = Date.now,
  startIndex = 0,
): PresenterTimer {
  let state = createPresenterState(durationsMs.length, startIndex);
  const dispatch = (type: Exclude<PresenterAction['type'], 'goTo' | 'carryOn'>) => {
    state = presenterReducer(state, { type, at: clock() });
  };
  return {
    get state() {
      return state;
    },
    start: () => dispatch('start'),
    pause: () => dispatch('pause'),
    resume: () => dispatch('resume'),
    toggle: () => dispatch('toggle'),
    next: () => dispatch('next'),
    previous: () => dispatch('previous'),
    reset: () => dispatch('reset'),
    goTo(index) {
      state = presenterReducer(state, { type: 'goTo', index, at: clock() });
    },
    read: () => readTimer(state, durationsMs[state.index] ?? 0, clock()),
  };
}
