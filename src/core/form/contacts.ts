/**
 * Foot contacts from the front foot's lead ahead of the hips: each contact is where that lead peaks (the foot's
 * furthest reach, just as it lands), found as local maxima far enough apart and standing clear of the troughs
 * between them (where the legs cross). Taking the larger lead of the two legs per frame makes the signal
 * indifferent to which leg is which.
 */

export interface Peak {
  /** Frame index of the highest sample. */
  index: number;
  /** Sub-frame offset of the fitted parabola's top, −0.5 to 0.5 frames. */
  offset: number;
  /** Height of the fitted parabola's top. */
  value: number;
}

export interface PeakOptions {
  /** Fewest frames between two peaks. */
  minDistance: number;
  /** How far a peak must rise above the higher of the lowest points between it and higher ground either side. */
  minProminence: number;
}

/**
 * Local maxima of a series with NaN gaps, refined to sub-frame by a parabola through the top three samples.
 * Greedy by height, so of two peaks too close together the higher stays.
 * @example findPeaks(Float64Array.from([0, 2, 0, 0, 3, 0]), { minDistance: 2, minProminence: 1 }).map((p) => p.index) // [1, 4]
 */
export function findPeaks(values: Float64Array, options: PeakOptions): Peak[] {
  const candidates: number[] = [];
  for (let i = 1; i < values.length - 1; i++) {
    const v = values[i]!;
    const before = values[i - 1]!;
    const after = values[i + 1]!;
    if (Number.isNaN(v) || Number.isNaN(before) || Number.isNaN(after)) continue;
    if (v >= before && v > after && prominence(values, i) >= options.minProminence) candidates.push(i);
  }
  candidates.sort((a, b) => values[b]! - values[a]!);
  const kept: number[] = [];
  for (const c of candidates) {
    if (kept.every((k) => Math.abs(k - c) >= options.minDistance)) kept.push(c);
  }
  return kept.sort((a, b) => a - b).map((i) => refine(values, i));
}

function prominence(values: Float64Array, i: number): number {
  const v = values[i]!;
  const base = (step: 1 | -1): number => {
    let low = v;
    for (let j = i + step; j >= 0 && j < values.length; j += step) {
      const w = values[j]!;
      if (Number.isNaN(w) || w > v) break;
      low = Math.min(low, w);
    }
    return low;
  };
  return v - Math.max(base(-1), base(1));
}

function refine(values: Float64Array, i: number): Peak {
  const a = values[i - 1]!;
  const b = values[i]!;
  const c = values[i + 1]!;
  const curvature = a - 2 * b + c;
  if (curvature >= 0) return { index: i, offset: 0, value: b };
  const offset = Math.max(-0.5, Math.min(0.5, (a - c) / (2 * curvature)));
  return { index: i, offset, value: b - ((a - c) * offset) / 4 };
}

/** Linear interpolation of a series at a fractional index. */
export function at(values: ArrayLike<number>, index: number, offset: number): number {
  if (offset === 0) return values[index]!;
  const j = offset > 0 ? index + 1 : index - 1;
  const w = Math.abs(offset);
  return values[index]! * (1 - w) + values[j]! * w;
}
