import { describe, expect, it } from 'vitest';
import { formAdvice } from './advice';
import { FORM_METRIC_KEYS } from './saved-check';
import { TYPICAL_RANGES } from './typical-ranges';
import type { Measure } from './types';

const m = (value: number): Measure => ({ value, spread: 0, band: 0 });

describe('TYPICAL_RANGES', () => {
  it('never calls a number usual that the advice would pick out', () => {
    const [, overTop] = TYPICAL_RANGES.overstrideLegs.typical;
    const [, leanTop] = TYPICAL_RANGES.trunkLeanDeg.typical;
    const advise = (over: number, lean: number) =>
      formAdvice({ overstrideLegs: m(over), cadenceSpm: m(175), trunkLeanDeg: m(lean) }).cue;
    expect(advise(overTop, 8)).toBeNull();
    expect(advise(overTop + 0.01, 8)).toBe('land_under_hips');
    expect(advise(0.1, leanTop)).toBeNull();
    expect(advise(0.1, leanTop + 1)).toBe('lean_from_ankles');
  });

  it('draws each usual range inside its scale and says it in words', () => {
    for (const key of FORM_METRIC_KEYS) {
      const { scale, typical, typicalWords } = TYPICAL_RANGES[key];
      expect(scale[0], key).toBeLessThan(typical[0]);
      expect(typical[0], key).toBeLessThan(typical[1]);
      expect(typical[1], key).toBeLessThan(scale[1]);
      expect(typicalWords, key).toMatch(/^Usual range: /);
    }
  });
});
