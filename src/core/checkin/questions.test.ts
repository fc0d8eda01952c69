import { describe, expect, it } from 'vitest';
import {
  carryForward,
  STANDING_WORDS_SINCE,
  isAsked,
  missingAnswers,
  requiredCodes,
  STANDING_CODES,
  WARNING_SIGN_CODES,
} from './questions';
import { findingDef, FINDINGS, NEUROLOGICAL_CODES, type FindingCode } from './vocabulary';
import { completeFindings } from '../../../test/support/checkin-builders';

const ctx = (answers: Record<string, boolean | 'unsure'> = {}, age = 30, sex: 'F' | 'M' = 'F') => ({
  age,
  sex,
  answers: new Map(Object.entries(answers)),
});
const def = (code: string) => findingDef(code)!;

describe('which questions are asked and required', () => {
  it('asks the bruise question only after a slip or fall (Yes or Not sure)', () => {
    expect(isAsked(def('bruising_abrasion_back'), ctx())).toBe(false);
    expect(isAsked(def('bruising_abrasion_back'), ctx({ trauma_minor: false }))).toBe(false);
    expect(isAsked(def('bruising_abrasion_back'), ctx({ trauma_minor: true }))).toBe(true);
    expect(isAsked(def('bruising_abrasion_back'), ctx({ trauma_minor: 'unsure' }))).toBe(true);
  });

  it('never asks for a hop test on a leg that already hurts to stand or walk on', () => {
    expect(isAsked(def('pain_single_leg_hop'), ctx({ pain_on_walking: false }))).toBe(true);
    expect(isAsked(def('pain_single_leg_hop'), ctx({ pain_on_walking: true }))).toBe(false);
    expect(isAsked(def('pain_single_leg_hop'), ctx({ pain_on_walking: 'unsure' }))).toBe(false);
    expect(isAsked(def('groin_pain_on_hop'), ctx({ groin_pain_weight_bearing: true }))).toBe(false);
    expect(isAsked(def('groin_pain_on_hop'), ctx({ groin_pain_weight_bearing: false }))).toBe(true);
  });

  it('offers a hop test only once walking or standing is answered No, never beside a blank', () => {
    expect(isAsked(def('pain_single_leg_hop'), ctx())).toBe(false);
    expect(isAsked(def('groin_pain_on_hop'), ctx())).toBe(false);
  });

  it('§9.10: urgency-raising pain and bone questions must be answered; C2’s only under 20', () => {
    const required = requiredCodes(ctx({ pain_on_walking: false }, 30, 'F'));
    for (const code of [
      'pain_radiating_below_knee_unilateral',
      'pain_sacral',
      'pain_buttock_unilateral',
      'pain_single_leg_hop',
      'pain_on_walking',
      'menstrual_dysfunction',
      'low_energy_availability',
      'previous_stress_fracture',
      'pain_duration_days',
      'pain_score_0_10',
    ])
      expect(required, code).toContain(code);
    expect(required).not.toContain('pain_with_extension');
    expect(requiredCodes(ctx({}, 19, 'M'))).toContain('pain_with_extension');
    expect(requiredCodes(ctx({}, 30, 'M'))).not.toContain('menstrual_dysfunction');
    // factor-only questions stay optional
    expect(required).not.toContain('shoe_km');
    expect(required).not.toContain('hip_flexor_tightness');
  });

  it('a complete set of answers leaves nothing missing; dropping any required one names it', () => {
    const findings = completeFindings(30, 'F');
    expect(missingAnswers({ age: 30, sex: 'F', findings })).toEqual([]);
    for (const f of findings) {
      const rest = findings.filter((x) => x.code !== f.code);
      expect(missingAnswers({ age: 30, sex: 'F', findings: rest })).toEqual([f.code]);
    }
  });

  it('the warning-sign screen holds every red flag and every neurological code', () => {
    for (const f of FINDINGS.filter((x) => x.group === 'red_flag'))
      expect(WARNING_SIGN_CODES.has(f.code), f.code).toBe(true);
    for (const code of NEUROLOGICAL_CODES) expect(WARNING_SIGN_CODES.has(code), code).toBe(true);
  });
});

describe('carrying standing history forward (§9.8)', () => {
  const now = new Date('2027-04-01T12:00:00Z');
  const last = (daysAgo: number, complete = true) => ({
    id: 'c1',
    createdAt: new Date(now.getTime() - daysAgo * 86_400_000).toISOString(),
    complete,
    findings: [
      { code: 'history_cancer', value: false },
      { code: 'osteoporosis_known', value: true },
      { code: 'saddle_numbness', value: false },
      { code: 'fever', value: false },
      { code: 'psoriasis', value: false },
    ],
  });

  it('is exactly the standing-history codes of §9.8', () => {
    expect([...STANDING_CODES].sort()).toEqual(
      [
        'osteoporosis_known',
        'corticosteroid_long_term',
        'history_cancer',
        'immunosuppression',
        'iv_drug_use',
        'psoriasis',
        'ibd_history',
        'family_history_spa',
        'previous_stress_fracture',
      ].sort(),
    );
  });

  it('takes only standing history, never symptoms, from a complete check-in under 90 days old', () => {
    const carried = carryForward(last(10), now);
    expect(carried?.answers.map((a) => a.code)).toEqual([
      'osteoporosis_known',
      'history_cancer',
      'psoriasis',
    ]);
    expect(carried?.answers.map((a) => a.code)).not.toContain('saddle_numbness' as FindingCode);
    expect(carryForward(last(89.9), now)).not.toBeNull();
    expect(carryForward(last(90), now)).toBeNull();
    expect(carryForward(last(10, false), now)).toBeNull();
    expect(carryForward(null, now)).toBeNull();
  });

  it('never carries an answer given to the older, narrower words of the standing questions', () => {
    const reworded = Date.parse(STANDING_WORDS_SINCE);
    const at = (ms: number) => ({ ...last(0), createdAt: new Date(ms).toISOString() });
    const soon = new Date(reworded + 86_400_000);
    expect(carryForward(at(reworded - 1000), soon)).toBeNull();
    expect(carryForward(at(reworded), soon)).not.toBeNull();
  });
});
