import { describe, expect, it } from 'vitest';
import {
  conditionContext,
  CONDITIONS,
  datedEntry,
  type InsightRun,
  type InsightSession,
  type InsightShoe,
} from './insight-conditions';

const run = (startTime: string, km: number, over: Partial<InsightRun> = {}): InsightRun => ({
  startTime,
  utcOffsetS: 0,
  distanceM: km * 1000,
  treadmill: false,
  shoeId: null,
  ...over,
});
const ctxOf = (
  runs: InsightRun[],
  opts: { shoes?: InsightShoe[]; sessions?: InsightSession[]; timeZone?: string } = {},
) =>
  conditionContext({
    runs,
    shoes: opts.shoes ?? [],
    sessions: opts.sessions ?? [],
    longFrom: 0,
    timeZone: opts.timeZone ?? 'UTC',
  });
const at = (iso: string, timeZone = 'UTC') => datedEntry(iso, timeZone);

describe('distance_rise (the 10% rule)', () => {
  const entry = at('2026-11-15T12:00:00Z');
  const weeks = (before: number, last: number) =>
    ctxOf([run('2026-11-05T08:00:00Z', before), run('2026-11-12T08:00:00Z', last)]);
  it('is up above 10%, not at 10%', () => {
    expect(CONDITIONS.distance_rise(weeks(10, 11), entry)).toBe(false);
    expect(CONDITIONS.distance_rise(weeks(10, 11.01), entry)).toBe(true);
    expect(CONDITIONS.distance_rise(weeks(10, 8), entry)).toBe(false);
  });
  it('cannot tell without running in the 7 days before the last 7', () => {
    expect(CONDITIONS.distance_rise(ctxOf([run('2026-11-12T08:00:00Z', 10)]), entry)).toBeNull();
  });
  it('counts a run at the entry’s very instant, and not one after it', () => {
    const ctx = ctxOf([run('2026-11-05T08:00:00Z', 10), run('2026-11-15T12:00:00Z', 12)]);
    expect(CONDITIONS.distance_rise(ctx, entry)).toBe(true);
    expect(CONDITIONS.distance_rise(ctx, at('2026-11-15T11:59:00Z'))).toBe(false);
  });
});

describe('long_run', () => {
  it('is a run of 1.5 times the median or more, in the two days before', () => {
    const ctx = ctxOf([
      run('2026-11-01T08:00:00Z', 6),
      run('2026-11-02T08:00:00Z', 6),
      run('2026-11-03T08:00:00Z', 6),
      run('2026-11-05T08:00:00Z', 9), // median of 6, 6, 6, 8.9, 9 is 6 → 9 km is long
      run('2026-11-06T08:00:00Z', 8.9),
    ]);
    expect(ctx.runs.map((r) => r.long)).toEqual([false, false, false, true, false]);
    expect(CONDITIONS.long_run(ctx, at('2026-11-07T08:00:00Z'))).toBe(true); // exactly 48 h
    expect(CONDITIONS.long_run(ctx, at('2026-11-07T08:01:00Z'))).toBe(false);
  });
  it('cannot tell with fewer than three runs or none long', () => {
    const two = ctxOf([run('2026-11-01T08:00:00Z', 5), run('2026-11-03T08:00:00Z', 20)]);
    expect(CONDITIONS.long_run(two, at('2026-11-03T10:00:00Z'))).toBeNull();
    const even = ctxOf([1, 2, 3].map((d) => run(`2026-11-0${d}T08:00:00Z`, 5)));
    expect(CONDITIONS.long_run(even, at('2026-11-03T10:00:00Z'))).toBeNull();
  });
});

