import { describe, expect, it } from 'vitest';
import { decodeFile } from '../decode-file';
import { writeFit, type FitMessageSpec } from '../../../test/support/importers/fit-writer';
import { fitRecordFlood } from '../../../test/support/importers/hostile';

const FIT_2020 = 946_771_200; // 2020-01-01T00:00:00Z in FIT seconds
const FILE_ID: FitMessageSpec = { global: 0, fields: [[0, 0x00, 4]] };
const FLOAT64 = 0x89;

const concat = (parts: Iterable<Uint8Array>): Uint8Array => {
  const list = [...parts];
  const out = new Uint8Array(list.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of list) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** `count` records one second apart from 2020-01-01, heart rate 140. */
const records = (count: number, local = 2): FitMessageSpec => ({
  global: 20,
  local,
  fields: [
    [253, 0x86, FIT_2020],
    [3, 0x02, 140],
  ],
  more: Array.from({ length: count - 1 }, (_, i) => [FIT_2020 + i + 1, 140]),
});

describe('FIT times and values out of any real range', () => {
  it('a session whose start_time is a float64 of 1e20 no longer reaches "Invalid time value"', () => {
    const bytes = writeFit([FILE_ID, { global: 18, local: 1, fields: [[2, FLOAT64, 1e20]] }]);
    const r = decodeFile(bytes, 'float-time.fit');
    expect(r).toMatchObject({ ok: false, error: { code: 'corrupt_file' } });
    expect(!r.ok && r.error.message).toBe('no session or record of the FIT file has a valid time');
  });

  it('such a session is dated by its first record instead', () => {
    const session: FitMessageSpec = { global: 18, local: 1, fields: [[2, FLOAT64, -5e18]] };
    const r = decodeFile(writeFit([FILE_ID, records(10), session]), 'float-time.fit');
    expect(r.ok && r.value.map((a) => [a.startTime, a.series.t.length])).toEqual([
      ['2020-01-01T00:00:00.000Z', 10],
    ]);
  });

  it('record times, summary values and positions that no device writes are left out', () => {
    const record: FitMessageSpec = {
      global: 20,
      local: 2,
      fields: [
        [253, FLOAT64, FIT_2020],
        [0, 0x85, 2 ** 31 - 2], // 180 degrees of latitude
        [1, 0x85, 0x10000000],
      ],
      more: [
        [1e300, 0x10000000, 0x10000000],
        [FIT_2020 + 2, 0x10000000, 0x10000000],
      ],
    };
    const session: FitMessageSpec = {
      global: 18,
      local: 1,
      fields: [
        [2, 0x86, FIT_2020],
        [9, FLOAT64, 1e300],
        [7, FLOAT64, -1],
      ],
    };
    const r = decodeFile(writeFit([FILE_ID, record, session]), 'odd.fit');
    if (!r.ok) throw new Error(r.error.message);
    const [a] = r.value;
    expect([a?.distanceM, a?.elapsedS]).toEqual([null, null]);
    expect(Array.from(a?.series.t ?? [])).toEqual([0, NaN, 2]);
    expect(Number.isNaN(a?.series.lat[0])).toBe(true);
    expect(a?.series.lat[1]).toBeCloseTo(22.5, 6);
  });
});

describe('FIT records out of order', () => {
  it('a file without a session is dated by its earliest record and lasts to its latest, never a negative time', () => {
    const shuffled: FitMessageSpec = {
      global: 20,
      local: 2,
      fields: [
        [253, 0x86, FIT_2020 + 100],
        [3, 0x02, 140],
      ],
      more: [
        [FIT_2020, 141],
        [FIT_2020 + 60, 142],
      ],
    };
    const r = decodeFile(writeFit([FILE_ID, shuffled]), 'shuffled.fit');
    if (!r.ok) throw new Error(r.error.message);
    const [a] = r.value;
    expect(a?.startTime).toBe('2020-01-01T00:00:00.000Z');
    expect(a?.elapsedS).toBe(100);
    expect(Array.from(a?.series.t ?? [])).toEqual([100, 0, 60]);
  });
});

describe('FIT limits', () => {
  it('refuses a flood of tiny records at the sample limit, before building them all', () => {
    const r = decodeFile(concat(fitRecordFlood(1_000)), 'flood.fit', { limits: { maxSamples: 999 } });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'limit_exceeded', details: { name: 'maxSamples' } },
    });
    // At the limit it is read whole, and is what it is: records without a time (and no CRC), no activity.
    const whole = decodeFile(concat(fitRecordFlood(1_000)), 'flood.fit', { limits: { maxSamples: 1_000 } });
    expect(whole).toMatchObject({ ok: false, error: { code: 'corrupt_file' } });
    expect(!whole.ok && whole.error.message).toMatch(/^no readable activity data/);
  });

  it('counts laps and sessions', () => {
    const lap = (n: number): FitMessageSpec => ({
      global: 19,
      local: 3,
      fields: [[2, 0x86, FIT_2020]],
      more: Array.from({ length: n - 1 }, (_, i) => [FIT_2020 + i + 1]),
    });
    const run = (laps: number) => writeFit([FILE_ID, records(5), lap(laps)]);
    expect(decodeFile(run(4), 'laps.fit', { limits: { maxLaps: 4 } }).ok).toBe(true);
    expect(decodeFile(run(5), 'laps.fit', { limits: { maxLaps: 4 } })).toMatchObject({
      error: { code: 'limit_exceeded', details: { name: 'maxLaps', limit: 4 } },
    });
    const sessions = (n: number): FitMessageSpec => ({
      global: 18,
      local: 1,
      fields: [[2, 0x86, FIT_2020]],
      more: Array.from({ length: n - 1 }, () => [FIT_2020]),
    });
    expect(decodeFile(writeFit([FILE_ID, sessions(2)]), 's.fit', { limits: { maxActivities: 2 } }).ok).toBe(
      true,
    );
    const three = decodeFile(writeFit([FILE_ID, sessions(3)]), 's.fit', { limits: { maxActivities: 2 } });
    expect(three).toMatchObject({ error: { code: 'limit_exceeded', details: { name: 'maxActivities' } } });
  });

  it('counts chained FIT files', () => {
    const part = writeFit([FILE_ID, records(3)]);
    const chain = (n: number) => concat(Array.from({ length: n }, () => part));
    expect(decodeFile(chain(3), 'chain.fit', { limits: { maxActivities: 3 } }).ok).toBe(true);
    expect(decodeFile(chain(4), 'chain.fit', { limits: { maxActivities: 3 } })).toMatchObject({
      error: { code: 'limit_exceeded', message: expect.stringMatching(/chained FIT files/) as unknown },
    });
  });
});
