import {
  hasPosition,
  isOnFootSport,
  trackDistanceM,
  type Activity,
  type DeviceInfo,
  type Lap,
} from '../core/activity/activity';
import { ascentOf, lastOf, meanOf } from '../core/activity/series-stats';
import type { SeriesBuilder } from './series-builder';

/** What a GPX or TCX reader knows besides its samples. */
export interface XmlActivityMeta {
  format: 'gpx' | 'tcx';
  sport: string;
  device: DeviceInfo | null;
  /** Activity start from the file (TCX Id / first lap), Unix ms; NaN when unknown. */
  startMs: number;
  /** Sum of lap distances / times (TCX), null when the file has none. */
  distanceM: number | null;
  timerS: number | null;
  laps: Lap[];
  recovered: null | { reason: string };
}

/**
 * Builds the canonical activity from samples in `b` (t in Unix seconds) and file metadata.
 * GPX has no device distance: `distanceM` falls back to the samples' distance, then the GPS track.
 * Cadence from gpxtpx:cad / TCX RunCadence is strides per minute on foot: doubled here.
 */
export function buildXmlActivity(b: SeriesBuilder, meta: XmlActivityMeta): Activity {
  let first = NaN;
  let last = NaN;
  for (let i = 0; i < b.n; i++) {
    const t = b.t[i] as number;
    if (!Number.isFinite(t)) continue;
    if (!(t >= first)) first = t; // also replaces the initial NaN
    if (!(t <= last)) last = t;
  }
  const fileStart = meta.startMs / 1000;
  const start = Number.isFinite(fileStart) && !(fileStart > first) ? fileStart : first;
  const factor = isOnFootSport(meta.sport) ? 2 : 1;
  const series = b.range(0, b.n, start, factor);
  const gpsDistanceM = trackDistanceM(series.lat, series.lon);
  return {
    format: meta.format,
    sport: meta.sport,
    subSport: 'generic',
    indoor: !hasPosition(series),
    startTime: new Date(Math.round(start * 1000)).toISOString(),
    utcOffsetS: null,
    device: meta.device,
    distanceM: meta.distanceM ?? lastOf(series.distanceM) ?? gpsDistanceM,
    elapsedS: Number.isFinite(last) ? last - start : null,
    timerS: meta.timerS,
    gpsDistanceM,
    ascentM: ascentOf(series.altitudeM),
    avgHeartRate: round1(meanOf(series.heartRate, true)),
    avgCadenceSpm: round1(meanOf(series.cadenceSpm, true)),
    avgStepLengthMm: null,
    avgVerticalOscillationMm: null,
    avgGroundContactMs: null,
    laps: meta.laps,
    series,
    recovered: meta.recovered,
  };
}

const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);
