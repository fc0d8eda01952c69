import { describe, expect, it } from 'vitest';
import { decodeFile } from '../decode-file';
import { corpusPresenceTest, CORPUS_AVAILABLE, readCorpus } from '../../../test/support/importers/corpus';
import { writeFit, type FitMessageSpec } from '../../../test/support/importers/fit-writer';

const FIT_2020 = 946_771_200; // 2020-01-01T00:00:00Z in FIT seconds
const RECORDS = 300;
const RECORD_BYTES = 1 + 4 + 4 + 4 + 1 + 1 + 4;
const SEMICIRCLES_PER_DEGREE = 2 ** 31 / 180;

/**
 * A run written summary first (as some phone apps do): its session says 10 km in an hour, then
 * 300 one-second records of 3 m each. `damageAfter` records in, a data message names a local type
 * that was never defined, as in the damaged Strava Android file: the rest cannot be read.
 */
function summaryFirstRun(damageAfter: number | null): Uint8Array {
  const records = Array.from({ length: RECORDS }, (_, i) => [
    FIT_2020 + i,
    Math.round((51.5 + i * 0.000027) * SEMICIRCLES_PER_DEGREE),
    Math.round(-0.1 * SEMICIRCLES_PER_DEGREE),
    150,
    85,
    i * 300,
  ]);
  const messages: FitMessageSpec[] = [
    { global: 0, fields: [[0, 0x00, 4]] },
    {
      global: 18,
      local: 1,
      fields: [
        [253, 0x86, FIT_2020 + 3600],
        [2, 0x86, FIT_2020],
        [5, 0x00, 1],
        [6, 0x00, 0],
        [7, 0x86, 3_600_000],
        [8, 0x86, 3_500_000],
        [9, 0x86, 1_000_000],
        [16, 0x02, 165],
        [18, 0x02, 89],
        [22, 0x84, 120],
        [134, 0x84, 11_000],
      ],
    },
    {
      global: 19,
      local: 2,
      fields: [
        [253, 0x86, FIT_2020 + 60],
        [2, 0x86, FIT_2020],
        [7, 0x86, 60_000],
        [8, 0x86, 60_000],
        [9, 0x86, 18_000],
      ],
      more: [[FIT_2020 + 3600, FIT_2020 + 60, 3_540_000, 3_440_000, 982_000]],
    },
    {
      global: 20,
      local: 3,
      fields: [
        [253, 0x86, records[0]![0]!],
        [0, 0x85, records[0]![1]!],
        [1, 0x85, records[0]![2]!],
        [3, 0x02, 150],
        [4, 0x02, 85],
        [5, 0x86, 0],
      ],
      more: records.slice(1),
    },
  ];
  const bytes = writeFit(messages);
  if (damageAfter !== null) bytes[bytes.length - 2 - (RECORDS - damageAfter) * RECORD_BYTES] = 0x0b;
  return bytes;
}

describe('a partly read FIT file is summarised from what survived', () => {
  it('reads the synthetic run whole when nothing is damaged: the device summary stands', () => {
    const r = decodeFile(summaryFirstRun(null), 'run.fit');
    expect(r.ok && r.value[0]).toMatchObject({
      recovered: null,
      distanceM: 10_000,
      elapsedS: 3600,
      timerS: 3500,
      avgStepLengthMm: 1100,
    });
  });

  it('counts only the 100 records before the damage: 297 m in 99 s, one lap, not 10 km', () => {
    const r = decodeFile(summaryFirstRun(100), 'run.fit');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toHaveLength(1);
    const [a] = r.value;
    expect(a?.recovered?.reason).toMatch(/undefined local type 11/);
    expect(a?.series.t.length).toBe(100);
    expect(a?.distanceM).toBe(297);
    expect(a?.gpsDistanceM).toBeGreaterThan(290);
    expect(a?.gpsDistanceM).toBeLessThan(305);
    expect(a?.elapsedS).toBe(99);
    expect(a?.timerS).toBeNull();
    expect(a?.avgHeartRate).toBe(150);
    expect(a?.avgCadenceSpm).toBe(170);
    expect(a?.avgStepLengthMm).toBeNull();
    expect(a?.laps.map((l) => l.distanceM)).toEqual([180]);
  });
});

describe('the damaged Strava Android run from the corpus', () => {
  corpusPresenceTest();
  it.runIf(CORPUS_AVAILABLE)('claims the 0.9 km and 5 minutes that survived, not the 11.3 km session', () => {
    const r = decodeFile(readCorpus('malformed/strava-android-run-badcrc.fit'), 'x.fit');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [a] = r.value;
    expect(a?.recovered?.reason).toMatch(/undefined local type/);
    expect(a?.distanceM).toBeGreaterThan(900);
    expect(a?.distanceM).toBeLessThan(950);
    expect(a?.gpsDistanceM).toBeGreaterThan(900);
    expect(a?.gpsDistanceM).toBeLessThan(950);
    expect(a?.elapsedS).toBeGreaterThan(300);
    expect(a?.elapsedS).toBeLessThan(330);
    // Its one lap covers the whole 11.3 km: it did not survive, so it is not shown.
    expect(a?.laps).toEqual([]);
  });
});
