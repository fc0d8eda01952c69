/**
 * What a run's samples may be before they are drawn or averaged: a watch also records standing at lights,
 * GPS jumps and a strap losing contact. Samples outside these bands are left out, not clipped.
 */

export interface Band {
  /** Lowest plausible value, included. */
  min: number;
  /** Highest plausible value, included. */
  max: number;
}

export const PLAUSIBLE = {
  /** Slower than 0.5 m/s (over 33 min/km) is standing still; faster than 12 m/s is no runner (GPS jumps). */
  speedMps: { min: 0.5, max: 12 },
  /** Beats per minute a running heart can have; outside is a strap losing contact. */
  heartRateBpm: { min: 30, max: 230 },
  /** Steps per minute: below is walking to a stop, above is sensor noise. */
  cadenceSpm: { min: 40, max: 260 },
} as const satisfies Record<string, Band>;

/** A pause longer than this makes moving time worth showing beside elapsed time, seconds. */
export const MOVING_TIME_SHOWN_AFTER_S = 59;

/**
 * Whether one sample lies within a band (bounds included).
 * @example isPlausible(230, PLAUSIBLE.heartRateBpm) // true
 * @example isPlausible(231, PLAUSIBLE.heartRateBpm) // false
 */
export const isPlausible = (value: number | null, band: Band): value is number =>
  value !== null && Number.isFinite(value) && value >= band.min && value <= band.max;

/**
 * The samples within a band; the rest become gaps (null), so positions along the run stay where they were.
 * @example plausibleOnly([0.2, 3, 15], PLAUSIBLE.speedMps) // [null, 3, null]
 */
export const plausibleOnly = (values: readonly (number | null)[], band: Band): (number | null)[] =>
  values.map((v) => (isPlausible(v, band) ? v : null));

/**
 * Time a run stood still (elapsed minus moving time), when there was more than a minute of it: then moving
 * time says something elapsed time does not. Null otherwise, or when the device kept no moving time.
 * @example stoppedS({ elapsedS: 3_660, timerS: 3_600 }) // 60
 * @example stoppedS({ elapsedS: 3_659, timerS: 3_600 }) // null
 */
export function stoppedS(run: { elapsedS: number; timerS: number | null }): number | null {
  if (run.timerS === null) return null;
  const stopped = run.elapsedS - run.timerS;
  return stopped > MOVING_TIME_SHOWN_AFTER_S ? stopped : null;
}
