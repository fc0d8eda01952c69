import { describe, expect, it } from 'vitest';
import { NOW, runAgo, weeksOfKm } from '../../../test/support/load-runs';
import { dayIn, dayNumber, instantOnDay, isoDay } from './calendar';
import { loadReport } from './load-report';

describe('loadReport', () => {
  it('lists the weeks asked for, this week last, and judges only complete ones', () => {
    const r = loadReport({
      runs: [...weeksOfKm([10, 12.5]), runAgo(-1)],
      now: NOW,
      timeZone: 'UTC',
      weeks: 3,
    });
    expect(r.weeks).toEqual([
      {
        weekStart: '2026-11-16',
        complete: true,
        distanceM: 10_000,
        runs: 1,
        movingS: 3_000,
        changePct: null,
        rule10: null,
      },
      {
        weekStart: '2026-11-23',
        complete: true,
        distanceM: 12_500,
        runs: 1,
        movingS: 3_000,
        changePct: 25,
        rule10: 'over',
      },
      {
        weekStart: '2026-11-30',
        complete: false,
        distanceM: 10_000,
        runs: 1,
        movingS: 3_000,
        changePct: null,
        rule10: null,
      },
    ]);
    expect(r.alerts.map((a) => a.code)).toEqual(['rule10_over']);
  });

  it('names the factors as the check-in does, leaving out those not measured', () => {
    const runs = [
      ...weeksOfKm([10, 10, 10, 10, 10, 10], { shoe: 'peg', avgCadenceSpm: 158 }),
      runAgo(0, { distanceM: 24_000, treadmill: true, shoe: 'peg' }),
    ];
    const r = loadReport({
      runs,
      shoes: [{ id: 'peg', name: 'Pegasus', startKm: 420 }],
      now: NOW,
      timeZone: 'UTC',
      weeks: 1,
    });
    expect(r.factors).toEqual({
      recent_mileage_increase_pct: 240,
      long_run_increase_pct: 140,
      shoe_km: 504,
      surface_change: true,
      cadence_spm: 158,
    });
    expect(r.alerts.map((a) => a.code)).toEqual([
      'rule10_over',
      'spike',
      'long_run_spike',
      'shoe_check',
      'surface_change',
      'low_cadence',
    ]);
    for (const alert of r.alerts) expect(alert.message.length).toBeGreaterThan(20);
  });

  it('reports empty weeks and no factors for a runner with no runs', () => {
    const r = loadReport({ runs: [], now: NOW, timeZone: 'Europe/Paris', weeks: 2 });
    expect(r).toMatchObject({ alerts: [], factors: {}, shoes: { list: [], rotation: false } });
    expect(r.weeks.map((w) => [w.weekStart, w.distanceM])).toEqual([
      ['2026-11-23', 0],
      ['2026-11-30', 0],
    ]);
  });

  it('starts this week on the runner’s Monday: late Sunday in UTC is already Monday in Tokyo', () => {
    const sundayNight = new Date('2026-11-29T23:30:00.000Z');
    const run = runAgo(0, { startTime: '2026-11-29T20:00:00.000Z' }); // 05:00 Monday in Tokyo
    const utc = loadReport({ runs: [run], now: sundayNight, timeZone: 'UTC', weeks: 1 });
    const tokyo = loadReport({ runs: [run], now: sundayNight, timeZone: 'Asia/Tokyo', weeks: 1 });
    expect(utc.weeks[0]).toMatchObject({ weekStart: '2026-11-23', complete: false, runs: 1 });
    expect(tokyo.weeks[0]).toMatchObject({ weekStart: '2026-11-30', complete: false, runs: 1 });
  });
});

describe('instantOnDay', () => {
  it('falls on the given day in every zone, the far ones too', () => {
    for (const zone of [
      'UTC',
      'Pacific/Kiritimati',
      'Pacific/Pago_Pago',
      'Europe/Paris',
      'America/St_Johns',
    ]) {
      const day = dayNumber('2026-03-29');
      expect(isoDay(dayIn(instantOnDay(day, zone).getTime(), zone)), zone).toBe('2026-03-29');
    }
  });
});
