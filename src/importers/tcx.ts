import { isValidPosition, normaliseSport, type Activity, type Lap } from '../core/activity/activity';
import { fail, ok, type Result } from '../core/result';
import { dropUntimed } from './gpx';
import { DecodeLimitError, resolveDecodeLimits, withinLimits, type DecodeLimits } from './decode-limits';
import { SampleBudget, SeriesBuilder } from './series-builder';
import { buildXmlActivity } from './xml-activity';
import { parseXmlTime, plausibleHeartRate, walkXml, xmlNumber } from './xml-walk';

interface TcxActivityState {
  sport: string;
  startMs: number;
  device: string | null;
  laps: Lap[];
  lapDistance: number;
  lapTime: number;
  samples: SeriesBuilder;
}

/**
 * Decodes TCX (Garmin Training Center) text: one activity per `<Activity>`, its laps,
 * trackpoints (position, altitude, DistanceMeters, HeartRateBpm, Cadence, TPX Speed/RunCadence).
 * `distanceM` and `timerS` are the sums of the laps' DistanceMeters / TotalTimeSeconds.
 * Takes the text, or its UTF-8 bytes (decoded a megabyte at a time); a passed limit is `limit_exceeded`.
 * @example const r = decodeTcx(text); if (r.ok) console.log(r.value[0]?.laps.length);
 */
export function decodeTcx(
  input: string | Uint8Array,
  limits: Partial<DecodeLimits> = {},
): Result<Activity[]> {
  return withinLimits('TCX', () => readTcx(input, resolveDecodeLimits(limits)));
}

function readTcx(input: string | Uint8Array, limits: DecodeLimits): Result<Activity[]> {
  const budget = new SampleBudget(limits.maxSamples);
  let laps = 0;
  const done: TcxActivityState[] = [];
  const stack: string[] = [];
  let act: TcxActivityState | null = null;
  let i = -1; // current trackpoint index
  let points = 0;
  const walk = walkXml(
    input,
    {
      open(name, attrs) {
        stack.push(name);
        if (name === 'Activity') {
          if (done.length >= limits.maxActivities) {
            throw new DecodeLimitError('maxActivities', limits.maxActivities, 'more activities');
          }
          act = newActivity(attrs.Sport, budget);
          done.push(act);
        } else if (act && name === 'Lap') {
          if (++laps > limits.maxLaps) throw new DecodeLimitError('maxLaps', limits.maxLaps, 'more laps');
          act.laps.push({ startTime: attrs.StartTime ?? '', elapsedS: null, timerS: null, distanceM: null });
        } else if (act && name === 'Trackpoint') {
          points++;
          i = act.samples.add();
        }
      },
      close(name, value) {
        const parent = stack[stack.length - 2];
        stack.pop();
        if (!act) return;
        if (name === 'Activity')
          act.samples.trim(); // its unused room goes back to the file's budget
        else if (name === 'Trackpoint') i = -1;
        else if (i >= 0) readTrackpointField(act.samples, i, name, parent, value);
        else if (parent === 'Lap') readLapField(act, name, value);
        else if (name === 'Id' && parent === 'Activity') act.startMs = parseXmlTime(value);
        else if (name === 'Name' && parent === 'Creator') act.device = value || null;
      },
    },
    limits,
  );
  if (walk.doctype)
    return fail('corrupt_file', walk.error?.message ?? 'DOCTYPE', { offset: walk.error?.offset });
  const current = act as TcxActivityState | null;
  if (current && i >= 0) current.samples.truncate(i);
  const recovered = walk.error
    ? { reason: `TCX cut off or malformed at char ${walk.error.offset}: ${walk.error.message}` }
    : null;
  const activities = done
    .filter((a) => dropUntimed(a.samples) > 0 || Number.isFinite(a.startMs))
    .map((a) =>
      buildXmlActivity(a.samples, {
        format: 'tcx',
        sport: normaliseSport(a.sport),
        device: a.device ? { manufacturer: null, product: a.device } : null,
        startMs: firstFinite(parseXmlTime(a.laps[0]?.startTime ?? ''), a.startMs),
        distanceM: a.laps.length > 0 && Number.isFinite(a.lapDistance) ? a.lapDistance : null,
        timerS: a.laps.length > 0 && Number.isFinite(a.lapTime) ? a.lapTime : null,
        laps: a.laps.map((lap) => ({ ...lap, startTime: isoOrEmpty(lap.startTime) })),
        recovered,
      }),
    );
  if (activities.length === 0) {
    if (walk.error)
      return fail('corrupt_file', `unreadable TCX: ${walk.error.message}`, { offset: walk.error.offset });
    return fail(
      'not_an_activity',
      points === 0 ? 'the TCX file holds no activity' : 'no trackpoint has a time',
    );
  }
  return ok(activities);
}

function newActivity(sport: string | undefined, budget: SampleBudget): TcxActivityState {
  return {
    sport: sport ?? 'generic',
    startMs: NaN,
    device: null,
    laps: [],
    lapDistance: 0,
    lapTime: 0,
    samples: new SeriesBuilder(1024, budget),
  };
}

function readLapField(act: TcxActivityState, name: string, value: string): void {
  const lap = act.laps[act.laps.length - 1];
  if (!lap) return;
  const v = xmlNumber(value);
  if (!(v >= 0 && Number.isFinite(v))) return; // no lap covers -66 m or lasts -20 s: no reading
  if (name === 'DistanceMeters') {
    lap.distanceM = v;
    act.lapDistance += v;
  } else if (name === 'TotalTimeSeconds') {
    lap.timerS = v;
    act.lapTime += v;
  }
}

function readTrackpointField(
  s: SeriesBuilder,
  i: number,
  name: string,
  parent: string | undefined,
  value: string,
): void {
  switch (name) {
    case 'Time':
      s.t[i] = parseXmlTime(value) / 1000;
      break;
    case 'LatitudeDegrees':
      s.lat[i] = xmlNumber(value);
      break;
    case 'LongitudeDegrees':
      s.lon[i] = xmlNumber(value);
      break;
    case 'Position':
      if (!isValidPosition(s.lat[i] as number, s.lon[i] as number)) {
        s.lat[i] = NaN;
        s.lon[i] = NaN;
      }
      break;
    case 'AltitudeMeters':
      s.altitudeM[i] = xmlNumber(value);
      break;
    case 'DistanceMeters':
      s.distanceM[i] = xmlNumber(value);
      break;
    case 'Value':
      if (parent === 'HeartRateBpm') s.heartRate[i] = plausibleHeartRate(xmlNumber(value));
      break;
    case 'Cadence':
    case 'RunCadence':
      s.cadence[i] = xmlNumber(value);
      break;
    case 'Speed':
      s.speedMps[i] = xmlNumber(value);
      break;
  }
}

/** A lap's StartTime as ISO 8601 UTC, or '' when it is not a time (never the file's text as it was). */
const isoOrEmpty = (text: string): string => {
  const ms = parseXmlTime(text);
  return Number.isFinite(ms) ? new Date(ms).toISOString() : '';
};

/** The first lap's StartTime is the recording start (Garmin's Id can be earlier). */
const firstFinite = (a: number, b: number): number => (Number.isFinite(a) ? a : b);