describe('worn_shoes', () => {
  const shoes = [{ id: 's', startKm: 495 }];
  const ctx = ctxOf(
    [
      run('2026-11-01T08:00:00Z', 5, { shoeId: 's' }), // starts at 495 km
      run('2026-11-03T08:00:00Z', 5, { shoeId: 's' }), // starts at exactly 500 km
      run('2026-11-05T08:00:00Z', 5, { shoeId: 's' }), // starts at 505 km
      run('2026-11-07T08:00:00Z', 5), // no shoe
    ],
    { shoes },
  );
  it('counts the shoe’s distance at the start of the run before the entry, past 500 km', () => {
    expect(ctx.runs.map((r) => r.shoeKm)).toEqual([495, 500, 505, null]);
    expect(CONDITIONS.worn_shoes(ctx, at('2026-11-01T10:00:00Z'))).toBe(false);
    expect(CONDITIONS.worn_shoes(ctx, at('2026-11-03T10:00:00Z'))).toBe(false);
    expect(CONDITIONS.worn_shoes(ctx, at('2026-11-05T10:00:00Z'))).toBe(true);
  });
  it('cannot tell without a shoe, or with no run in the three days before', () => {
    expect(CONDITIONS.worn_shoes(ctx, at('2026-11-07T10:00:00Z'))).toBeNull();
    expect(CONDITIONS.worn_shoes(ctx, at('2026-11-20T10:00:00Z'))).toBeNull();
  });
});

describe('treadmill and morning_run read the run of the three days before', () => {
  it('takes the last run, up to exactly 72 hours before', () => {
    const ctx = ctxOf([run('2026-11-01T08:00:00Z', 5, { treadmill: true })]);
    expect(CONDITIONS.treadmill(ctx, at('2026-11-04T08:00:00Z'))).toBe(true);
    expect(CONDITIONS.treadmill(ctx, at('2026-11-04T08:01:00Z'))).toBeNull();
    expect(CONDITIONS.treadmill(ctx, at('2026-11-01T07:59:00Z'))).toBeNull();
  });
  it('a morning run starts before local noon: the device’s offset first, else the runner’s zone', () => {
    const withOffset = ctxOf([run('2026-11-01T11:30:00Z', 5, { utcOffsetS: 3600 })]);
    expect(CONDITIONS.morning_run(withOffset, at('2026-11-01T14:00:00Z'))).toBe(false);
    const zoneOnly = ctxOf([run('2026-11-01T10:59:00Z', 5, { utcOffsetS: null })], {
      timeZone: 'Europe/Paris',
    });
    expect(CONDITIONS.morning_run(zoneOnly, at('2026-11-01T14:00:00Z'))).toBe(true);
    const noon = ctxOf([run('2026-11-01T11:00:00Z', 5, { utcOffsetS: null })], { timeZone: 'Europe/Paris' });
    expect(CONDITIONS.morning_run(noon, at('2026-11-01T14:00:00Z'))).toBe(false);
  });
});

describe('plan_kept', () => {
  const sessions = (done: boolean[]) => done.map((d, i) => ({ date: `2026-11-0${i + 2}`, done: d }));
  const entry = at('2026-11-08T20:00:00Z');
  it('is kept at two thirds of the 7 days’ sessions done, not below', () => {
    expect(CONDITIONS.plan_kept(ctxOf([], { sessions: sessions([true, true, false]) }), entry)).toBe(true);
    expect(CONDITIONS.plan_kept(ctxOf([], { sessions: sessions([true, false, false]) }), entry)).toBe(false);
    expect(
      CONDITIONS.plan_kept(ctxOf([], { sessions: sessions([true, true, false, false, true, true]) }), entry),
    ).toBe(true);
  });
  it('reads the entry’s day and the six before, in the runner’s zone', () => {
    const ctx = ctxOf([], { sessions: [{ date: '2026-11-01', done: false }] });
    expect(CONDITIONS.plan_kept(ctx, at('2026-11-07T20:00:00Z'))).toBe(false);
    expect(CONDITIONS.plan_kept(ctx, at('2026-11-08T08:00:00Z'))).toBeNull();
    // 23:30 UTC on the 7th is already the 8th in Auckland.
    expect(CONDITIONS.plan_kept(ctx, at('2026-11-07T23:30:00Z', 'Pacific/Auckland'))).toBeNull();
  });
});
