import {
  hasPosition,
  isIndoorSubSport,
  isOnFootSport,
  trackDistanceM,
  type Activity,
  type DeviceInfo,
  type Lap,
} from '../../core/activity/activity';
import { fail, ok, type Result } from '../../core/result';
import { resolveDecodeLimits, withinLimits, type DecodeLimits } from '../decode-limits';
import { decodeFitMessages, type FitMessages } from './decode-fit';
import { sessionStart, type FitSession } from './messages';
import {
  FILE_TYPE_ACTIVITY,
  FIT_EPOCH_S,
  manufacturerName,
  productName,
  sportName,
  subSportName,
} from './profile';

const MAX_UTC_OFFSET_S = 15 * 3600;

/**
 * Decodes a FIT file (chained files included) into one activity per session.
 * Damage (truncation, CRC mismatch) keeps the readable part and sets `recovered`; a passed limit
 * (samples, laps, sessions) is `limit_exceeded`.
 * @example const r = decodeFit(bytes); if (r.ok) console.log(r.value[0]?.distanceM);
 */
export function decodeFit(bytes: Uint8Array, limits: Partial<DecodeLimits> = {}): Result<Activity[]> {
  return withinLimits('FIT', () => {
    const m = decodeFitMessages(bytes, resolveDecodeLimits(limits));
    if (!m) return fail('corrupt_file', 'no FIT header (".FIT" signature) at the start', { offset: 0 });
    return fitToActivities(m);
  });
}

/** Turns decoded FIT messages into activities; a file without sessions gets one from its records. */
export function fitToActivities(m: FitMessages): Result<Activity[]> {
  const types = m.fileIds.map((f) => f.type);
  if (types.length > 0 && !types.includes(FILE_TYPE_ACTIVITY)) {
    return fail('not_an_activity', `FIT file type ${types[0]} is not an activity`, { fileType: types[0] });
  }
  const sessions = m.sessions.length > 0 ? m.sessions : synthesiseSession(m);
  if (sessions.length === 0) {
    if (m.damage.length > 0) {
      return fail('corrupt_file', `no readable activity data: ${m.damage.join('; ')}`, {
        offset: m.damageOffset,
      });
    }
    return fail('not_an_activity', 'the FIT file holds no session and no record');
  }
  const owner = assignRecords(m, sessions);
  const lapOwner = m.laps.map((lap) =>
    ownerOf(sessions, candidatesFor(sessions, lap.segment), lapStart(lap)),
  );
  const recovered = m.damage.length > 0 ? { reason: m.damage.join('; ') } : null;
  const activity = m.activities[0];
  const offset = activity ? activity.localTimestamp - activity.timestamp : NaN;
  const utcOffsetS = Number.isFinite(offset) && Math.abs(offset) <= MAX_UTC_OFFSET_S ? offset : null;
  const device = deviceOf(m);
  const activities: Activity[] = [];
  sessions.forEach((session, k) => {
    const sport = sportName(session.sport);
    const subSport = subSportName(session.subSport);
    const declared = sessionStart(session);
    const start = Number.isFinite(declared) ? declared : firstRecordTime(m, owner, k);
    if (!Number.isFinite(start)) return; // no time anywhere: nothing to date this session by
    const t0 = start + FIT_EPOCH_S;
    const end = start + (Number.isFinite(session.elapsedS) ? session.elapsedS : 0);
    const indices: number[] = [];
    for (let i = 0; i < owner.length; i++) {
      if (owner[i] !== k) continue;
      const t = (m.samples.t[i] as number) - FIT_EPOCH_S;
      if (t < start - MAX_RECORD_DRIFT_S || t > end + MAX_RECORD_DRIFT_S) continue;
      indices.push(i);
    }
    const factor = isOnFootSport(sport) ? 2 : 1;
    const series = m.samples.pick(indices, t0, factor);
    const laps: Lap[] = m.laps
      .filter((_, j) => lapOwner[j] === k)
      .map((lap) => ({
        startTime: isoFromFit(lapStart(lap)),
        elapsedS: num(lap.elapsedS),
        timerS: num(lap.timerS),
        distanceM: num(lap.distanceM),
      }));
    activities.push({
      format: 'fit',
      sport,
      subSport,
      indoor: isIndoorSubSport(subSport) || !hasPosition(series),
      startTime: isoFromFit(start),
      utcOffsetS,
      device,
      distanceM: num(session.distanceM),
      elapsedS: num(session.elapsedS),
      timerS: num(session.timerS),
      gpsDistanceM: trackDistanceM(series.lat, series.lon),
      ascentM: num(session.ascentM),
      avgHeartRate: num(session.avgHeartRate),
      avgCadenceSpm: num(session.avgCadence * factor),
      avgStepLengthMm: positive(session.avgStepLengthMm),
      avgVerticalOscillationMm: positive(session.avgVerticalOscillationMm),
      avgGroundContactMs: positive(session.avgStanceTimeMs),
      laps,
      series,
      recovered,
    });
  });
  if (activities.length === 0) {
    return fail('corrupt_file', 'no session or record of the FIT file has a valid time', { offset: 0 });
  }
  return ok(activities);
}

