import { trackDistanceM, type Activity, type ActivitySeries, type Lap } from './activity';
import { ascentOf, meanOf } from './series-stats';

/** Lap ends may pass the last sample by this much and still count as read (devices log lap ends late). */
const LAP_END_SLACK_S = 2;

/**
 * A partly read activity summarised from the samples that survived, so it never claims more than
 * they show: the device's own totals (session distance and time, averages over the whole recording)
 * describe the part that was lost too, so they are replaced by what the samples give.
 * - distance: along the surviving samples' own distance (last minus first), else along the surviving
 *   GPS track; never more than the device's total; `null` when neither survived.
 * - elapsed time: from the start to the latest surviving sample; moving time only when the device's
 *   fits inside it (otherwise it is unknown).
 * - heart rate, cadence and climb: from the samples; running dynamics (not in the samples): unknown.
 * - laps: those that end within the surviving samples.
 * An activity read whole is returned as it is.
 * @example summariseSurviving(truncatedRun).distanceM // 929, where the device's session said 11274
 */
export function summariseSurviving(a: Activity): Activity {
  if (a.recovered === null) return a;
  const s = a.series;
  const lastT = latestTime(s.t);
  const gpsDistanceM = trackDistanceM(s.lat, s.lon);
  const fromSamples = distanceSpan(s) ?? gpsDistanceM;
  // Samples dated before the start (a damaged file's) give no elapsed time: a run never lasts -2 s.
  const elapsedS = lastT === null || lastT < 0 ? null : atMost(lastT, a.elapsedS);
  return {
    ...a,
    distanceM: fromSamples === null ? null : atMost(fromSamples, a.distanceM),
    elapsedS,
    timerS: a.timerS !== null && elapsedS !== null && a.timerS <= elapsedS + 1 ? a.timerS : null,
    gpsDistanceM,
    ascentM: ascentOf(s.altitudeM),
    avgHeartRate: round1(meanOf(s.heartRate, true)),
    avgCadenceSpm: round1(meanOf(s.cadenceSpm, true)),
    avgStepLengthMm: null,
    avgVerticalOscillationMm: null,
    avgGroundContactMs: null,
    laps: lastT === null ? [] : a.laps.filter((lap) => lapEndS(lap, a.startTime) <= lastT + LAP_END_SLACK_S),
  };
}

/** Seconds from the activity start to the lap's end; Infinity when it cannot be told. */
function lapEndS(lap: Lap, activityStart: string): number {
  const offset = (Date.parse(lap.startTime) - Date.parse(activityStart)) / 1000;
  const length = lap.elapsedS ?? lap.timerS;
  return Number.isFinite(offset) && length !== null ? offset + length : Infinity;
}

/** Distance covered between the first and last samples that recorded one; null with fewer than two. */
function distanceSpan(s: ActivitySeries): number | null {
  let first = NaN;
  let last = NaN;
  let n = 0;
  for (let i = 0; i < s.distanceM.length; i++) {
    const d = s.distanceM[i] as number;
    if (!Number.isFinite(d)) continue;
    if (n === 0) first = d;
    last = d;
    n++;
  }
  return n >= 2 && last > first ? last - first : null;
}

/** The latest finite sample time (a damaged file's samples may be out of order); null when none. */
function latestTime(t: Float64Array): number | null {
  let latest: number | null = null;
  for (const v of t) if (Number.isFinite(v) && (latest === null || v > latest)) latest = v;
  return latest;
}

const atMost = (value: number, cap: number | null): number => (cap !== null ? Math.min(value, cap) : value);
const round1 = (x: number | null): number | null => (x === null ? null : Math.round(x * 10) / 10);
