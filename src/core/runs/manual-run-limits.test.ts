import { describe, expect, it } from 'vitest';
import { MANUAL_RUN_LIMITS, overManualLimit, startsInFuture, tooFastToRun } from './manual-run-limits';

describe('manual run limits', () => {
  it('calls a run too fast only above 10.5 m/s on average', () => {
    expect(tooFastToRun(105, 10)).toBe(false);
    expect(tooFastToRun(105.01, 10)).toBe(true);
    expect(tooFastToRun(42_195, 7_299)).toBe(false); // a 2:01:39 marathon, 5.8 m/s
    expect(tooFastToRun(0, 3_600)).toBe(false);
    expect(tooFastToRun(1_000_000, 1)).toBe(true);
  });

  it('lets a start through up to a day ahead of the server clock, not a moment more', () => {
    const now = new Date('2026-11-26T08:00:00.000Z');
    const dayAhead = now.getTime() + MANUAL_RUN_LIMITS.futureToleranceMs;
    expect(startsInFuture(now.getTime(), now)).toBe(false);
    expect(startsInFuture(dayAhead, now)).toBe(false);
    expect(startsInFuture(dayAhead + 1, now)).toBe(true);
  });

  it('on the runner’s own device, lets a start through up to five minutes ahead, not a moment more', () => {
    const now = new Date('2026-11-26T08:00:00.000Z');
    const fiveAhead = now.getTime() + 5 * 60_000;
    expect(startsInFuture(fiveAhead, now, 'own')).toBe(false);
    expect(startsInFuture(fiveAhead + 1, now, 'own')).toBe(true);
  });

  it('bounds distance and time by the longest efforts on record, the limits themselves allowed', () => {
    expect(MANUAL_RUN_LIMITS.maxDistanceM).toBe(1_000_000);
    expect(MANUAL_RUN_LIMITS.maxElapsedS).toBe(604_800);
    expect(overManualLimit({ distanceM: 1_000_000 })).toBe(false);
    expect(overManualLimit({ distanceM: 1_000_000.1 })).toBe(true);
    expect(overManualLimit({ elapsedS: 604_800 })).toBe(false);
    expect(overManualLimit({ elapsedS: 604_801 })).toBe(true);
    expect(overManualLimit({ distanceM: 42_195, elapsedS: 10_800 })).toBe(false);
  });

  it('starts no run before 1990, as the API', () => {
    expect(MANUAL_RUN_LIMITS.earliestYear).toBe(1990);
  });
});
