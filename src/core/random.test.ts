import { describe, expect, it } from 'vitest';
import { gaussian, seededRandom } from './random';

describe('seededRandom', () => {
  it('gives the same numbers for the same seed, in [0, 1)', () => {
    expect(seededRandom(1)()).toBe(0.6270739405881613);
    const a = seededRandom(20261201);
    const b = seededRandom(20261201);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
  });

  it('draws normal deviates with mean near 0 and spread near 1', () => {
    const r = seededRandom(7);
    const xs = Array.from({ length: 20000 }, () => gaussian(r));
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sd - 1)).toBeLessThan(0.03);
  });
});
