import { describe, expect, it } from 'vitest';
import { dailyWorst, painDays } from './pain-days';
import { areasText, scoreWords } from './pain-entry';

describe('painDays and dailyWorst', () => {
  const entries = [
    { id: 'a', at: '2026-12-01T08:00:00Z', score: 3 },
    { id: 'b', at: '2026-12-01T18:00:00Z', score: 6 },
    { id: 'c', at: '2026-12-03T23:30:00Z', score: 2 },
  ];
  it('keeps each day’s worst and lowest entry', () => {
    expect(painDays(entries, 'UTC')).toEqual([
      { day: '2026-12-01', worst: 6, lowest: 3, entryIds: ['a', 'b'] },
      { day: '2026-12-03', worst: 2, lowest: 2, entryIds: ['c'] },
    ]);
  });
  it('uses the runner’s time zone', () => {
    expect(painDays(entries, 'Europe/Paris').at(-1)?.day).toBe('2026-12-04');
  });
  it('gives one point per day, null where nothing was logged', () => {
    expect(dailyWorst(entries, 'UTC', '2026-12-04', 4)).toEqual([
      { day: '2026-12-01', worst: 6 },
      { day: '2026-12-02', worst: null },
      { day: '2026-12-03', worst: 2 },
      { day: '2026-12-04', worst: null },
    ]);
  });
});

describe('pain words', () => {
  it('names areas in body-map order', () => {
    expect(areasText(['thigh_left', 'low_back_central', 'buttock_right'])).toBe(
      'middle of the low back, right buttock and left thigh',
    );
    expect(areasText([])).toBe('no place given');
  });
  it('names the score bands', () => {
    expect([0, 3, 4, 6, 7, 10].map(scoreWords)).toEqual([
      'no pain',
      'mild',
      'moderate',
      'moderate',
      'severe',
      'worst imaginable',
    ]);
  });
});
