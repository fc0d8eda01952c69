/** Test support: tiny valid activity files and an event collector for import tests. */

/**
 * A GPX run of `points` track points, one every 10 s from `start`, heading north.
 * @example gpxRun('2021-05-01T07:00:00Z')
 */
export function gpxRun(start: string, points = 5): string {
  const t0 = Date.parse(start);
  const pts = Array.from({ length: points }, (_, i) => {
    const time = new Date(t0 + i * 10_000).toISOString();
    return `<trkpt lat="${(52 + i * 0.0003).toFixed(5)}" lon="4.90000"><time>${time}</time></trkpt>`;
  }).join('');
  return `<?xml version="1.0"?><gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>${pts}</trkseg></trk></gpx>`;
}

/** Drains an async iterable into an array. */
export async function collect<T>(events: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const event of events) out.push(event);
  return out;
}

/**
 * A GPX track with no `<type>`, as many apps write them (it imports as sport `generic`): `points` points
 * one every 10 s from `start`, heading north at `speedMps`, each with a cadence extension when given.
 * @example typelessGpx('2026-11-24T07:00:00Z', { points: 181, speedMps: 3.3, cadence: 172 }) // 6 km, 30 min
 */
export function typelessGpx(
  start: string,
  { points = 61, speedMps = 3.3, cadence }: { points?: number; speedMps?: number; cadence?: number } = {},
): string {
  const t0 = Date.parse(start);
  const stepDeg = (speedMps * 10) / 111_195;
  const pts = Array.from({ length: points }, (_, i) => {
    const time = new Date(t0 + i * 10_000).toISOString();
    const ext =
      cadence === undefined
        ? ''
        : `<extensions><gpxtpx:TrackPointExtension><gpxtpx:cad>${cadence}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>`;
    return `<trkpt lat="${(52 + i * stepDeg).toFixed(6)}" lon="4.900000"><time>${time}</time>${ext}</trkpt>`;
  }).join('');
  return (
    `<?xml version="1.0"?><gpx version="1.1" creator="an app" xmlns="http://www.topografix.com/GPX/1/1" ` +
    `xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">` +
    `<trk><name>Morning activity</name><trkseg>${pts}</trkseg></trk></gpx>`
  );
}
