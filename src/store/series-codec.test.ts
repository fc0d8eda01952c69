import { describe, expect, it } from 'vitest';
import { emptySeries, type ActivitySeries } from '../core/activity/activity';
import { decodeSeries, encodeSeries, encodeSeriesAsync } from './series-codec';

/** A series with positions, distance and heart rate; the third sample lost its position and heart rate. */
function sample(): ActivitySeries {
  const s = emptySeries(5);
  s.t.set([0, 1, 2, 3.5, 5]);
  s.lat.set([51.5, 51.50001, NaN, 51.50003, 51.500041234567]);
  s.lon.set([-0.12, -0.12001, NaN, -0.12003, -0.120041234567]);
  s.distanceM.set([0, 1.5, 3, 4.5, 6]);
  s.heartRate.set([120, 121, NaN, 123, 124]);
  return s;
}

/**
 * `sample()` as the codec wrote it when it lived in src/store (before the decode threads packed series):
 * rows stored then must read the same, and a run packed now must be stored byte for byte as before.
 */
const STORED_BEFORE =
  'MwwKdmJlYGDQZwCDBnsGBgYHBoYEBwaGBQ5goQOeDirXHgWDaIiaH/XZTSt+g/gf+55FMh7wdNgh1/o6cMe+/VdSDTf+3LFvP0wd15dOG89d+/bvYFi8g3U3TPyAPQODgwMDwwQHBoYDDgwMH5wYGD45MTAcqGdg+ObEwPDDCQA=';

describe('series codec', () => {
  it('packs a series into the very bytes rows were stored with before', async () => {
    const before = Buffer.from(STORED_BEFORE, 'base64');
    expect(Buffer.from(encodeSeries(sample())!)).toEqual(before);
    expect(Buffer.from((await encodeSeriesAsync(sample()))!)).toEqual(before);
  });

  it('reads a row stored before as the series that was packed', () => {
    const read = decodeSeries(new Uint8Array(Buffer.from(STORED_BEFORE, 'base64')));
    const want = sample();
    expect(read.t).toEqual(want.t);
    expect(read.lat).toEqual(want.lat);
    expect(read.lon).toEqual(want.lon);
    // Distance and heart rate are kept as 32-bit floats: exact for these values.
    expect(read.distanceM).toEqual(want.distanceM);
    expect(read.heartRate).toEqual(want.heartRate);
    expect(Number.isNaN(read.speedMps[0])).toBe(true);
  });

  it('keeps no series for a file without samples', () => {
    expect(encodeSeries(emptySeries(0))).toBeNull();
  });
});
