/**
 * The player's state machine, pure: every change takes the clock reading `now`, so the component only feeds
 * it taps and ticks. Finished steps are remembered so the log can say how many sets were done.
 */
import {
  isTimed,
  isWork,
  stepSignal,
  type SessionStep,
  type StepSignal,
} from '../../../src/core/plan/session-steps';
import {
  overrunMs,
  pauseCountdown,
  remainingMs,
  resumeCountdown,
  startCountdown,
  type Countdown,
} from './countdown';

/** A signal reached this long after its moment (a locked phone, a throttled tab) is not worth a beep. */
export const LATE_SIGNAL_MS = 2_500;
/** Back within this much of a step's start goes to the step before; later, it restarts the step. */
export const RESTART_WINDOW_MS = 3_000;

export interface RunnerState {
  phase: 'ready' | 'running' | 'paused' | 'finished';
  index: number;
  /** The current step's countdown; null for a rep set (it ends on a tap). */
  countdown: Countdown | null;
  /** Indexes of steps run to their end or tapped done (not skipped). */
  finished: readonly number[];
  stoppedEarly: boolean;
  /**
   * The latest signals due, numbered so each plays once. A list, because several ticks can be handled in one
   * render (a test's fast-forwarded clock; a phone waking up).
   */
  signals: readonly DueSignal[];
  /** When the current step began (for "back"). */
  stepStartedAt: number;
}

export interface DueSignal {
  kind: StepSignal;
  seq: number;
  late: boolean;
}
/** Signals remembered: more than any one render could need to play. */
const KEPT_SIGNALS = 8;

export type RunnerAction = {
  type: 'start' | 'tick' | 'done' | 'skip' | 'back' | 'pause' | 'resume' | 'stop';
  now: number;
};

export const initialRunner = (): RunnerState => ({
  phase: 'ready',
  index: 0,
  countdown: null,
  finished: [],
  stoppedEarly: false,
  signals: [],
  stepStartedAt: 0,
});

function enter(state: RunnerState, steps: readonly SessionStep[], index: number, at: number): RunnerState {
  const step = steps[index];
  if (!step) return { ...state, phase: 'finished', countdown: null };
  const countdown = isTimed(step) ? startCountdown(step.durationS * 1000, at) : null;
  const paused = state.phase === 'paused' && countdown ? pauseCountdown(countdown, at) : countdown;
  return { ...state, index, countdown: paused, stepStartedAt: at };
}

const withFinished = (state: RunnerState, index: number): RunnerState =>
  state.finished.includes(index) ? state : { ...state, finished: [...state.finished, index] };

/**
 * The next state for an action.
 * @example runnerReducer(steps)(initialRunner(), { type: 'start', now: performance.now() })
 */
export function runnerReducer(steps: readonly SessionStep[]) {
  return (state: RunnerState, action: RunnerAction): RunnerState => {
    const { now } = action;
    const step = steps[state.index];
    if (action.type === 'start') {
      if (state.phase !== 'ready') return state;
      return enter({ ...state, phase: 'running' }, steps, 0, now);
    }
    if (state.phase === 'finished' || state.phase === 'ready' || !step) return state;
    switch (action.type) {
      case 'tick': {
        if (state.phase !== 'running' || !state.countdown || remainingMs(state.countdown, now) > 0)
          return state;
        const over = overrunMs(state.countdown, now);
        const kind = stepSignal(step);
        const seq = (state.signals.at(-1)?.seq ?? 0) + 1;
        const signals = kind
          ? [...state.signals, { kind, seq, late: over > LATE_SIGNAL_MS }].slice(-KEPT_SIGNALS)
          : state.signals;
        return enter({ ...withFinished(state, state.index), signals }, steps, state.index + 1, now - over);
      }
      case 'done':
        if (step.type !== 'reps') return state;
        return enter(withFinished(state, state.index), steps, state.index + 1, now);
      case 'skip':
        return enter(state, steps, state.index + 1, now);
      case 'back': {
        const inFor = now - state.stepStartedAt;
        if (state.index > 0 && inFor < RESTART_WINDOW_MS) {
          let to = state.index - 1;
          while (to > 0 && !isWork(steps[to]!)) to--;
          return enter(state, steps, to, now);
        }
        return enter(state, steps, state.index, now);
      }
      case 'pause':
        if (state.phase !== 'running') return state;
        return {
          ...state,
          phase: 'paused',
          countdown: state.countdown && pauseCountdown(state.countdown, now),
        };
      case 'resume':
        if (state.phase !== 'paused') return state;
        return {
          ...state,
          phase: 'running',
          countdown: state.countdown && resumeCountdown(state.countdown, now),
        };
      case 'stop':
        return { ...state, phase: 'finished', stoppedEarly: true, countdown: null };
    }
    return state;
  };
}
