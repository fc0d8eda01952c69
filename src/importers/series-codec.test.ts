import { describe, expect, it } from 'vitest';
import { encodeSeries, encodeSeriesAsync } from './series-codec';
import { GOLDEN_STORED, goldenSeries } from '../../test/support/series-golden';

describe('series codec (decode threads)', () => {
  it('packs a series into the bytes the store keeps, in this thread or on libuv’s pool', async () => {
    const stored = Buffer.from(GOLDEN_STORED, 'base64');
    expect(Buffer.from(encodeSeries(goldenSeries())!)).toEqual(stored);
    expect(Buffer.from((await encodeSeriesAsync(goldenSeries()))!)).toEqual(stored);
  });
});
