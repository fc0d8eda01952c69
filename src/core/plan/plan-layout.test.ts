import { describe, expect, it } from 'vitest';
import { splitRuns } from './plan-days';
import { weekLayout } from './plan-layout';

describe('weekLayout', () => {
  it('spreads runs apart with the long run on Sunday and rests on Monday', () => {
    expect(weekLayout({ runsPerWeek: 3, running: true, extraStrength: false })).toEqual({
      runDays: [1, 3, 6],
      longRunDay: 6,
      restDay: 0,
      strengthDays: [2, 4, 6],
      easyDays: [2, 4, 5],
    });
  });

  it('six runs leave one rest day; a seventh run is not planned', () => {
    const layout = weekLayout({ runsPerWeek: 7, running: true, extraStrength: false });
    expect(layout.runDays).toHaveLength(6);
    expect(layout.runDays).not.toContain(layout.restDay);
    expect(layout.strengthDays).toHaveLength(2);
  });

  it('runs only on available days; the long run on the latest when no weekend day is free', () => {
    const layout = weekLayout({
      runsPerWeek: 3,
      availableDays: ['mon', 'wed'],
      running: true,
      extraStrength: false,
    });
    expect(layout.runDays).toEqual([0, 2]);
    expect(layout.longRunDay).toBe(2);
    expect(layout.restDay).toBe(3);
  });

  it('no running: no runs and no strength, one rest day', () => {
    const layout = weekLayout({ runsPerWeek: 4, running: false, extraStrength: true });
    expect(layout).toMatchObject({ runDays: [], strengthDays: [], restDay: 0 });
  });
});

describe('splitRuns', () => {
  it('gives the long run its share and splits the rest evenly, summing exactly', () => {
    expect(splitRuns(10_000, 3)).toEqual([4_000, 3_000, 3_000]);
    expect(splitRuns(10_100, 2)).toEqual([5_600, 4_500]);
    expect(splitRuns(2_500, 4)).toEqual([1_400, 1_100]); // two runs of at least 1 km, 55 % the long one
    expect(splitRuns(600, 3)).toEqual([600]);
    expect(splitRuns(0, 3)).toEqual([]);
  });
});
