/**
 * Big, valid activity files generated in tests (never stored in the repository): a GPX run of many
 * points, as text; gzip it for the issue 8 "heavy file" (490,000 points, 95 MB, 4.5 MB gzipped).
 */

/** Bytes of one track point as written below, on average: 95 MB / 490,000 points. */
export const GPX_POINT_BYTES = 193;

/**
 * A GPX running track of `points` points, one a second from `start`, with elevation and heart rate.
 * @example gzipSync(bigGpx('2026-10-01T06:00:00Z', 490_000)) // about 4.5 MB
 */
export function bigGpx(start: string, points: number): Buffer {
  const t0 = Date.parse(start);
  const head =
    '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="backstride-test" ' +
    'xmlns="http://www.topografix.com/GPX/1/1" ' +
    'xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">\n' +
    '<trk><name>Long run</name><type>running</type><trkseg>\n';
  const chunks: Buffer[] = [Buffer.from(head)];
  const batch = 10_000;
  for (let from = 0; from < points; from += batch) {
    const lines: string[] = [];
    for (let i = from; i < Math.min(points, from + batch); i++) {
      const lat = (52 + Math.sin(i / 5_000) * 0.05 + i * 1e-7).toFixed(6);
      const lon = (4.9 + Math.cos(i / 5_000) * 0.05).toFixed(6);
      const ele = (10 + Math.sin(i / 300) * 8).toFixed(1);
      const time = new Date(t0 + i * 1000).toISOString();
      const hr = 130 + ((i >> 6) % 40);
      lines.push(
        `<trkpt lat="${lat}" lon="${lon}"><ele>${ele}</ele><time>${time}</time>` +
          `<extensions><ns3:TrackPointExtension><ns3:hr>${hr}</ns3:hr></ns3:TrackPointExtension></extensions></trkpt>`,
      );
    }
    chunks.push(Buffer.from(lines.join('')));
  }
  chunks.push(Buffer.from('</trkseg></trk>\n</gpx>\n'));
  return Buffer.concat(chunks);
}
