import { describe, expect, it } from 'vitest';
import { NOW, runAgo, weeksOfKm } from '../../../test/support/load-runs';
import { dayNumber } from './calendar';
import { factorSources, twoWeeksWords } from './factor-sources';
import { loadReport, type LoadReportInput } from './load-report';

const sources = (input: Omit<LoadReportInput, 'weeks'>, units: 'km' | 'mi' = 'km') =>
  factorSources(loadReport({ ...input, weeks: 7 }), { now: input.now, timeZone: input.timeZone, units });

describe('factorSources', () => {
  // NOW is Thursday 3 December 2026: the last complete week is 23–29 November.
  it('gives each measured factor its weeks, as dates and in words', () => {
    const runs = [
      ...weeksOfKm([10, 10, 10, 10, 10, 10], { shoe: 'peg', avgCadenceSpm: 158 }),
      runAgo(0, { distanceM: 3_000, treadmill: true, shoe: 'peg', avgCadenceSpm: 171 }),
      runAgo(1, { distanceM: 2_000, treadmill: true, shoe: 'old', avgCadenceSpm: 156 }),
    ];
    const got = sources({
      runs,
      shoes: [{ id: 'peg', name: 'Pegasus 40', startKm: 420 }],
      now: NOW,
      timeZone: 'UTC',
    });
    expect(got).toEqual([
      {
        code: 'recent_mileage_increase_pct',
        value: 30,
        from: '2026-10-19',
        to: '2026-11-29',
        basis:
          'The bigger of the weeks of 16 and 23 Nov (13.0 km) against your average over the four weeks from 19 Oct (10.0 km a week).',
      },
      {
        code: 'long_run_increase_pct',
        value: 0,
        from: '2026-10-19',
        to: '2026-11-29',
        basis:
          'Your longest run in the weeks of 16 and 23 Nov against your longest in the four weeks from 19 Oct.',
      },
      {
        code: 'shoe_km',
        value: 483,
        from: '2026-11-16',
        to: '2026-11-29',
        basis: 'Your Pegasus 40, the pair you ran in most in the weeks of 16 and 23 Nov: 483.0 km in all.',
      },
      {
        code: 'surface_change',
        value: false,
        from: '2026-10-19',
        to: '2026-11-29',
        basis:
          'You ran mostly outside both in the weeks of 16 and 23 Nov and over the four weeks from 19 Oct.',
      },
      {
        code: 'cadence_spm',
        value: 158,
        from: '2026-11-02',
        to: '2026-11-29',
        basis:
          'The middle value of your runs’ average cadence over the four weeks from 2 Nov to 29 Nov; runs without cadence are left out.',
      },
    ]);
  });

  it('says distances in miles for a runner who runs in miles', () => {
    const got = sources(
      { runs: weeksOfKm([0, 0, 0, 0, 0, 16.09344], { shoe: 'Ghost' }), now: NOW, timeZone: 'UTC' },
      'mi',
    );
    expect(got).toEqual([
      {
        code: 'shoe_km',
        value: 16.1,
        from: '2026-11-16',
        to: '2026-11-29',
        basis: 'Your Ghost, the pair you ran in most in the weeks of 16 and 23 Nov: 10.0 mi in all.',
      },
    ]);
  });

  it('names a change of surface, from what to what', () => {
    const runs = [...weeksOfKm([10, 10, 10, 10]), ...weeksOfKm([8, 8], { treadmill: true })].map((r, i) =>
      runAgo(5 - i, { distanceM: r.distanceM, treadmill: r.treadmill }),
    );
    const surface = sources({ runs, now: NOW, timeZone: 'UTC' }).find((s) => s.code === 'surface_change');
    expect(surface).toEqual({
      code: 'surface_change',
      value: true,
      from: '2026-10-19',
      to: '2026-11-29',
      basis:
        'You ran mostly on a treadmill in the weeks of 16 and 23 Nov, after running mostly outside over the four weeks from 19 Oct.',
    });
  });

  it('is empty for a runner with no runs, and leaves out what was not measured', () => {
    expect(sources({ runs: [], now: NOW, timeZone: 'Europe/Paris' })).toEqual([]);
    // Two weeks of history: no rise can be measured, but cadence can.
    const short = sources({ runs: weeksOfKm([5, 5], { avgCadenceSpm: 166 }), now: NOW, timeZone: 'UTC' });
    expect(short.map((s) => [s.code, s.value])).toEqual([['cadence_spm', 166]]);
  });

  it('counts a run at 23:30 on Sunday, local time, in the week it ended on the runner’s clock', () => {
    // 23:30 on Sunday 29 November in Los Angeles is 07:30 on Monday 30 November in UTC.
    const sundayNight = runAgo(0, { startTime: '2026-11-30T07:30:00.000Z', distanceM: 3_000 });
    const runs = [...weeksOfKm([10, 10, 10, 10, 10, 10]), sundayNight];
    const la = sources({ runs, now: NOW, timeZone: 'America/Los_Angeles' });
    const utc = sources({ runs, now: NOW, timeZone: 'UTC' });
    expect(la[0]).toMatchObject({ code: 'recent_mileage_increase_pct', value: 30, to: '2026-11-29' });
    expect(la[0]?.basis).toContain('(13.0 km)');
    expect(utc[0]).toMatchObject({ code: 'recent_mileage_increase_pct', value: 0, to: '2026-11-29' });
  });

  it('counts weeks back from the runner’s Monday in a zone far from UTC', () => {
    // Sunday 29 November, 12:00 UTC, is already Monday 30 November, 02:00, on Kiritimati (UTC+14).
    const now = new Date('2026-11-29T12:00:00.000Z');
    const runs = [runAgo(1, { avgCadenceSpm: 170 }), runAgo(2, { avgCadenceSpm: 168 })];
    const cadence = (timeZone: string) =>
      sources({ runs, now, timeZone }).filter((s) => s.code === 'cadence_spm');
    const kiritimati = cadence('Pacific/Kiritimati');
    const utc = cadence('UTC');
    expect(kiritimati).toEqual([
      expect.objectContaining({ code: 'cadence_spm', value: 169, from: '2026-11-02', to: '2026-11-29' }),
    ]);
    expect(kiritimati[0]?.basis).toContain('the four weeks from 2 Nov to 29 Nov');
    expect(utc).toEqual([
      expect.objectContaining({ code: 'cadence_spm', value: 169, from: '2026-10-26', to: '2026-11-22' }),
    ]);
    expect(utc[0]?.basis).toContain('the four weeks from 26 Oct to 22 Nov');
  });
});

describe('twoWeeksWords', () => {
  it('names the month once when both weeks start in it, and each month otherwise', () => {
    expect(twoWeeksWords(dayNumber('2026-11-09'))).toBe('the weeks of 9 and 16 Nov');
    expect(twoWeeksWords(dayNumber('2026-10-26'))).toBe('the weeks of 26 Oct and 2 Nov');
    expect(twoWeeksWords(dayNumber('2026-12-28'))).toBe('the weeks of 28 Dec and 4 Jan');
  });
});
