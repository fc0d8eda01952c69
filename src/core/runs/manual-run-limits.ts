import { PLAUSIBLE_YEARS } from '../validation/input-rules';

/**
 * What a run typed in by hand may be: a person's run, not a typo of a few orders of magnitude. One source: the
 * API holds every client to these, and the web app's form checks the same numbers as you type.
 */
export const MANUAL_RUN_LIMITS = {
  /** A run covers some ground: the form asks for a distance above 0, and the API refuses 0 (kept to 0.1 m). */
  minDistanceM: 0.1,
  /** The longest single efforts on record (six-day races) cover about 1,000 km. */
  maxDistanceM: 1_000_000,
  /** Seven days: a six-day race with room to spare. */
  maxElapsedS: 7 * 86_400,
  /** The 100 m world record averages about 10.4 m/s; nobody's run is faster on average. */
  maxSpeedMps: 10.5,
  /** Clocks disagree and time zones confuse: a start up to a day ahead of the server's clock is let through. */
  futureToleranceMs: 86_400_000,
  /** On the runner's own device the clock is theirs: a start more than five minutes ahead is a slip. */
  ownClockToleranceMs: 5 * 60_000,
  /** No run before this year (no watch file either, and a typo of the century is likelier). */
  earliestYear: PLAUSIBLE_YEARS.from,
} as const;

/**
 * Whether covering `distanceM` in `elapsedS` is faster than anyone runs.
 * @example tooFastToRun(10_000, 1_800) // false (20 min per 10 km would be 5.6 m/s)
 * @example tooFastToRun(1_000_000, 1) // true
 */
export const tooFastToRun = (distanceM: number, elapsedS: number): boolean =>
  elapsedS > 0 && distanceM / elapsedS > MANUAL_RUN_LIMITS.maxSpeedMps;

/**
 * Whether a run starting at `startMs` would start in the future, beyond the tolerance for clocks: a day
 * against the server's clock (`now` from elsewhere), five minutes against the runner's own device.
 * @example startsInFuture(Date.parse('2026-11-28T08:00:00Z'), new Date('2026-11-26T08:00:00Z')) // true
 * @example startsInFuture(Date.parse('2026-11-26T08:06:00Z'), new Date('2026-11-26T08:00:00Z'), 'own') // true
 */
export const startsInFuture = (startMs: number, now: Date, clock: 'server' | 'own' = 'server'): boolean =>
  startMs >
  now.getTime() +
    (clock === 'own' ? MANUAL_RUN_LIMITS.ownClockToleranceMs : MANUAL_RUN_LIMITS.futureToleranceMs);

/**
 * Whether a distance (metres) or a time (seconds) typed in is over the longest efforts on record.
 * @example overManualLimit({ distanceM: 1_000_001 }) // true
 */
export const overManualLimit = (run: { distanceM?: number; elapsedS?: number }): boolean =>
  (run.distanceM ?? 0) > MANUAL_RUN_LIMITS.maxDistanceM ||
  (run.elapsedS ?? 0) > MANUAL_RUN_LIMITS.maxElapsedS;
