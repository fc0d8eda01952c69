import { describe, expect, it } from 'vitest';
import { at, findPeaks } from './contacts';

describe('findPeaks', () => {
  it('finds each peak of a sine, with its sub-frame time and height', () => {
    // Peaks at t = 0.25 + k on a grid of 0.1: between samples.
    const values = Float64Array.from({ length: 50 }, (_, i) => Math.sin(2 * Math.PI * (i * 0.1 - 0.03)));
    const peaks = findPeaks(values, { minDistance: 5, minProminence: 0.5 });
    expect(peaks.map((p) => p.index)).toEqual([3, 13, 23, 33, 43]);
    for (const p of peaks) {
      expect((p.index + p.offset) * 0.1).toBeCloseTo(0.28 + Math.floor(p.index / 10), 2);
      expect(p.value).toBeCloseTo(1, 2);
    }
  });

  it('times a flat, noisy top by the midpoint of its flanks', () => {
    // A broad symmetric peak centred on index 15 whose highest sample, by noise, is index 14.
    const values = Float64Array.from({ length: 31 }, (_, i) => 10 - ((i - 15) / 4) ** 2);
    values[14] = 10.2;
    const [peak] = findPeaks(values, { minDistance: 5, minProminence: 1 });
    expect(peak!.index).toBe(14);
    expect(peak!.centre).toBeCloseTo(15, 1);
    expect(peak!.value).toBeGreaterThan(10);
  });

  it('falls back to the top when a flank runs into a gap', () => {
    const values = Float64Array.from([0, 1, 2, 3, 4, 3, NaN, 1, 0]);
    const [peak] = findPeaks(values, { minDistance: 2, minProminence: 1 });
    expect(peak!.centre).toBeCloseTo(peak!.index + peak!.offset, 10);
  });

  it('keeps the higher of two peaks too close together', () => {
    const peaks = findPeaks(Float64Array.from([0, 2, 1, 3, 0, 0, 0, 0]), {
      minDistance: 3,
      minProminence: 0.5,
    });
    expect(peaks.map((p) => p.index)).toEqual([3]);
  });

  it('ignores ripples that do not stand clear of the troughs beside them', () => {
    const values = Float64Array.from([0, 5, 0, 0, 0.1, 0.05, 0.2, 0, 5, 0]);
    expect(findPeaks(values, { minDistance: 1, minProminence: 1 }).map((p) => p.index)).toEqual([1, 8]);
  });

  it('does not take a peak beside a gap', () => {
    const values = Float64Array.from([0, 1, 4, NaN, 1, 0, 3, 0]);
    expect(findPeaks(values, { minDistance: 1, minProminence: 1 }).map((p) => p.index)).toEqual([6]);
  });
});

describe('at', () => {
  it('interpolates between samples and stays within the ends', () => {
    expect(at([0, 10, 20], 1.25)).toBe(12.5);
    expect(at([0, 10, 20], 0.5)).toBe(5);
    expect(at([0, 10, 20], 2)).toBe(20);
    expect(at([0, 10, 20], 5)).toBe(20);
  });
});
