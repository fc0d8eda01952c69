import { describe, expect, it } from 'vitest';
import { isPlausible, PLAUSIBLE, plausibleOnly, stoppedS } from './plausible-samples';

describe('plausible samples', () => {
  const cases = [
    ['speed', PLAUSIBLE.speedMps, 0.5, 12],
    ['heart rate', PLAUSIBLE.heartRateBpm, 30, 230],
    ['cadence', PLAUSIBLE.cadenceSpm, 40, 260],
  ] as const;
  for (const [name, band, min, max] of cases) {
    it(`keeps ${name} from ${min} to ${max}, bounds included, and nothing beyond`, () => {
      expect(isPlausible(min, band)).toBe(true);
      expect(isPlausible(max, band)).toBe(true);
      expect(isPlausible(min - 0.01, band)).toBe(false);
      expect(isPlausible(max + 0.01, band)).toBe(false);
      expect(isPlausible((min + max) / 2, band)).toBe(true);
    });
  }

  it('treats missing and broken samples as gaps', () => {
    expect(isPlausible(null, PLAUSIBLE.cadenceSpm)).toBe(false);
    expect(isPlausible(Number.NaN, PLAUSIBLE.cadenceSpm)).toBe(false);
    expect(isPlausible(Number.POSITIVE_INFINITY, PLAUSIBLE.speedMps)).toBe(false);
  });

  it('leaves gaps where samples were dropped, keeping positions', () => {
    expect(plausibleOnly([29, 30, null, 230, 231], PLAUSIBLE.heartRateBpm)).toEqual([
      null,
      30,
      null,
      230,
      null,
    ]);
  });

  it('shows moving time after more than a minute of stops', () => {
    expect(stoppedS({ elapsedS: 3_659, timerS: 3_600 })).toBeNull();
    expect(stoppedS({ elapsedS: 3_660, timerS: 3_600 })).toBe(60);
    expect(stoppedS({ elapsedS: 3_600, timerS: null })).toBeNull();
  });
});
