import type { ActivitySeries } from './activity';

/** A series for charts: plain arrays, `null` where nothing was recorded. */
export interface ChartSeries {
  t: number[];
  distanceM: (number | null)[];
  speedMps: (number | null)[];
  heartRate: (number | null)[];
  cadenceSpm: (number | null)[];
  altitudeM: (number | null)[];
  lat: (number | null)[];
  lon: (number | null)[];
}

const AVERAGED = ['distanceM', 'speedMps', 'heartRate', 'cadenceSpm', 'altitudeM'] as const;

/**
 * At most `maxPoints` samples: each output point stands for a run of consecutive samples,
 * averaging the measurements and keeping the first valid position (so the route stays on the track).
 * @example downsampleSeries(series, 1000).t.length <= 1000 // true
 */
export function downsampleSeries(series: ActivitySeries, maxPoints: number): ChartSeries {
  const n = series.t.length;
  const size = Math.max(1, Math.ceil(n / Math.max(1, maxPoints)));
  const out: ChartSeries = {
    t: [],
    distanceM: [],
    speedMps: [],
    heartRate: [],
    cadenceSpm: [],
    altitudeM: [],
    lat: [],
    lon: [],
  };
  for (let start = 0; start < n; start += size) {
    const end = Math.min(n, start + size);
    out.t.push(series.t[start]!);
    for (const key of AVERAGED) out[key].push(mean(series[key], start, end));
    let lat: number | null = null;
    let lon: number | null = null;
    for (let i = start; i < end; i++) {
      if (!Number.isNaN(series.lat[i]!) && !Number.isNaN(series.lon[i]!)) {
        lat = series.lat[i]!;
        lon = series.lon[i]!;
        break;
      }
    }
    out.lat.push(lat);
    out.lon.push(lon);
  }
  return out;
}

function mean(values: Float64Array, start: number, end: number): number | null {
  let sum = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    const v = values[i]!;
    if (!Number.isNaN(v)) {
      sum += v;
      count++;
    }
  }
  return count === 0 ? null : Math.round((sum / count) * 1e6) / 1e6;
}
