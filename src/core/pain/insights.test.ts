import { describe, expect, it } from 'vitest';
import type { InsightRun } from './insight-conditions';
import { INSIGHT_CAVEAT, painInsights, type Insight } from './insights';

const now = new Date('2026-12-01T12:00:00Z');
const run = (startTime: string, km: number, over: Partial<InsightRun> = {}): InsightRun => ({
  startTime,
  utcOffsetS: 0,
  distanceM: km * 1000,
  treadmill: false,
  shoeId: null,
  ...over,
});
let n = 0;
const entry = (at: string, score: number) => ({ id: `e${(n += 1)}`, at, score });

// Six runs: 5, 5, 12, 5, 12, 5 km. Median 5 km, so a long run is 7.5 km or more: the two 12 km runs.
// Morning starts: the 07:00 and the two 08:00 runs. Treadmill: the 19:00 runs of the 10th and the 17th.
const runs = [
  run('2026-11-02T07:00:00Z', 5),
  run('2026-11-04T18:00:00Z', 5),
  run('2026-11-07T08:00:00Z', 12),
  run('2026-11-10T19:00:00Z', 5, { treadmill: true }),
  run('2026-11-14T08:00:00Z', 12),
  run('2026-11-17T19:00:00Z', 5, { treadmill: true }),
];
const entries = [
  entry('2026-11-03T09:00:00Z', 2), // after the 5 km morning run
  entry('2026-11-05T08:00:00Z', 3), // after the 5 km evening run
  entry('2026-11-07T20:00:00Z', 6), // 12 h after the first long run
  entry('2026-11-08T09:00:00Z', 5), // 25 h after it
  entry('2026-11-10T21:00:00Z', 2), // after a treadmill run; the long run was 3.5 days ago
  entry('2026-11-11T08:00:00Z', 1),
  entry('2026-11-14T20:00:00Z', 7), // after the second long run
  entry('2026-11-15T09:00:00Z', 5),
  entry('2026-11-16T07:00:00Z', 4), // 47 h after it: still within two days
  entry('2026-11-18T08:00:00Z', 2), // after the second treadmill run
  entry('2026-11-20T08:00:00Z', 2), // 61 h after it: still within three days
];
const result = painInsights({ entries, runs, shoes: [], sessions: [], timeZone: 'UTC', now });
const insight = (code: Insight['code']) => result.insights.find((i) => i.code === code)!;

