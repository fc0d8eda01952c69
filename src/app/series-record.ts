import { emptySeries, type ActivitySeries } from '../core/activity/activity';
import type { SeriesRecord } from '../core/account/export-format';

const KEYS = ['t', 'lat', 'lon', 'distanceM', 'speedMps', 'heartRate', 'cadenceSpm', 'altitudeM'] as const;

/**
 * A run's series as plain arrays for an export: channels without any value are left out, a missing sample is null.
 * @example seriesToRecord(series).t.length === series.t.length
 */
export function seriesToRecord(series: ActivitySeries): SeriesRecord {
  const out: Record<string, (number | null)[]> = { t: toArray(series.t) };
  for (const key of KEYS) {
    if (key === 't') continue;
    const values = series[key];
    if (values.some((v) => !Number.isNaN(v))) out[key] = toArray(values);
  }
  return out as SeriesRecord;
}

/**
 * The series an export's arrays describe (what `seriesToRecord` left out is NaN).
 * @example seriesFromRecord({ t: [0, 1], heartRate: [120, null] }).heartRate[1] // NaN
 */
export function seriesFromRecord(record: SeriesRecord): ActivitySeries {
  const series = emptySeries(record.t.length);
  for (const key of KEYS) {
    const values = record[key];
    if (values) values.forEach((v, i) => (series[key][i] = v === null ? Number.NaN : v));
  }
  return series;
}

const toArray = (values: Float64Array): (number | null)[] =>
  Array.from(values, (v) => (Number.isNaN(v) ? null : v));
