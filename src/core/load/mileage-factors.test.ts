import { describe, expect, it } from 'vitest';
import { NOW, runAgo, weeksOfKm } from '../../../test/support/load-runs';
import { mileageFactors, rule10Alert } from './mileage-factors';
import { placeRuns, type ReportRun } from './report-window';
import { weeklyDistance } from './weekly-distance';

const factors = (runs: ReportRun[], timeZone = 'UTC') => mileageFactors(placeRuns(runs, NOW, timeZone));
const codes = (runs: ReportRun[]) => factors(runs).alerts.map((a) => a.code);

describe('recent_mileage_increase_pct: the larger of the last two weeks against the four before', () => {
  it('is 30 % and a spike at exactly 30 %, not at 29.9 %', () => {
    expect(factors(weeksOfKm([10, 10, 10, 10, 13, 0]))).toMatchObject({ recentMileageIncreasePct: 30 });
    expect(codes(weeksOfKm([10, 10, 10, 10, 13, 0]))).toContain('spike');
    expect(factors(weeksOfKm([10, 10, 10, 10, 12.99, 12]))).toMatchObject({ recentMileageIncreasePct: 29.9 });
    expect(codes(weeksOfKm([10, 10, 10, 10, 12.99, 12]))).not.toContain('spike');
    expect(codes(weeksOfKm([10, 10, 10, 10, 13.001, 5]))).toContain('spike');
  });

  it('takes the larger of the two weeks, either one', () => {
    expect(factors(weeksOfKm([10, 10, 10, 10, 8, 15])).recentMileageIncreasePct).toBe(50);
    expect(factors(weeksOfKm([10, 10, 10, 10, 15, 8])).recentMileageIncreasePct).toBe(50);
  });

  it('is the per-week mark of weekly totals on the last complete week, exactly', () => {
    // Week W−1 at 13 km over four 10 km weeks; the last week is easy. The two-week window still holds the
    // 30 % rise, so the last week's mark says the same as the factor.
    const runs = weeksOfKm([10, 10, 10, 10, 10, 13, 5]);
    expect(factors(runs).recentMileageIncreasePct).toBe(30);
    const weeks = weeklyDistance({ activities: runs, now: NOW, timeZone: 'UTC', weeks: 3 });
    expect(weeks.filter((w) => w.complete).map((w) => [w.increasePct, w.spike])).toEqual([
      [30, true],
      [30, true],
    ]);
  });

  it('equals the last complete week’s increasePct and spike over many histories', () => {
    // A small deterministic generator: weeks of 0–30 km, some empty, histories of 3 to 14 weeks.
    let seed = 42;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 300; n++) {
      const length = 3 + Math.floor(next() * 12);
      const km = Array.from({ length }, () => (next() < 0.2 ? 0 : Math.round(next() * 30_000) / 1000));
      km[0] = Math.max(km[0]!, 1); // the history starts with a run
      const runs = weeksOfKm(km);
      const f = factors(runs);
      const last = weeklyDistance({ activities: runs, now: NOW, timeZone: 'UTC', weeks: 2 })[0]!;
      expect(last.complete).toBe(true);
      expect(last.increasePct, km.join(',')).toBe(f.recentMileageIncreasePct);
      expect(last.spike, km.join(',')).toBe(f.alerts.some((a) => a.code === 'spike'));
    }
  });

  it('counts an empty week in the baseline as zero and falls as well as rises', () => {
    // Baseline 0, 10, 10, 10 km: mean 7.5 km; 6 km is −20 %.
    expect(factors(weeksOfKm([10, 0, 10, 10, 10, 6, 6])).recentMileageIncreasePct).toBe(-20);
  });

  it('is not measured with under six complete weeks of history or a zero baseline', () => {
    expect(factors(weeksOfKm([10, 10, 10, 10, 20]))).toMatchObject({
      recentMileageIncreasePct: null,
      longRunIncreasePct: null,
      alerts: [],
    });
    expect(factors([...weeksOfKm([10, 10, 10, 10, 20]), runAgo(-1)]).recentMileageIncreasePct).toBeNull();
    expect(factors(weeksOfKm([10, 0, 0, 0, 0, 0, 20])).recentMileageIncreasePct).toBeNull();
    expect(factors([])).toMatchObject({ recentMileageIncreasePct: null, alerts: [] });
  });

  it('leaves walks and rides out, and counts trail runs', () => {
    const base = weeksOfKm([10, 10, 10, 10, 10, 10]);
    expect(
      factors([...base, runAgo(0, { sport: 'cycling', distanceM: 50_000 })]).recentMileageIncreasePct,
    ).toBe(0);
    expect(
      factors([...base, runAgo(0, { sport: 'trail_running', distanceM: 5_000 })]).recentMileageIncreasePct,
    ).toBe(50);
  });

  it('does not judge this week, still under way', () => {
    const runs = [...weeksOfKm([10, 10, 10, 10, 10, 10]), runAgo(-1, { distanceM: 40_000 })];
    expect(factors(runs).recentMileageIncreasePct).toBe(0);
  });

  it('puts a run at 23:30 on Sunday local time in the week that ends then', () => {
    // Sunday 29 November 23:30 in Paris is 22:30 UTC: the last complete week in Paris.
    const sunday = { startTime: '2026-11-29T22:30:00.000Z', distanceM: 3_000 };
    const runs = [...weeksOfKm([10, 10, 10, 10, 10, 10]), runAgo(0, sunday)];
    expect(factors(runs, 'Europe/Paris').recentMileageIncreasePct).toBe(30);
    // At 23:30 UTC it is Monday in Paris: this week, not judged.
    const late = runAgo(0, { ...sunday, startTime: '2026-11-29T23:30:00.000Z' });
    expect(
      factors([...weeksOfKm([10, 10, 10, 10, 10, 10]), late], 'Europe/Paris').recentMileageIncreasePct,
    ).toBe(0);
  });
});

