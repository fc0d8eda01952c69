/**
 * A small TCX run made up for tests that need one imported run with everything on its page: a GPS loop,
 * heart rate, cadence and two laps, a few days before `now`. No corpus file needed.
 * @example await input.setInputFiles(sampleTcxFile(new Date()));
 */
export function sampleTcx(now: Date): string {
  const start = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 2, 7, 0, 0);
  const lapS = 600;
  const stepS = 10;
  const points = (2 * lapS) / stepS;
  // Speed drifts between about 4:40 and 5:20 /km, so the pace chart has a shape.
  const speed = (i: number) => 3.33 + 0.25 * Math.sin((i / points) * 6 * Math.PI);
  const distance: number[] = [0];
  for (let i = 1; i <= points; i++) distance.push(distance[i - 1]! + speed(i) * stepS);
  const loopM = distance[points]!;
  const radiusDeg = loopM / (2 * Math.PI) / 111_320;
  const trackpoint = (i: number) => {
    const f = distance[i]! / loopM;
    const t = new Date(start + i * stepS * 1000).toISOString();
    const lat = 51.5 + radiusDeg * Math.sin(2 * Math.PI * f);
    const lon = -0.12 + (radiusDeg / Math.cos((51.5 * Math.PI) / 180)) * (1 - Math.cos(2 * Math.PI * f));
    return (
      `<Trackpoint><Time>${t}</Time>` +
      `<Position><LatitudeDegrees>${lat.toFixed(6)}</LatitudeDegrees><LongitudeDegrees>${lon.toFixed(6)}</LongitudeDegrees></Position>` +
      `<AltitudeMeters>${(20 + 5 * Math.sin(4 * Math.PI * f)).toFixed(1)}</AltitudeMeters>` +
      `<DistanceMeters>${distance[i]!.toFixed(1)}</DistanceMeters>` +
      `<HeartRateBpm><Value>${Math.round(138 + 12 * f + 3 * Math.sin(i))}</Value></HeartRateBpm>` +
      `<Extensions><ns3:TPX><ns3:RunCadence>${Math.round(82 + 4 * (speed(i) - 3.08) + (i % 3))}</ns3:RunCadence></ns3:TPX></Extensions>` +
      `</Trackpoint>`
    );
  };
  const lap = (n: number) => {
    const from = n * (points / 2);
    const track = Array.from({ length: points / 2 + (n === 1 ? 1 : 0) }, (_, k) => trackpoint(from + k));
    return (
      `<Lap StartTime="${new Date(start + n * lapS * 1000).toISOString()}">` +
      `<TotalTimeSeconds>${lapS}</TotalTimeSeconds>` +
      `<DistanceMeters>${(distance[(n + 1) * (points / 2)]! - distance[n * (points / 2)]!).toFixed(1)}</DistanceMeters>` +
      `<Track>${track.join('')}</Track></Lap>`
    );
  };
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" ` +
    `xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">` +
    `<Activities><Activity Sport="Running"><Id>${new Date(start).toISOString()}</Id>` +
    `${lap(0)}${lap(1)}<Creator><Name>Test Watch</Name></Creator></Activity></Activities>` +
    `</TrainingCenterDatabase>\n`
  );
}

/** The sample run as a file for `setInputFiles`. */
export const sampleTcxFile = (now: Date) => ({
  name: 'morning-loop.tcx',
  mimeType: 'application/vnd.garmin.tcx+xml',
  buffer: Buffer.from(sampleTcx(now)),
});
