import { describe, expect, it } from 'vitest';
import { emptySeries, type Activity } from './activity';
import { summariseSurviving } from './surviving';

/** A run whose device summary says 10 km in an hour, but only `n` one-second samples of 3 m survived. */
function damagedRun(n: number, recovered: Activity['recovered'] = { reason: 'file ends early at byte 900' }) {
  const series = emptySeries(n);
  for (let i = 0; i < n; i++) {
    series.t[i] = i;
    series.distanceM[i] = 3 * i;
    series.lat[i] = 51.5 + i * 0.000027; // about 3 m north per sample
    series.lon[i] = -0.1;
    series.heartRate[i] = 140 + (i % 2) * 10; // 140, 150, 140, ...
    series.cadenceSpm[i] = i === 0 ? 0 : 170; // a standing start of 0 is not a cadence
    series.altitudeM[i] = 10 + i * 0.1;
  }
  const activity: Activity = {
    format: 'fit',
    sport: 'running',
    subSport: 'generic',
    indoor: false,
    startTime: '2020-01-01T00:00:00.000Z',
    utcOffsetS: 0,
    device: null,
    distanceM: 10_000,
    elapsedS: 3600,
    timerS: 3500,
    gpsDistanceM: null,
    ascentM: 120,
    avgHeartRate: 165,
    avgCadenceSpm: 178,
    avgStepLengthMm: 1100,
    avgVerticalOscillationMm: 85,
    avgGroundContactMs: 240,
    laps: [
      { startTime: '2020-01-01T00:00:00.000Z', elapsedS: 60, timerS: 60, distanceM: 180 },
      { startTime: '2020-01-01T00:01:00.000Z', elapsedS: 3540, timerS: 3440, distanceM: 9820 },
    ],
    series,
    recovered,
  };
  return activity;
}

describe('summariseSurviving', () => {
  it('takes distance, time, averages and climb from the surviving samples, not the device summary', () => {
    const a = summariseSurviving(damagedRun(101));
    expect(a.distanceM).toBe(300);
    expect(a.gpsDistanceM).toBeGreaterThan(290);
    expect(a.gpsDistanceM).toBeLessThan(310);
    expect(a.elapsedS).toBe(100);
    expect(a.timerS).toBeNull();
    expect(a.avgHeartRate).toBeCloseTo(145, 0);
    expect(a.avgCadenceSpm).toBe(170);
    expect(a.ascentM).toBeGreaterThanOrEqual(9);
    expect(a.ascentM).toBeLessThanOrEqual(10);
    expect([a.avgStepLengthMm, a.avgVerticalOscillationMm, a.avgGroundContactMs]).toEqual([null, null, null]);
    expect(a.laps.map((l) => l.distanceM)).toEqual([180]);
    // The charts draw the same surviving samples.
    expect(a.series.t.length).toBe(101);
  });

  it('falls back to the GPS track when the samples carry no distance, and never exceeds the device total', () => {
    const run = damagedRun(101);
    run.series.distanceM.fill(NaN);
    const fromTrack = summariseSurviving(run);
    expect(fromTrack.distanceM).toBe(fromTrack.gpsDistanceM);
    const short = damagedRun(101);
    short.distanceM = 250; // the device's own total is below what the samples show: keep the smaller
    expect(summariseSurviving(short).distanceM).toBe(250);
  });

  it('keeps moving time when it fits inside what survived, and says nothing is known without samples', () => {
    const whole = damagedRun(101, { reason: 'file CRC mismatch at byte 4000' });
    whole.elapsedS = 100;
    whole.timerS = 95;
    expect(summariseSurviving(whole)).toMatchObject({ elapsedS: 100, timerS: 95 });
    const none = summariseSurviving(damagedRun(0));
    expect(none).toMatchObject({ distanceM: null, elapsedS: null, timerS: null, laps: [] });
  });

  it('lasts to the latest surviving sample, and never a negative time when the samples precede the start', () => {
    const shuffled = damagedRun(101);
    shuffled.series.t.reverse(); // out of order: the latest sample comes first
    expect(summariseSurviving(shuffled).elapsedS).toBe(100);
    const early = damagedRun(101);
    early.series.t.forEach((t, i) => (early.series.t[i] = t - 200)); // all before the start the file gives
    expect(summariseSurviving(early).elapsedS).toBeNull();
  });

  it('leaves a run read whole as the device summarised it', () => {
    const run = damagedRun(101, null);
    expect(summariseSurviving(run)).toBe(run);
  });
});