describe('long_run_increase_pct: longest of the last two weeks against the longest of the four before', () => {
  const base = [
    ...weeksOfKm([10, 10, 10, 10, 10, 10]),
    runAgo(3, { distanceM: 15_000 }),
    runAgo(5, { distanceM: 12_000 }),
  ];
  it('alerts at 30 % and above, not below', () => {
    const at = (m: number) => factors([...base, runAgo(1, { distanceM: m })]);
    expect(at(19_500)).toMatchObject({ longRunIncreasePct: 30 });
    expect(at(19_500).alerts.map((a) => a.code)).toContain('long_run_spike');
    expect(at(19_499).longRunIncreasePct).toBe(30);
    expect(at(19_499).alerts.map((a) => a.code)).not.toContain('long_run_spike');
    expect(at(14_000).longRunIncreasePct).toBe(-6.7); // 14 km against 15 km
  });
  it('is not measured without a run in the four weeks before', () => {
    expect(factors(weeksOfKm([10, 0, 0, 0, 0, 0, 20])).longRunIncreasePct).toBeNull();
  });
});

describe('rule10Alert: the last complete week more than 10 % over the one before', () => {
  const judged = (km: number[]) =>
    rule10Alert(weeklyDistance({ activities: weeksOfKm(km), now: NOW, timeZone: 'UTC', weeks: 2 })[0]);
  it('alerts above 10 %, not at 10 %', () => {
    expect(judged([10, 11])).toBeNull();
    expect(judged([10, 11.001])).toMatchObject({ code: 'rule10_over', changePct: 10 });
    expect(judged([10, 12.5])?.message).toMatch(/12.5 km, 25 % more/);
  });
  it('does not judge after an empty week, nor a week still under way', () => {
    expect(judged([0, 12])).toBeNull();
    const current = weeklyDistance({
      activities: weeksOfKm([10, 20]),
      now: NOW,
      timeZone: 'UTC',
      weeks: 1,
    })[0];
    expect(current?.complete).toBe(false);
    expect(rule10Alert(current)).toBeNull();
  });
});