describe('painInsights, checked by hand', () => {
  it('reads 12 weeks of entries up to now', () => {
    expect(result.from).toBe('2026-09-08');
    expect(result.to).toBe('2026-12-01');
    expect(result.entries).toBe(11);
    expect(result.caveat).toBe(INSIGHT_CAVEAT);
    expect(result.insights.map((i) => i.code)).toEqual([
      'distance_rise',
      'long_run',
      'worn_shoes',
      'treadmill',
      'morning_run',
      'plan_kept',
    ]);
  });

  it('long runs: 6, 5, 7, 5, 4 → 5.4 within two days after; 2, 3, 2, 1, 2, 2 → 2.0 otherwise', () => {
    const i = insight('long_run');
    expect(i.with).toEqual({ mean: 5.4, entries: 5, days: 5 });
    expect(i.without).toEqual({ mean: 2, entries: 6, days: 6 });
    expect(i.enough).toBe(true);
    expect(i.difference).toBe(3.4);
    expect(i.summary).toBe(
      'Your pain averaged 5.4/10 in the 2 days after a long run (5 entries) and 2/10 at other times ' +
        '(6 entries). That is 3.4 points higher in the 2 days after a long run.',
    );
  });

  it('time of day: 2, 6, 5, 7, 5, 4 → 4.8 after morning runs; 3, 2, 1, 2, 2 → 2.0 after later ones', () => {
    const i = insight('morning_run');
    expect(i.with).toEqual({ mean: 4.8, entries: 6, days: 6 });
    expect(i.without).toEqual({ mean: 2, entries: 5, days: 5 });
    // 29/6 − 2 = 2.83…, from the exact means, not the rounded ones.
    expect(i.difference).toBe(2.8);
  });

  it('treadmill: four entries after treadmill runs are not enough, and it says so', () => {
    const i = insight('treadmill');
    expect(i.with).toEqual({ mean: 1.8, entries: 4, days: 4 });
    expect(i.without).toEqual({ mean: 4.6, entries: 7, days: 7 });
    expect(i.enough).toBe(false);
    expect(i.difference).toBeNull();
    expect(i.summary).toBe(
      'Not enough entries yet: 4 entries after treadmill runs and 7 entries after runs outside. ' +
        'This needs at least 5 of each, on 3 different days.',
    );
  });

  it('leaves out what it cannot tell: no shoes, no plan', () => {
    expect(insight('worn_shoes').with.entries + insight('worn_shoes').without.entries).toBe(0);
    expect(insight('plan_kept').enough).toBe(false);
    expect(insight('plan_kept').with.mean).toBeNull();
  });

  it('weekly distance: only entries with running in the 7 days before the last 7 count', () => {
    // Worked out by hand, last 7 days (e − 7 d, e] against the 7 before (e − 14 d, e − 7 d]:
    // 3rd, 5th, 7th and 8th: nothing in the 7 days before the last 7 → left out.
    // 10th 21:00: 5+12+5 = 22 km against 5 → up (2). 11th 08:00: 22 against 5 → up (1).
    // 14th 20:00: 5+12 = 17 against 22 → not (7). 15th 09:00: 17 against 22 → not (5).
    // 16th 07:00: 17 against 17 (the 2nd's run at exactly 14 days is outside) → not (4).
    // 18th 08:00: 12+5 = 17 against 22 → not (2). 20th 08:00: 17 against 17 → not (2).
    const i = insight('distance_rise');
    expect(i.with).toEqual({ mean: 1.5, entries: 2, days: 2 });
    expect(i.without).toEqual({ mean: 4, entries: 5, days: 5 });
    expect(i.enough).toBe(false);
  });

  it('about the same when the means differ by less than a point', () => {
    const flat = painInsights({
      entries: entries.map((e) => ({ ...e, score: 3 })),
      runs,
      shoes: [],
      sessions: [],
      timeZone: 'UTC',
      now,
    });
    const i = flat.insights.find((x) => x.code === 'long_run')!;
    expect(i.difference).toBe(0);
    expect(i.summary).toMatch(/About the same either way\.$/);
  });

  it('says lower when pain is lower with the condition', () => {
    const swapped = painInsights({
      entries: entries.map((e) => ({ ...e, score: 10 - e.score })),
      runs,
      shoes: [],
      sessions: [],
      timeZone: 'UTC',
      now,
    });
    expect(swapped.insights.find((x) => x.code === 'long_run')!.summary).toMatch(
      /That is 3\.4 points lower in the 2 days after a long run\.$/,
    );
  });

  it('counts only entries inside the weeks asked for', () => {
    const short = painInsights({ entries, runs, shoes: [], sessions: [], timeZone: 'UTC', now, weeks: 2 });
    expect(short.entries).toBe(2); // the 18 and 20 November entries are within two weeks of 1 December
    expect(short.insights.every((i) => !i.enough)).toBe(true);
  });
});

describe('how much data is enough', () => {
  // Every entry 1 h after a run; runs alternate treadmill and outside, so each side gets its own entries.
  const series = (treadmillDays: number[], outsideDays: number[]) => {
    const days = [
      ...treadmillDays.map((d) => [d, true] as const),
      ...outsideDays.map((d) => [d, false] as const),
    ];
    const rs = days.map(([d, t]) =>
      run(`2026-11-${String(d).padStart(2, '0')}T07:00:00Z`, 5, { treadmill: t }),
    );
    const es = days.map(([d]) => entry(`2026-11-${String(d).padStart(2, '0')}T08:00:00Z`, 3));
    return painInsights({
      entries: es,
      runs: rs,
      shoes: [],
      sessions: [],
      timeZone: 'UTC',
      now,
    }).insights.find((i) => i.code === 'treadmill')!;
  };
  it('needs 5 entries on each side', () => {
    expect(series([1, 3, 5, 7, 9], [2, 4, 6, 8, 10]).enough).toBe(true);
    expect(series([1, 3, 5, 7], [2, 4, 6, 8, 10]).enough).toBe(false);
    expect(series([1, 3, 5, 7, 9], [2, 4, 6, 8]).enough).toBe(false);
  });
  it('on at least 3 different days', () => {
    const twoDays = (day: number) => [day, day, day];
    const i = series([...twoDays(1), 3, 3], [2, 4, 6, 8, 10]);
    expect(i.with).toMatchObject({ entries: 5, days: 2 });
    expect(i.enough).toBe(false);
    expect(series([1, 1, 1, 3, 5], [2, 4, 6, 8, 10]).enough).toBe(true);
  });
});
