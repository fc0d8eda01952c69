import { describe, expect, it } from 'vitest';
import { doseWords } from './dose-words';
import { EXERCISES } from './doses';
import { ICE_OR_HEAT_ADVICE, iceOrHeat, RECOVERY_SECTIONS, type SoreSigns } from './recovery-guide';

const none: SoreSigns = { swelling: false, freshSoreness: false, stiffness: false, tightness: false };

describe('iceOrHeat', () => {
  it('says ice for swelling and for fresh soreness', () => {
    expect(iceOrHeat({ ...none, swelling: true })).toBe('ice');
    expect(iceOrHeat({ ...none, freshSoreness: true })).toBe('ice');
  });

  it('says heat for stiffness and for tightness', () => {
    expect(iceOrHeat({ ...none, stiffness: true })).toBe('heat');
    expect(iceOrHeat({ ...none, tightness: true })).toBe('heat');
  });

  it('says ice first when signs of both are there, and either when there are none', () => {
    expect(iceOrHeat({ ...none, swelling: true, tightness: true })).toBe('ice_first');
    expect(iceOrHeat({ swelling: true, freshSoreness: true, stiffness: true, tightness: true })).toBe(
      'ice_first',
    );
    expect(iceOrHeat(none)).toBe('either');
  });

  it('has advice and an evidence line for every answer; heat is the one trials support', () => {
    for (const advice of Object.values(ICE_OR_HEAT_ADVICE)) {
      expect(advice.steps.length).toBeGreaterThan(0);
      expect(advice.evidence.length).toBeGreaterThan(10);
    }
    expect(ICE_OR_HEAT_ADVICE.heat.evidence).toMatch(/trials/);
    expect(ICE_OR_HEAT_ADVICE.ice.evidence).toMatch(/not enough/);
  });
});

describe('recovery sections', () => {
  it('covers rest days, active recovery and foam rolling, each exercise from its own group', () => {
    expect(RECOVERY_SECTIONS.map((s) => s.id)).toEqual(['rest_days', 'active_recovery', 'foam_rolling']);
    const groups = { rest_days: [], active_recovery: 'active_recovery', foam_rolling: 'foam_rolling' };
    for (const s of RECOVERY_SECTIONS)
      for (const id of s.exercises) expect(EXERCISES[id].group, id).toBe(groups[s.id]);
  });

  it('gives foam rolling the article’s 1–2 minutes a muscle group, as the library doses it', () => {
    const rolling = RECOVERY_SECTIONS.find((s) => s.id === 'foam_rolling')!;
    expect(rolling.points[0]).toMatch(/1 to 2 minutes/);
    for (const id of rolling.exercises) expect(doseWords(id)).toBe('1–2 minutes');
  });
});
