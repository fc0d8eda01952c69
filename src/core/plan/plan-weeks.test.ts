import { describe, expect, it } from 'vitest';
import { weeklyTargetsM } from './plan-weeks';

const targets = (historyM: number[], weeks = 3, lighterFirst = false) =>
  weeklyTargetsM({ historyM, weeks, runsPerWeek: 3, lighterFirst });

describe('weeklyTargetsM', () => {
  it('adds 10 % a week, rounded down to 100 m', () => {
    expect(targets([10_000])).toEqual([11_000, 12_100, 13_300]);
    expect(targets([10_050], 1)).toEqual([11_000]);
  });

  it('stays under a spike against the four weeks before the two-week window, history included', () => {
    // Week 1's window is [15 km, week 1] against 10 km a week: 13 km would already be +30 %.
    expect(targets([10_000, 10_000, 10_000, 10_000, 15_000], 1)).toEqual([12_900]);
  });

  it('a short history caps too: no climb on a recent jump followed by a fall once four weeks are known', () => {
    // 10, 12, 18 then 26 km: +10 % would make 28.6 km, a spike against the 13.3 km of the three weeks before.
    const [first, second, third] = targets([10_000, 12_000, 18_000, 26_000]);
    expect(first).toBe(17_300);
    expect(second).toBeGreaterThanOrEqual(first!);
    expect(third).toBeGreaterThanOrEqual(second!);
    // One week of history is no baseline: + 10 %.
    expect(targets([26_000], 1)).toEqual([28_600]);
  });

  it('starts low without recent running: 2 km a run, under the spike cap when the weeks before are known', () => {
    expect(targets([], 2)).toEqual([6_000, 6_600]);
    expect(targets([3_000, 3_000, 3_000, 3_000, 0], 1)).toEqual([3_800]);
  });

  it('a restart after next to no running starts low: weeks under 2 km on average are no spike baseline', () => {
    // 0.1 km three weeks ago: against that, any run would be a spike, and the plan would hold the runner at 0.
    const back = weeklyTargetsM({ historyM: [100, 0, 0], weeks: 3, runsPerWeek: 3, lighterFirst: false });
    expect(back).toEqual([6_000, 6_600, 7_200]);
    // Two kilometres a week on average is a baseline: the cap holds the low start under a spike.
    const some = weeklyTargetsM({
      historyM: [2_000, 2_000, 2_000, 2_000, 0],
      weeks: 1,
      runsPerWeek: 3,
      lighterFirst: false,
    });
    expect(some).toEqual([2_500]);
  });

  it('a lighter first week after a load spike: 80 % of the last week', () => {
    expect(targets([20_000], 2, true)).toEqual([16_000, 17_600]);
    expect(targets([], 1, true)).toEqual([4_800]);
  });
});
