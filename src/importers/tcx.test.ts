import { describe, expect, it } from 'vitest';
import { decodeTcx } from './tcx';

const tcx = (lapStart: string) =>
  `<?xml version="1.0"?><TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">` +
  `<Activities><Activity Sport="Running"><Id>2026-03-01T07:00:00Z</Id><Lap StartTime="${lapStart}">` +
  `<TotalTimeSeconds>20</TotalTimeSeconds><DistanceMeters>66</DistanceMeters><Track>` +
  `<Trackpoint><Time>2026-03-01T07:00:00Z</Time><DistanceMeters>0</DistanceMeters></Trackpoint>` +
  `<Trackpoint><Time>2026-03-01T07:00:20Z</Time><DistanceMeters>66</DistanceMeters></Trackpoint>` +
  `</Track></Lap></Activity></Activities></TrainingCenterDatabase>`;

describe('TCX laps', () => {
  it('gives a lap start as ISO 8601 UTC', () => {
    const r = decodeTcx(new TextEncoder().encode(tcx('2026-03-01T08:00:00+01:00')));
    expect(r.ok && r.value[0]?.laps.map((lap) => lap.startTime)).toEqual(['2026-03-01T07:00:00.000Z']);
  });

  it("keeps a lap whose StartTime is not a time, with '' as its start rather than the file's text", () => {
    const r = decodeTcx(new TextEncoder().encode(tcx('2026-03-01T07:00:00\uFFFD\uFFFD.000Z')));
    if (!r.ok) throw new Error(r.error.message);
    const [a] = r.value;
    expect(a?.laps).toEqual([{ startTime: '', elapsedS: null, timerS: 20, distanceM: 66 }]);
    expect(a?.startTime).toBe('2026-03-01T07:00:00.000Z');
  });

  it('reads a negative lap distance or time as no reading, and never sums it into the activity', () => {
    const negative = tcx('2026-03-01T07:00:00Z')
      .replace('<TotalTimeSeconds>20</TotalTimeSeconds>', '<TotalTimeSeconds>-20</TotalTimeSeconds>')
      .replace('<DistanceMeters>66</DistanceMeters><Track>', '<DistanceMeters>-66</DistanceMeters><Track>');
    const r = decodeTcx(new TextEncoder().encode(negative));
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value[0]?.laps[0]).toMatchObject({ timerS: null, distanceM: null });
    expect([r.value[0]?.distanceM, r.value[0]?.timerS]).toEqual([0, 0]);
  });
});
