import { describe, expect, it } from 'vitest';
import { fillGaps, finite, iqr, median, quantile, rejectSpikes, savitzkyGolay } from './series';

const arr = (...v: number[]) => Float64Array.from(v);

describe('fillGaps', () => {
  it('draws straight lines over short interior gaps only', () => {
    expect(Array.from(fillGaps(arr(0, NaN, NaN, 3, NaN, NaN, NaN, 7), 2))).toEqual([
      0,
      1,
      2,
      3,
      NaN,
      NaN,
      NaN,
      7,
    ]);
  });
  it('leaves gaps at the ends, with nothing to draw from', () => {
    expect(Array.from(fillGaps(arr(NaN, 1, 2, NaN), 3))).toEqual([NaN, 1, 2, NaN]);
  });
});

describe('rejectSpikes', () => {
  it('drops a sample far from its neighbours’ median and keeps a steady movement', () => {
    expect(Array.from(rejectSpikes(arr(1, 2, 30, 4, 5, 6), 5, 10))).toEqual([1, 2, NaN, 4, 5, 6]);
    const ramp = Float64Array.from({ length: 9 }, (_, i) => i * 40);
    expect(Array.from(rejectSpikes(ramp, 5, 10))).toEqual(Array.from(ramp));
  });
});

describe('savitzkyGolay', () => {
  it('keeps a parabola exactly (peaks keep their height)', () => {
    const parabola = Float64Array.from({ length: 21 }, (_, i) => 5 - (i - 10) ** 2 / 7);
    const smoothed = savitzkyGolay(parabola, 7);
    smoothed.forEach((v, i) => expect(v).toBeCloseTo(parabola[i]!, 10));
  });
  it('averages out alternating noise', () => {
    const noisy = Float64Array.from({ length: 21 }, (_, i) => 10 + (i % 2 === 0 ? 1 : -1));
    const smoothed = savitzkyGolay(noisy, 7);
    expect(Math.abs(smoothed[10]! - 10)).toBeLessThan(0.4);
  });
  it('smooths each run between gaps on its own and keeps the gaps', () => {
    const s = savitzkyGolay(arr(1, 2, 3, NaN, 10, 20, 30, 40, 50), 5);
    expect(Number.isNaN(s[3]!)).toBe(true);
    expect(s[0]).toBe(1); // at an end the window shrinks to the point itself
    expect(s[6]).toBeCloseTo(30, 10); // a straight line stays straight
  });
});

describe('statistics', () => {
  it('median, quartiles and IQR ignore NaN', () => {
    expect(median([5, NaN, 1, 3])).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(iqr([1, 2, 3, 4, 5])).toBe(2);
    expect(Number.isNaN(median([]))).toBe(true);
    expect(finite([1, NaN, Infinity, 2])).toEqual([1, 2]);
  });
});
