import { describe, expect, it } from 'vitest';
import { sessionSteps } from '../../../src/core/plan/session-steps';
import { remainingMs } from './countdown';
import { initialRunner, runnerReducer, type RunnerAction, type RunnerState } from './runner-state';

const steps = sessionSteps({
  kind: 'strength',
  exercises: [
    { id: 'plank', sets: 2, holdS: 30 },
    { id: 'glute_bridge', sets: 1, reps: 12 },
  ],
});
// 0 get ready 10 s · 1 plank 30 s · 2 rest 30 s · 3 plank 30 s · 4 rest 30 s · 5 bridge reps
const reduce = runnerReducer(steps);
const run = (actions: RunnerAction[], from: RunnerState = initialRunner()) => actions.reduce(reduce, from);

describe('runnerReducer', () => {
  it('waits for start, then counts the get-ready down and moves on with a "go"', () => {
    expect(run([{ type: 'tick', now: 50_000 }])).toEqual(initialRunner());
    const started = run([{ type: 'start', now: 0 }]);
    expect(started.phase).toBe('running');
    expect(started.index).toBe(0);
    expect(run([{ type: 'tick', now: 9_999 }], started).index).toBe(0);
    const holding = run([{ type: 'tick', now: 10_000 }], started);
    expect(holding.index).toBe(1);
    expect(holding.signals).toEqual([{ kind: 'go', seq: 1, late: false }]);
    expect(holding.finished).toEqual([0]);
  });

  it('signals the end of a hold and carries an overrun into the next step', () => {
    const s = run([
      { type: 'start', now: 0 },
      { type: 'tick', now: 10_000 },
      { type: 'tick', now: 40_500 },
    ]);
    expect(s.index).toBe(2);
    expect(s.signals.map((x) => x.kind)).toEqual(['go', 'end']);
    expect(s.signals[1]).toEqual({ kind: 'end', seq: 2, late: false });
    expect(remainingMs(s.countdown!, 40_500)).toBe(29_500);
  });

  it('marks a signal late when the tick came long after its moment', () => {
    const s = run([
      { type: 'start', now: 0 },
      { type: 'tick', now: 10_000 },
      { type: 'tick', now: 45_000 },
    ]);
    expect(s.signals.at(-1)?.late).toBe(true);
  });

  it('stands still while paused', () => {
    const s = run([
      { type: 'start', now: 0 },
      { type: 'tick', now: 10_000 },
      { type: 'pause', now: 15_000 },
      { type: 'tick', now: 100_000 },
    ]);
    expect(s.index).toBe(1);
    expect(s.phase).toBe('paused');
    const resumed = run([{ type: 'resume', now: 100_000 }], s);
    expect(remainingMs(resumed.countdown!, 100_000)).toBe(25_000);
  });

  it('ends a rep set on done only, and finishes after the last step', () => {
    let s = run([{ type: 'start', now: 0 }]);
    for (const now of [10_000, 40_000, 70_000, 100_000, 130_000]) s = run([{ type: 'tick', now }], s);
    expect(s.index).toBe(5);
    expect(s.countdown).toBeNull();
    expect(run([{ type: 'tick', now: 999_000 }], s).index).toBe(5);
    const done = run([{ type: 'done', now: 150_000 }], s);
    expect(done.phase).toBe('finished');
    expect(done.finished).toEqual([0, 1, 2, 3, 4, 5]);
    expect(done.stoppedEarly).toBe(false);
  });

  it('skips without counting the step, and goes back to the previous set', () => {
    const s = run([
      { type: 'start', now: 0 },
      { type: 'skip', now: 1_000 },
      { type: 'skip', now: 2_000 },
    ]);
    expect(s.index).toBe(2);
    expect(s.finished).toEqual([]);
    const back = run([{ type: 'back', now: 3_000 }], s);
    expect(back.index).toBe(1);
    expect(remainingMs(back.countdown!, 3_000)).toBe(30_000);
    const restart = run([{ type: 'back', now: 20_000 }], back);
    expect(restart.index).toBe(1);
    expect(remainingMs(restart.countdown!, 20_000)).toBe(30_000);
  });

  it('stops early on request', () => {
    const s = run([
      { type: 'start', now: 0 },
      { type: 'stop', now: 5_000 },
    ]);
    expect(s.phase).toBe('finished');
    expect(s.stoppedEarly).toBe(true);
  });
});
