import { describe, expect, it } from 'vitest';
import { emptySeries } from '../core/activity/activity';
import { decodeSeries, encodeSeries } from './series-codec';
import { GOLDEN_STORED, goldenSeries } from '../../test/support/series-golden';

describe('series codec (store)', () => {
  it('packs a series into the very bytes rows were stored with before', () => {
    expect(Buffer.from(encodeSeries(goldenSeries())!)).toEqual(Buffer.from(GOLDEN_STORED, 'base64'));
  });

  it('reads a row stored before as the series that was packed', () => {
    const read = decodeSeries(new Uint8Array(Buffer.from(GOLDEN_STORED, 'base64')));
    const want = goldenSeries();
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
