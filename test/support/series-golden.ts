import { emptySeries, type ActivitySeries } from '../../src/core/activity/activity';

/** A series with positions, distance and heart rate; the third sample lost its position and heart rate. */
export function goldenSeries(): ActivitySeries {
  const s = emptySeries(5);
  s.t.set([0, 1, 2, 3.5, 5]);
  s.lat.set([51.5, 51.50001, NaN, 51.50003, 51.500041234567]);
  s.lon.set([-0.12, -0.12001, NaN, -0.12003, -0.120041234567]);
  s.distanceM.set([0, 1.5, 3, 4.5, 6]);
  s.heartRate.set([120, 121, NaN, 123, 124]);
  return s;
}

/**
 * `goldenSeries()` as the codec wrote it when it lived in src/store alone (before the decode threads packed
 * series), base64: rows stored then must read the same, and a run packed now must be stored byte for byte so.
 */
export const GOLDEN_STORED =
  'MwwKdmJlYGDQZwCDBnsGBgYHBoYEBwaGBQ5goQOeDirXHgWDaIiaH/XZTSt+g/gf+55FMh7wdNgh1/o6cMe+/VdSDTf+3LFvP0wd15dOG89d+/bvYFi8g3U3TPyAPQODgwMDwwQHBoYDDgwMH5wYGD45MTAcqGdg+ObEwPDDCQA=';
