import { describe, expect, it } from 'vitest';
import { emptySeries } from '../core/activity/activity';
import { seriesFromRecord, seriesToRecord } from './series-record';

describe('series records', () => {
  it('leaves out channels without a value, gives a missing sample as null, and reads back the same', () => {
    const series = emptySeries(3);
    series.t.set([0, 1, 2]);
    series.heartRate.set([120, Number.NaN, 124]);
    const record = seriesToRecord(series);
    expect(record).toEqual({ t: [0, 1, 2], heartRate: [120, null, 124] });
    const back = seriesFromRecord(record);
    expect(Array.from(back.heartRate)).toEqual([120, Number.NaN, 124]);
    expect(Array.from(back.lat).every(Number.isNaN)).toBe(true);
    expect(seriesToRecord(back)).toEqual(record);
  });
});
