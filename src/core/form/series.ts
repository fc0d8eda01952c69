/**
 * Numeric helpers for keypoint time series: NaN marks a missing sample. Bridging short gaps, Savitzky–Golay
 * smoothing, and the medians and quartiles the measures report.
 */

/**
 * Fills interior runs of NaN up to `maxGap` samples long by straight lines between their neighbours; longer
 * runs and runs at either end stay NaN (nothing to draw a line from).
 * @example Array.from(fillGaps(Float64Array.from([1, NaN, 3]), 1)) // [1, 2, 3]
 */
export function fillGaps(values: Float64Array, maxGap: number): Float64Array {
  const out = Float64Array.from(values);
  let i = 0;
  while (i < out.length) {
    if (!Number.isNaN(out[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < out.length && Number.isNaN(out[i]!)) i++;
    const gap = i - start;
    if (start === 0 || i === out.length || gap > maxGap) continue;
    const a = out[start - 1]!;
    const b = out[i]!;
    for (let k = 0; k < gap; k++) out[start + k] = a + ((b - a) * (k + 1)) / (gap + 1);
  }
  return out;
}

/**
 * Marks as missing (NaN) every sample further than `maxDeviation` from the median of the `window` samples
 * centred on it: a keypoint that jumps for a frame or two (the model caught a shadow or the other leg) is
 * dropped and bridged, rather than smeared into its neighbours by the smoother. A Hampel filter with a fixed
 * threshold. Samples on a smooth path stay: along a steady movement the median is the sample itself.
 * @example Array.from(rejectSpikes(Float64Array.from([1, 2, 30, 4, 5]), 5, 10)) // [1, 2, NaN, 4, 5]
 */
export function rejectSpikes(values: Float64Array, window: number, maxDeviation: number): Float64Array {
  const half = Math.floor(window / 2);
  const out = Float64Array.from(values);
  const near: number[] = [];
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (Number.isNaN(v)) continue;
    near.length = 0;
    // Symmetric even at the ends, so a steady trend's median stays the sample itself.
    const h = Math.min(half, i, values.length - 1 - i);
    for (let j = i - h; j <= i + h; j++) {
      if (!Number.isNaN(values[j]!)) near.push(values[j]!);
    }
    near.sort((a, b) => a - b);
    const mid =
      near.length % 2 === 1
        ? near[(near.length - 1) / 2]!
        : (near[near.length / 2 - 1]! + near[near.length / 2]!) / 2;
    if (Math.abs(v - mid) > maxDeviation) out[i] = NaN;
  }
  return out;
}

/**
 * Centred quadratic Savitzky–Golay smoothing over `window` samples (odd). A quadratic fit keeps peak heights
 * that a moving average would flatten. Near a NaN or an end the window shrinks to what fits on both sides.
 * @example Array.from(savitzkyGolay(Float64Array.from([0, 1, 4, 9, 16]), 5)) // [0, 1, 4, 9, 16] (exact on a parabola)
 */
export function savitzkyGolay(values: Float64Array, window: number): Float64Array {
  const half = Math.floor(window / 2);
  const weights: Float64Array[] = [];
  for (let m = 0; m <= half; m++) weights.push(sgWeights(m));
  const out = new Float64Array(values.length).fill(NaN);
  let i = 0;
  while (i < values.length) {
    if (Number.isNaN(values[i]!)) {
      i++;
      continue;
    }
    const start = i;
    while (i < values.length && !Number.isNaN(values[i]!)) i++;
    for (let k = start; k < i; k++) {
      const m = Math.min(half, k - start, i - 1 - k);
      const w = weights[m]!;
      let sum = 0;
      for (let j = -m; j <= m; j++) sum += w[j + m]! * values[k + j]!;
      out[k] = sum;
    }
  }
  return out;
}

/** Quadratic (and cubic) Savitzky–Golay smoothing weights for the window 2m+1. */
function sgWeights(m: number): Float64Array {
  const w = new Float64Array(2 * m + 1);
  if (m === 0) {
    w[0] = 1;
    return w;
  }
  const norm = (2 * m + 3) * (2 * m + 1) * (2 * m - 1);
  for (let j = -m; j <= m; j++) w[j + m] = (3 * (3 * m * m + 3 * m - 1) - 15 * j * j) / norm;
  return w;
}

/** The q-quantile (0–1) by linear interpolation between order statistics; NaN when empty. */
export function quantile(values: readonly number[], q: number): number {
  const xs = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (xs.length === 0) return NaN;
  const pos = (xs.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(xs.length - 1, lo + 1);
  return xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo);
}

/** @example median([3, 1, 2]) // 2 */
export const median = (values: readonly number[]): number => quantile(values, 0.5);

/** Interquartile range; 0 with one value. @example iqr([1, 2, 3, 4, 5]) // 2 */
export const iqr = (values: readonly number[]): number => quantile(values, 0.75) - quantile(values, 0.25);

/** The finite values of an array, in order. */
export function finite(values: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i]!)) out.push(values[i]!);
  return out;
}
