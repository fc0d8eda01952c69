import { describe, expect, it } from 'vitest';
import { FORM_CUE_IDS } from '../plan/form-cues';
import { FORM_ADVICE_THRESHOLDS, formAdvice } from './advice';
import type { Measure } from './types';

const m = (value: number, band = 0): Measure => ({ value, spread: 0, band });
const advise = (overstride: number, cadence: number, lean: number) =>
  formAdvice({ overstrideLegs: m(overstride), cadenceSpm: m(cadence), trunkLeanDeg: m(lean) });

describe('formAdvice', () => {
  it('asks an overstrider to land under the hips, with +5% cadence below 170 spm', () => {
    const a = advise(0.32, 160, 8);
    expect(a.cue).toBe('land_under_hips');
    expect(a.cadenceTargetSpm).toBe(168);
    expect(a.reason).toContain('0.32 leg lengths');
    expect(a.reason).toContain('168 steps a minute instead of your 160');
  });

  it('rounds the cadence target to whole steps a minute', () => {
    expect(advise(0.3, 163.4, 5).cadenceTargetSpm).toBe(171); // 163 × 1.05 = 171.15
    expect(advise(0.3, 150, 5).cadenceTargetSpm).toBe(158); // 157.5 rounds up
  });

  it('offers no cadence target to an overstrider already at 170 spm or more', () => {
    const a = advise(0.3, 176, 5);
    expect(a.cue).toBe('land_under_hips');
    expect(a.cadenceTargetSpm).toBeNull();
    expect(a.reason).not.toContain('steps a minute');
  });

  it('puts overstriding before a waist bend', () => {
    expect(advise(0.3, 165, 20).cue).toBe('land_under_hips');
  });

  it('asks for a lean from the ankles when the trunk folds forward', () => {
    const a = advise(0.15, 175, 19);
    expect(a.cue).toBe('lean_from_ankles');
    expect(a.reason).toContain('19°');
    expect(a.cadenceTargetSpm).toBeNull();
  });

  it('asks to run tall when leaning back', () => {
    const a = advise(0.15, 175, -6);
    expect(a.cue).toBe('tall_posture');
    expect(a.reason).toContain('6° backwards');
  });

  it('says nothing stands out within the thresholds, with the runner’s numbers', () => {
    const a = advise(0.18, 172, 7);
    expect(a).toEqual({
      cue: null,
      reason:
        'Nothing stands out: your foot lands about 0.18 leg lengths ahead of your hips and your trunk leans about 7° forward, both in the usual range.',
      cadenceTargetSpm: null,
    });
    expect(advise(0.18, 172, 0.2).reason).toContain('your trunk is upright');
    expect(advise(0.18, 172, -2).reason).toContain('leans about 2° back');
  });

  it('switches exactly at the thresholds', () => {
    const t = FORM_ADVICE_THRESHOLDS;
    expect(advise(t.overstrideLegs, 160, 5).cue).toBeNull();
    expect(advise(t.overstrideLegs + 0.001, 160, 5).cue).toBe('land_under_hips');
    expect(advise(0.1, 175, t.waistBendDeg).cue).toBeNull();
    expect(advise(0.1, 175, t.waistBendDeg + 0.1).cue).toBe('lean_from_ankles');
    expect(advise(0.1, 175, t.leanBackDeg).cue).toBeNull();
    expect(advise(0.1, 175, t.leanBackDeg - 0.1).cue).toBe('tall_posture');
  });

  it('only names cues the plan knows, so the page can link their drills', () => {
    for (const a of [advise(0.3, 160, 5), advise(0.1, 175, 20), advise(0.1, 175, -8)]) {
      expect(FORM_CUE_IDS).toContain(a.cue);
    }
  });
});
