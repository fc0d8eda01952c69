/** Small helpers for hand-made SVG charts. */

/** About `count` round tick values covering [min, max]: steps of 1, 2, 2.5 or 5 × 10ⁿ. */
export function niceTicks(min: number, max: number, count = 4): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (max <= min) return [min];
  const raw = (max - min) / count;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const start = Math.ceil(min / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let v = start; v <= max + step * 1e-9; v += step) ticks.push(Number(v.toFixed(10)));
  return ticks;
}

/** Like niceTicks but for times in seconds: steps of 5, 10, 15, 30 s, 1, 2, 5, 10, 15, 30 min, 1 h. */
export function timeTicks(min: number, max: number, count = 4): number[] {
  if (max <= min) return [min];
  const raw = (max - min) / count;
  const steps = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800];
  const step = steps.find((s) => s >= raw) ?? 3600 * Math.ceil(raw / 3600);
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) ticks.push(v);
  return ticks;
}

/** The value at fraction q (0..1) of the sorted values. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i]!;
}

/** Moving mean over a window, skipping nulls; null where the middle sample is null. */
export function smooth(values: (number | null)[], window: number): (number | null)[] {
  const half = Math.floor(window / 2);
  return values.map((v, i) => {
    if (v === null) return null;
    let sum = 0;
    let n = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(values.length - 1, i + half); j++) {
      const w = values[j];
      if (w !== null && w !== undefined) {
        sum += w;
        n++;
      }
    }
    return n ? sum / n : null;
  });
}

/** An SVG path through points, lifting the pen over gaps (null). */
export function gappedPath(points: ({ x: number; y: number } | null)[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (!p) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`;
    pen = true;
  }
  return d;
}

/**
 * Each missing value takes the last one seen within `maxGap` (in `t`'s units) before it; others stay
 * null. Some apps write distance and speed in alternate samples: held distances let each speed be placed.
 */
export function holdLast(values: (number | null)[], t: number[], maxGap: number): (number | null)[] {
  let last: number | null = null;
  let lastT = -Infinity;
  return values.map((v, i) => {
    const ti = t[i] ?? Number.NaN;
    if (v !== null) {
      last = v;
      lastT = ti;
      return v;
    }
    return last !== null && ti - lastT <= maxGap ? last : null;
  });
}
