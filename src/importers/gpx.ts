import { isValidPosition, normaliseSport, type Activity } from '../core/activity/activity';
import { fail, ok, type Result } from '../core/result';
import { resolveDecodeLimits, withinLimits, type DecodeLimits } from './decode-limits';
import { SampleBudget, SeriesBuilder } from './series-builder';
import { buildXmlActivity } from './xml-activity';
import { parseXmlTime, plausibleHeartRate, walkXml, xmlNumber } from './xml-walk';

/**
 * Decodes GPX 1.0/1.1 text (tracks and routes) into one activity.
 * Reads `ele`, `time` and the Garmin TrackPointExtension `hr`/`cad` under any prefix
 * (gpxtpx:, ns3:, none), plus plain `hr`/`heartrate`/`cadence`/`speed` extensions.
 * Points with invalid coordinates keep their time and sensors but lose the position.
 * Takes the text, or its UTF-8 bytes (decoded a megabyte at a time); a passed limit is `limit_exceeded`.
 * @example const r = decodeGpx(text); if (r.ok) console.log(r.value[0]?.gpsDistanceM);
 */
export function decodeGpx(
  input: string | Uint8Array,
  limits: Partial<DecodeLimits> = {},
): Result<Activity[]> {
  return withinLimits('GPX', () => readGpx(input, resolveDecodeLimits(limits)));
}

function readGpx(input: string | Uint8Array, limits: DecodeLimits): Result<Activity[]> {
  const b = new SeriesBuilder(1024, new SampleBudget(limits.maxSamples));
  let creator: string | null = null;
  let type: string | null = null;
  let i = -1; // current point index, -1 outside a point
  let points = 0;
  let badPositions = 0;
  const walk = walkXml(
    input,
    {
      open(name, attrs) {
        if (name === 'gpx') creator = attrs.creator?.trim() || null;
        else if (name === 'trkpt' || name === 'rtept') {
          points++;
          i = b.add();
          const lat = xmlNumber(attrs.lat);
          const lon = xmlNumber(attrs.lon);
          if (isValidPosition(lat, lon)) {
            b.lat[i] = lat;
            b.lon[i] = lon;
          } else badPositions++;
        }
      },
      close(name, value) {
        if (i < 0) {
          if (name === 'type' && type === null && value !== '') type = value;
          return;
        }
        switch (name) {
          case 'trkpt':
          case 'rtept':
            i = -1;
            break;
          case 'ele':
            b.altitudeM[i] = finite(xmlNumber(value));
            break;
          case 'time':
            b.t[i] = parseXmlTime(value) / 1000;
            break;
          case 'hr':
          case 'heartrate':
            b.heartRate[i] = plausibleHeartRate(xmlNumber(value));
            break;
          case 'cad':
          case 'cadence':
            b.cadence[i] = finite(xmlNumber(value));
            break;
          case 'speed':
            b.speedMps[i] = finite(xmlNumber(value));
            break;
        }
      },
    },
    limits,
  );
  if (walk.doctype)
    return fail('corrupt_file', walk.error?.message ?? 'DOCTYPE', { offset: walk.error?.offset });
  if (i >= 0) b.truncate(i); // a point cut off mid-way by a truncation is dropped
  const timed = dropUntimed(b);
  if (timed === 0) {
    const why = walk.error ? `: ${walk.error.message}` : '';
    if (points === 0 && !walk.error) return fail('not_an_activity', 'the GPX file holds no track point');
    return fail('corrupt_file', `no GPX track point with a valid time${why}`, {
      offset: walk.error?.offset ?? 0,
    });
  }
  if (badPositions === points) {
    return fail('corrupt_file', 'no GPX track point has a valid position', { offset: 0 });
  }
  const recovered = walk.error
    ? { reason: `GPX cut off or malformed at char ${walk.error.offset}: ${walk.error.message}` }
    : null;
  const sport = type !== null && !/^\d+$/.test(type) ? normaliseSport(type) : 'generic';
  return ok([
    buildXmlActivity(b, {
      format: 'gpx',
      sport,
      device: creator ? { manufacturer: null, product: creator } : null,
      startMs: NaN,
      distanceM: null,
      timerS: null,
      laps: [],
      recovered,
    }),
  ]);
}

const finite = (x: number): number => (Number.isFinite(x) ? x : NaN);

/** Removes samples without a valid time (in place); returns how many remain. */
export function dropUntimed(b: SeriesBuilder): number {
  let w = 0;
  for (let r = 0; r < b.n; r++) {
    if (!Number.isFinite(b.t[r] as number)) continue;
    if (w !== r) {
      b.t[w] = b.t[r] as number;
      b.lat[w] = b.lat[r] as number;
      b.lon[w] = b.lon[r] as number;
      b.distanceM[w] = b.distanceM[r] as number;
      b.speedMps[w] = b.speedMps[r] as number;
      b.heartRate[w] = b.heartRate[r] as number;
      b.cadence[w] = b.cadence[r] as number;
      b.altitudeM[w] = b.altitudeM[r] as number;
    }
    w++;
  }
  b.truncate(w);
  return w;
}
