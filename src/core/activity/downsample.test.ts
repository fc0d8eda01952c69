import { describe, expect, it } from 'vitest';
import { emptySeries } from './activity';
import { downsampleSeries } from './downsample';

describe('downsampleSeries', () => {
  it('keeps short series as they are, with null for missing samples', () => {
    const s = emptySeries(3);
    s.t.set([0, 1, 2]);
    s.heartRate.set([100, NaN, 120]);
    const out = downsampleSeries(s, 10);
    expect(out.t).toEqual([0, 1, 2]);
    expect(out.heartRate).toEqual([100, null, 120]);
    expect(out.lat).toEqual([null, null, null]);
  });

  it('averages buckets of a long series down to the limit and keeps a real position', () => {
    const s = emptySeries(10);
    for (let i = 0; i < 10; i++) {
      s.t[i] = i;
      s.speedMps[i] = i;
      s.lat[i] = i === 0 ? NaN : 50 + i / 1000;
      s.lon[i] = i === 0 ? NaN : 4;
    }
    const out = downsampleSeries(s, 4);
    expect(out.t).toEqual([0, 3, 6, 9]);
    expect(out.speedMps).toEqual([1, 4, 7, 9]);
    expect(out.lat[0]).toBeCloseTo(50.001);
    expect(out.t.length).toBeLessThanOrEqual(4);
  });
});