/** The time of session k's first timed record (FIT seconds), NaN when it has none. */
function firstRecordTime(m: FitMessages, owner: Int32Array, k: number): number {
  for (let i = 0; i < owner.length; i++) {
    const t = m.samples.t[i] as number;
    if (owner[i] === k && Number.isFinite(t)) return t - FIT_EPOCH_S;
  }
  return NaN;
}

/**
 * A summary value (distance, times, ascent, averages: all unsigned 32-bit or narrower in the FIT profile)
 * or null. A field declared with another base type can hold 1e300 or a negative number: no reading.
 */
const num = (x: number): number | null => (x >= 0 && x <= 0xffffffff ? x : null);
/** Some watches write 0 for running dynamics they did not measure. */
const positive = (x: number): number | null => (x > 0 ? num(x) : null);
/** Records further than this from every session are garbage from a damaged file. */
const MAX_RECORD_DRIFT_S = 2 * 86_400;

const isoFromFit = (fitSeconds: number): string =>
  Number.isFinite(fitSeconds)
    ? new Date((fitSeconds + FIT_EPOCH_S) * 1000).toISOString()
    : '1970-01-01T00:00:00.000Z';

const lapStart = (lap: { startTime: number; timestamp: number; elapsedS: number }): number =>
  sessionStart(lap);

/** A truncated recording often lost its session (written last): rebuild one from the records. */
function synthesiseSession(m: FitMessages): FitSession[] {
  const s = m.samples;
  let first = NaN;
  let last = NaN;
  let distance = NaN;
  for (let i = 0; i < s.n; i++) {
    const t = s.t[i] as number;
    // The earliest and latest record, wherever they are in the file: a damaged one may hold them out of order.
    if (Number.isFinite(t)) {
      if (!(t >= first)) first = t; // also replaces the initial NaN
      if (!(t <= last)) last = t;
    }
    const d = s.distanceM[i] as number;
    if (Number.isFinite(d) && !(d <= distance)) distance = d;
  }
  if (!Number.isFinite(first)) return [];
  const sport = m.sports[0];
  return [
    {
      segment: -1,
      startTime: first - FIT_EPOCH_S,
      timestamp: last - FIT_EPOCH_S,
      sport: sport?.sport ?? NaN,
      subSport: sport?.subSport ?? NaN,
      elapsedS: last - first,
      timerS: NaN,
      distanceM: distance,
      ascentM: NaN,
      avgHeartRate: NaN,
      avgCadence: NaN,
      avgStepLengthMm: NaN,
      avgVerticalOscillationMm: NaN,
      avgStanceTimeMs: NaN,
    },
  ];
}

/** Sessions of the same chained FIT part when it has any, else all sessions. */
function candidatesFor(sessions: FitSession[], segment: number): number[] {
  const own = sessions.flatMap((s, k) => (s.segment === segment ? [k] : []));
  return own.length > 0 ? own : sessions.map((_, k) => k);
}

/** The candidate session that started last at or before `t` (the first one for earlier times). */
function ownerOf(sessions: FitSession[], candidates: number[], t: number): number {
  let best = candidates[0] ?? 0;
  let bestStart = -Infinity;
  for (const k of candidates) {
    const start = sessionStart(sessions[k] as FitSession);
    if (start <= t && start > bestStart) {
      best = k;
      bestStart = start;
    }
  }
  return best;
}

/** Session index per record: every record lands in exactly one session. */
function assignRecords(m: FitMessages, sessions: FitSession[]): Int32Array {
  const owner = new Int32Array(m.samples.n);
  if (sessions.length === 1) return owner;
  m.segments.forEach((seg, j) => {
    const end = m.segments[j + 1]?.firstSample ?? m.samples.n;
    const candidates = candidatesFor(sessions, j);
    let previous = candidates[0] ?? 0;
    for (let i = seg.firstSample; i < end; i++) {
      const t = (m.samples.t[i] as number) - FIT_EPOCH_S;
      previous = Number.isFinite(t) ? ownerOf(sessions, candidates, t) : previous;
      owner[i] = previous;
    }
  });
  return owner;
}

function deviceOf(m: FitMessages): DeviceInfo | null {
  const id = m.fileIds.find((f) => f.type === FILE_TYPE_ACTIVITY) ?? m.fileIds[0];
  if (!id) return null;
  const manufacturer = manufacturerName(id.manufacturer);
  const product = id.productName ?? productName(id.manufacturer, id.product);
  return manufacturer === null && product === null ? null : { manufacturer, product };
}
