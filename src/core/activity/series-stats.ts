/**
 * Summary numbers computed from a series, for formats that carry no device summary (GPX, TCX).
 * Pure functions over typed arrays; NaN samples are skipped.
 */

/**
 * Mean of the finite values (only those > 0 when `positiveOnly`); `null` when there are none.
 * @example meanOf(new Float64Array([150, NaN, 160])) // 155
 */
export function meanOf(values: Float64Array, positiveOnly = false): number | null {
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    if (!Number.isFinite(v) || (positiveOnly && v <= 0)) continue;
    sum += v;
    count++;
  }
  return count > 0 ? sum / count : null;
}

/** Last finite value, `null` when there is none. @example lastOf(new Float64Array([1, 2, NaN])) // 2 */
export function lastOf(values: Float64Array): number | null {
  for (let i = values.length - 1; i >= 0; i--) {
    const v = values[i] as number;
    if (Number.isFinite(v)) return v;
  }
  return null;
}

/**
 * Total climb with a hysteresis band, so GPS/barometer noise does not add up.
 * @example ascentOf(new Float64Array([100, 101, 100, 110])) // 10
 */
export function ascentOf(altitude: Float64Array, hysteresisM = 3): number | null {
  let base = NaN;
  let total = 0;
  for (let i = 0; i < altitude.length; i++) {
    const a = altitude[i] as number;
    if (!Number.isFinite(a)) continue;
    if (!Number.isFinite(base)) base = a;
    else if (a - base >= hysteresisM) {
      total += a - base;
      base = a;
    } else if (a < base) base = a;
  }
  return Number.isFinite(base) ? total : null;
}
