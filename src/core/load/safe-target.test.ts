import { describe, expect, it } from 'vitest';
import { NOW, runAgo, weeksOfKm } from '../../../test/support/load-runs';
import { safeTarget, spikeCap, targetFor, targetState } from './safe-target';
import { isSpike, weeklyDistance } from './weekly-distance';

const base = [10_000, 10_000, 10_000, 10_000];

describe('spikeCap: the most a week can hold without being a spike', () => {
  it('is the last whole metre under +30 %', () => {
    expect(spikeCap(base)).toBe(12_999);
    expect(isSpike(12_999, base)).toBe(false);
    expect(isSpike(13_000, base)).toBe(true);
  });
  it('holds for uneven baselines', () => {
    // mean 7.5 km: 9.75 km is exactly +30 %
    expect(spikeCap([0, 10_000, 10_000, 10_000])).toBe(9_749);
    const odd = [3_001, 7_777, 12_345, 999];
    const cap = spikeCap(odd)!;
    expect(isSpike(cap, odd)).toBe(false);
    expect(isSpike(cap + 1, odd)).toBe(true);
  });
  it('is not measured over an empty baseline', () => {
    expect(spikeCap([0, 0, 0, 0])).toBeNull();
  });
});

describe('targetFor: last week + 10 %, capped under the spike', () => {
  it('adds 10 % when the cap is higher', () => {
    expect(targetFor(10_000, base)).toEqual({ targetM: 11_000, basis: 'rule10' });
    expect(targetFor(11_817, base)).toEqual({ targetM: 12_998, basis: 'rule10' });
  });
  it('takes the cap at and above the point where +10 % would reach a spike', () => {
    // 11 818 m + 10 % = 12 999.8 → 12 999 m, equal to the cap: the rule still gives it.
    expect(targetFor(11_818, base)).toEqual({ targetM: 12_999, basis: 'rule10' });
    expect(targetFor(11_819, base)).toEqual({ targetM: 12_999, basis: 'spike_cap' });
    expect(targetFor(12_000, base)).toEqual({ targetM: 12_999, basis: 'spike_cap' });
  });
  it('asks to come down after a spike week', () => {
    expect(targetFor(20_000, base)).toEqual({ targetM: 12_999, basis: 'spike_cap' });
  });
  it('is just +10 % without a baseline, and none without last week', () => {
    expect(targetFor(20_000, null)).toEqual({ targetM: 22_000, basis: 'rule10' });
    expect(targetFor(0, null)).toBeNull();
    expect(targetFor(0, base)).toBeNull();
  });
  it('passes the 10 % rule exactly', () => {
    expect(targetFor(12_345, null)?.targetM).toBe(13_579);
  });
});

describe('targetState', () => {
  it('is near from 90 % of the target, over past it', () => {
    expect(targetState(8_999, 10_000)).toBe('under');
    expect(targetState(9_000, 10_000)).toBe('near');
    expect(targetState(10_000, 10_000)).toBe('near');
    expect(targetState(10_001, 10_000)).toBe('over');
    expect(targetState(0, 10_000)).toBe('under');
  });
});

describe('safeTarget: this week on the runner’s clock', () => {
  it('uses last week and the four before it, and counts this week so far', () => {
    const t = safeTarget({
      activities: [...weeksOfKm([10, 10, 10, 10, 12]), runAgo(-1, { distanceM: 4_000 })],
      now: NOW,
      timeZone: 'UTC',
    });
    expect(t).toEqual({
      weekStart: '2026-11-30',
      daysLeft: 4, // Thursday to Sunday
      doneM: 4_000,
      lastWeekM: 12_000,
      baselineM: 10_000,
      targetM: 12_999,
      remainingM: 8_999,
      state: 'under',
      basis: 'spike_cap',
    });
  });

  it('meeting the capped target leaves no spike at the end of the week', () => {
    const history = weeksOfKm([10, 10, 10, 10, 12]);
    const t = safeTarget({ activities: history, now: NOW, timeZone: 'UTC' });
    const done = [...history, runAgo(-1, { distanceM: t.targetM! })];
    const end = new Date('2026-12-07T12:00:00.000Z'); // the next Monday: this week is complete
    const week = weeklyDistance({ activities: done, now: end, timeZone: 'UTC', weeks: 2 })[0]!;
    expect(week).toMatchObject({ weekStart: '2026-11-30', spike: false, increasePct: 30 });
    const over = [...history, runAgo(-1, { distanceM: t.targetM! + 1 })];
    expect(weeklyDistance({ activities: over, now: end, timeZone: 'UTC', weeks: 2 })[0]!.spike).toBe(true);
  });

  it('is just +10 % with under six weeks of history (the cap needs W−5)', () => {
    const t = safeTarget({ activities: weeksOfKm([10, 10, 10, 20]), now: NOW, timeZone: 'UTC' });
    expect(t).toMatchObject({ baselineM: null, targetM: 22_000, basis: 'rule10', state: 'under' });
    // Exactly six weeks up to this week: the first run in W−5 gives the cap.
    const six = safeTarget({ activities: weeksOfKm([10, 10, 10, 10, 20]), now: NOW, timeZone: 'UTC' });
    expect(six).toMatchObject({ baselineM: 10_000, targetM: 12_999, basis: 'spike_cap' });
  });

  it('is just +10 % over an empty baseline', () => {
    const t = safeTarget({ activities: weeksOfKm([10, 0, 0, 0, 0, 8]), now: NOW, timeZone: 'UTC' });
    expect(t).toMatchObject({ baselineM: null, targetM: 8_800, basis: 'rule10' });
  });

  it('has no target without running last week, or for a new runner', () => {
    const idle = safeTarget({
      activities: [...weeksOfKm([10, 10, 0]), runAgo(-1, { distanceM: 3_000 })],
      now: NOW,
      timeZone: 'UTC',
    });
    expect(idle).toMatchObject({ doneM: 3_000, lastWeekM: 0, targetM: null, remainingM: null, state: null });
    const fresh = safeTarget({ activities: [runAgo(-1)], now: NOW, timeZone: 'UTC' });
    expect(fresh).toMatchObject({ doneM: 10_000, targetM: null, basis: null });
    expect(safeTarget({ activities: [], now: NOW, timeZone: 'UTC' })).toMatchObject({
      doneM: 0,
      lastWeekM: 0,
      targetM: null,
    });
  });

  it('says over once this week passes the target, with nothing left', () => {
    const t = safeTarget({
      activities: [...weeksOfKm([10]), runAgo(-1, { distanceM: 11_001 })],
      now: NOW,
      timeZone: 'UTC',
    });
    expect(t).toMatchObject({ targetM: 11_000, remainingM: 0, state: 'over' });
  });

  it('counts days left on the runner’s clock', () => {
    // Sunday 6 December 23:30 in Paris is 22:30 UTC: one day left there; Monday in Tokyo, a new week.
    const late = new Date('2026-12-06T22:30:00.000Z');
    expect(safeTarget({ activities: [], now: late, timeZone: 'Europe/Paris' })).toMatchObject({
      weekStart: '2026-11-30',
      daysLeft: 1,
    });
    expect(safeTarget({ activities: [], now: late, timeZone: 'Asia/Tokyo' })).toMatchObject({
      weekStart: '2026-12-07',
      daysLeft: 7,
    });
  });
});
