import { describe, expect, it } from 'vitest';
import { fellMeaningfully, notImprovingWeeks } from './not-improving';

const now = new Date('2026-03-01T09:00:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000).toISOString();

describe('not_improving_weeks from history (§9.6)', () => {
  it('a meaningful fall is at least 2 points and at least 30%', () => {
    expect(fellMeaningfully(6, 4)).toBe(true); // 2 points, 33%
    expect(fellMeaningfully(7, 5)).toBe(false); // 2 points, 29%
    expect(fellMeaningfully(10, 7)).toBe(true); // 3 points, 30%
    expect(fellMeaningfully(3, 2)).toBe(false); // 1 point
    expect(fellMeaningfully(2, 0)).toBe(true);
  });

  it('counts whole weeks since the first record of this episode while pain has not fallen', () => {
    const history = [
      { at: daysAgo(29), painScore: 5 },
      { at: daysAgo(14), painScore: 6 },
    ];
    expect(notImprovingWeeks({ history, painScore: 5, durationDays: 35, now })).toEqual({
      weeks: 4,
      since: daysAgo(29),
      baseline: 5,
      records: 2,
    });
    expect(notImprovingWeeks({ history, painScore: 5, durationDays: 35, now })?.weeks).toBe(4);
    expect(
      notImprovingWeeks({ history: [{ at: daysAgo(27), painScore: 5 }], painScore: 5, durationDays: 35, now })
        ?.weeks,
    ).toBe(3);
  });

  it('is 0 once the pain has fallen meaningfully from the first record', () => {
    const history = [{ at: daysAgo(40), painScore: 6 }];
    expect(notImprovingWeeks({ history, painScore: 4, durationDays: 50, now })?.weeks).toBe(0);
    expect(notImprovingWeeks({ history, painScore: 5, durationDays: 50, now })?.weeks).toBe(5);
  });

  it('ignores records from before this episode began; none at all means ask the runner', () => {
    const history = [{ at: daysAgo(60), painScore: 8 }];
    expect(notImprovingWeeks({ history, painScore: 8, durationDays: 10, now })).toBeNull();
    expect(notImprovingWeeks({ history: [], painScore: 8, durationDays: 100, now })).toBeNull();
    expect(notImprovingWeeks({ history, painScore: 8, durationDays: 60, now })?.weeks).toBe(8);
  });
});
