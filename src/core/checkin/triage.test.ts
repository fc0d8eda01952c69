import { describe, expect, it } from 'vitest';
import { checkin } from '../../../test/support/checkin-builders';
import { meanwhileLines, RULES, triage } from './triage';
import type { RuleId } from './rule-def';

const ids = (c: Parameters<typeof triage>[0]): RuleId[] => triage(c).rules.map((r) => r.id);

describe('triage: each rule fires on its own findings', () => {
  const cases: [RuleId, Parameters<typeof checkin>, string][] = [
    ['E1', [{ saddle_numbness: true }], 'emergency'],
    ['E1', [{ bladder_change: true }], 'emergency'],
    ['E1', [{ bowel_change: true }], 'emergency'],
    ['E1', [{ sexual_dysfunction_new: true }], 'emergency'],
    ['E1', [{ leg_symptoms_bilateral: true }], 'emergency'],
    ['E2', [{ leg_weakness_bilateral: true }], 'emergency'],
    ['E2', [{ gait_disturbance: true }], 'emergency'],
    ['E3', [{ fever: true }], 'emergency'],
    ['E3', [{ night_sweats: true, systemically_unwell: true }], 'emergency'],
    ['E4', [{ trauma_major: true }], 'emergency'],
    ['E4', [{ trauma_minor: true, bruising_abrasion_back: true }], 'emergency'],
    ['E5', [{ history_cancer: true, leg_numbness_unilateral_persistent: true }], 'emergency'],
    ['E6', [{ pulsatile_abdominal_mass: true }, 30], 'emergency'],
    ['E6', [{ abdominal_pain_with_back_pain: true, severe_midline_pain_sudden: true }, 65], 'emergency'],
    ['U1', [{ leg_weakness_unilateral: true }], 'urgent'],
    ['U1', [{ neuro_progressive: true, pain_radiating_below_knee_unilateral: true }], 'urgent'],
    ['U2', [{ history_cancer: true }], 'urgent'],
    ['U3', [{ weight_loss_unexplained: true, night_pain_constant: true }], 'urgent'],
    ['U3', [{ systemically_unwell: true, not_improving_weeks: 4 }], 'urgent'],
    ['U4', [{ trauma_minor: true, corticosteroid_long_term: true }], 'urgent'],
    ['U4', [{ severe_midline_pain_sudden: true, osteoporosis_known: true }], 'urgent'],
    ['U5', [{ iv_drug_use: true }], 'urgent'],
    ['U5', [{ immunosuppression: true }], 'urgent'],
    ['U5', [{ corticosteroid_long_term: true }], 'urgent'],
    ['U6', [{ recent_infection: true }], 'urgent'],
    ['U7', [{ groin_pain_weight_bearing: true }], 'urgent'],
    ['U7', [{ groin_pain_on_hop: true }], 'urgent'],
    [
      'C1',
      [{ pain_sacral: true, pain_single_leg_hop: true, menstrual_dysfunction: true }, 22, 'F'],
      'see_clinician',
    ],
    [
      'C1',
      [{ pain_buttock_unilateral: true, pain_on_walking: true, previous_stress_fracture: true }],
      'see_clinician',
    ],
    ['C1', [{ pain_sacral: true, pain_on_walking: true, low_energy_availability: true }], 'see_clinician'],
    ['C2', [{ pain_with_extension: true, pain_duration_days: 15 }, 19], 'see_clinician'],
    ['C4', [{ pain_radiating_below_knee_unilateral: true }], 'see_clinician'],
    ['C4', [{ leg_numbness_unilateral_persistent: true }], 'see_clinician'],
    ['C5', [{ night_pain_constant: true }], 'see_clinician'],
    ['C5', [{ first_episode: true }, 51], 'see_clinician'],
    ['C6', [{ sbst_psych: 4 }], 'see_clinician'],
    ['C7', [{ pregnant: true, pain_mechanical: true }, 31, 'F'], 'see_clinician'],
    ['C8', [{ abdominal_pain_with_back_pain: true }, 30], 'see_clinician'],
    ['C8', [{ collapse_or_faint: true }, 30], 'see_clinician'],
    ['C9', [{ severe_midline_pain_sudden: true }, 30], 'see_clinician'],
    ['S1', [{ pain_mechanical: true }], 'self_manage'],
  ];
  it.each(cases)('%s fires for %j', (id, args, urgency) => {
    const result = triage(checkin(...args));
    expect(result.rules.map((r) => r.id)).toContain(id);
    expect(result.urgency).toBe(urgency);
  });

  it('C3: chronic pain starting before 45 with 2 Berlin features', () => {
    const berlin = { pain_duration_days: 120, morning_stiffness_minutes: 45, night_waking_second_half: true };
    expect(ids(checkin(berlin, 40))).toEqual(['C3']);
    expect(ids(checkin({ ...berlin, morning_stiffness_minutes: 30 }, 40))).toEqual(['S1']);
    expect(ids(checkin({ ...berlin, pain_duration_days: 89 }, 40))).toEqual(['S1']);
  });

  it('C3: 3 NG65 features count without any Berlin pair', () => {
    const ng65 = { pain_duration_days: 200, psoriasis: true, enthesitis: true, family_history_spa: true };
    expect(ids(checkin(ng65, 40))).toEqual(['C3']);
    // onset before 35 is itself an NG65 feature
    expect(ids(checkin({ pain_duration_days: 200, psoriasis: true, enthesitis: true }, 30))).toEqual(['C3']);
    expect(ids(checkin({ pain_duration_days: 200, psoriasis: true, enthesitis: true }, 40))).toEqual(['S1']);
  });

  it('C3: onset age is age minus duration, and must be under 45', () => {
    const features = { morning_stiffness_minutes: 60, buttock_pain_alternating: true };
    expect(ids(checkin({ ...features, pain_duration_days: 366 }, 46))).toEqual(['C3']); // onset just under 45
    expect(ids(checkin({ ...features, pain_duration_days: 365 }, 46))).toEqual(['S1']); // onset exactly 45
    expect(ids(checkin({ ...features, pain_duration_days: 90 }, 50))).toEqual(['S1']);
  });
});

describe('triage: explicit non-flags fire nothing on their own', () => {
  it.each([
    ['foot_numbness_cold_exposure_resolved'],
    ['paraesthesia_feet_shoe_related_resolved'],
    ['night_waking_position_related'],
    ['weight_loss_intentional'],
    ['trauma_minor'],
    ['pain_radiating_above_knee'],
  ] as const)('%s', (code) => {
    const result = triage(checkin({ [code]: true }, 35));
    expect(result.urgency).toBe('self_manage');
    expect(result.rules.map((r) => r.id)).toEqual(['S1']);
  });

  it('short morning stiffness and recurrent pain over 50 are not flags', () => {
    expect(triage(checkin({ morning_stiffness_minutes: 30, pain_duration_days: 60 }, 40)).urgency).toBe(
      'self_manage',
    );
    expect(triage(checkin({ recurrent_similar_episodes: true }, 62)).urgency).toBe('self_manage');
  });

  it('systemically unwell alone is a malignancy flag (C5), not E3', () => {
    expect(ids(checkin({ systemically_unwell: true }))).toEqual(['C5']);
    expect(ids(checkin({ night_sweats: true }))).toEqual(['S1']);
  });
});

describe('triage: thresholds at their exact values', () => {
  const urgency = (...args: Parameters<typeof checkin>) => triage(checkin(...args)).urgency;

  it('U3 age > 50 with a first episode (50 vs 51)', () => {
    expect(urgency({ first_episode: true, weight_loss_unexplained: true }, 50)).toBe('see_clinician');
    expect(urgency({ first_episode: true, weight_loss_unexplained: true }, 51)).toBe('urgent');
    expect(urgency({ first_episode: true }, 50)).toBe('self_manage');
    expect(urgency({ first_episode: true }, 51)).toBe('see_clinician');
  });

  it('not_improving_weeks 3 vs 4', () => {
    expect(urgency({ not_improving_weeks: 3 })).toBe('self_manage');
    expect(urgency({ not_improving_weeks: 4 })).toBe('see_clinician');
  });

  it('C2 pain_duration_days 14 vs 15, age 19 vs 20', () => {
    expect(urgency({ pain_with_extension: true, pain_duration_days: 14 }, 16)).toBe('self_manage');
    expect(urgency({ pain_with_extension: true, pain_duration_days: 15 }, 16)).toBe('see_clinician');
    expect(urgency({ pain_with_extension: true, pain_duration_days: 15 }, 20)).toBe('self_manage');
  });

  it('C1 recent_mileage_increase_pct 29 vs 30', () => {
    const base = { pain_sacral: true, pain_single_leg_hop: true };
    expect(urgency({ ...base, recent_mileage_increase_pct: 29 })).toBe('self_manage');
    expect(urgency({ ...base, recent_mileage_increase_pct: 30 })).toBe('see_clinician');
  });

  it('C6 sbst_psych 3 vs 4', () => {
    expect(urgency({ sbst_psych: 3, sbst_total: 7 })).toBe('self_manage');
    expect(urgency({ sbst_psych: 4, sbst_total: 7 })).toBe('see_clinician');
  });

  it('E6 age 49 vs 50', () => {
    const aaa = { abdominal_pain_with_back_pain: true, collapse_or_faint: true };
    expect(ids(checkin(aaa, 49))).toEqual(['C8']);
    // §9.2: C8 is for tummy pain or fainting when E6 does not fire.
    expect(ids(checkin(aaa, 50))).toEqual(['E6']);
  });

  it('U4 age 69 vs 70', () => {
    expect(urgency({ trauma_minor: true }, 69)).toBe('self_manage');
    expect(urgency({ trauma_minor: true }, 70)).toBe('urgent');
  });

  it('absent numbers are not measured and fire no threshold', () => {
    expect(urgency({ pain_with_extension: true }, 15)).toBe('self_manage');
    expect(urgency({ pain_sacral: true, pain_single_leg_hop: true })).toBe('self_manage');
    expect(triage(checkin({ pain_mechanical: true })).factors).toEqual([]);
  });
});

describe('triage: result shape', () => {
  it('reports every fired rule, most urgent first, and the highest urgency wins', () => {
    const result = triage(
      checkin(
        { history_cancer: true, gait_disturbance: true, pain_radiating_below_knee_unilateral: true },
        60,
      ),
    );
    expect(result.urgency).toBe('emergency');
    expect(result.rules.map((r) => r.id)).toEqual(['E2', 'E5', 'U2', 'C4']);
  });

  it('gives sources and an action for every rule', () => {
    const result = triage(checkin({ bladder_change: true }));
    expect(result.rules[0]).toMatchObject({ id: 'E1', urgency: 'emergency', stopRunning: true });
    expect(result.rules[0]?.sources).toEqual(expect.arrayContaining(['BASS2018', 'CKS']));
    for (const rule of RULES) {
      expect(rule.sources.length, rule.id).toBeGreaterThan(0);
      expect(rule.action.length, rule.id).toBeGreaterThan(20);
    }
  });

  it('self_manage carries factors and the safety net; others carry neither', () => {
    const selfManage = triage(checkin({ surface_change: true }));
    expect(selfManage.safetyNet?.goNow.signs.length).toBeGreaterThan(3);
    expect(selfManage.safetyNet?.checkInAgain.map((t) => t.id)).toEqual(
      expect.arrayContaining(['one_leg_weak', 'one_leg_numb', 'night_pain', 'no_improvement']),
    );
    expect(selfManage.factors.map((f) => f.id)).toEqual(['surface']);
    const referred = triage(checkin({ surface_change: true, sbst_psych: 5 }));
    expect(referred.safetyNet).toBeNull();
    expect(referred.factors).toEqual([]);
  });

  it('stopRunning: emergency, urgent, C1, C2, C7, C8, C9 and U7 stop running; C3–C6 and S1 do not', () => {
    expect(triage(checkin({ fever: true })).stopRunning).toBe(true);
    expect(triage(checkin({ iv_drug_use: true })).stopRunning).toBe(true);
    expect(triage(checkin({ groin_pain_on_hop: true })).stopRunning).toBe(true);
    expect(
      triage(checkin({ pain_sacral: true, pain_single_leg_hop: true, recent_mileage_increase_pct: 40 }))
        .stopRunning,
    ).toBe(true);
    expect(triage(checkin({ pain_with_extension: true, pain_duration_days: 30 }, 15)).stopRunning).toBe(true);
    expect(triage(checkin({ pain_radiating_below_knee_unilateral: true })).stopRunning).toBe(false);
    expect(triage(checkin({ sbst_psych: 5 })).stopRunning).toBe(false);
    expect(triage(checkin({ pregnant: true }, 30, 'F')).stopRunning).toBe(true);
    expect(triage(checkin({ severe_midline_pain_sudden: true }, 30)).stopRunning).toBe(true);
    expect(triage(checkin({ collapse_or_faint: true })).stopRunning).toBe(true);
    expect(triage(checkin({})).stopRunning).toBe(false);
  });

  it('C9 gives way to U4 (fragility) and E6 (aneurysm signs), as §9.3 says', () => {
    expect(ids(checkin({ severe_midline_pain_sudden: true }, 69))).toEqual(['C9']);
    expect(ids(checkin({ severe_midline_pain_sudden: true }, 70))).toEqual(['U4']);
    expect(ids(checkin({ severe_midline_pain_sudden: true, osteoporosis_known: true }, 40))).toEqual(['U4']);
    const aaa = { severe_midline_pain_sudden: true, abdominal_pain_with_back_pain: true };
    expect(ids(checkin(aaa, 49))).toEqual(['C8', 'C9']);
    expect(ids(checkin(aaa, 55))).toEqual(['E6']);
  });

  it('E6 leads whenever it fires, so "call an ambulance, do not drive" comes first (§9.11)', () => {
    const r = triage(checkin({ pulsatile_abdominal_mass: true, saddle_numbness: true, fever: true }, 60));
    expect(r.rules.map((x) => x.id)).toEqual(['E6', 'E1', 'E3']);
    expect(r.rules[0]?.action).toMatch(/^Call 112 for an ambulance now, and do not drive yourself/);
  });

  it('every rule says when and what meanwhile; the time comes from the rule, not the urgency', () => {
    for (const rule of RULES) {
      expect(rule.when.length, rule.id).toBeGreaterThan(2);
      expect(rule.meanwhile.length, rule.id).toBeGreaterThan(10);
    }
    const when = (c: Parameters<typeof checkin>) => triage(checkin(...c)).rules[0]?.when;
    expect(when([{ leg_weakness_unilateral: true }])).toBe('Today');
    expect(when([{ abdominal_pain_with_back_pain: true }])).toBe('Within a few days');
    expect(when([{ pain_sacral: true, pain_on_walking: true, low_energy_availability: true }])).toBe(
      'Within a week',
    );
    expect(when([{ pain_radiating_below_knee_unilateral: true }])).toBe('Within 1–2 weeks');
    // U7: keep walking on that leg to a minimum, not "gentle walking is fine"
    expect(triage(checkin({ groin_pain_weight_bearing: true })).rules[0]?.meanwhile).toMatch(
      /walking on that leg to a minimum/,
    );
  });

  it('lower-urgency actions are kept beside the deciding one (U2 with C8 keeps "call an ambulance if…")', () => {
    const r = triage(checkin({ history_cancer: true, abdominal_pain_with_back_pain: true }, 40));
    expect(r.rules.map((x) => x.id)).toEqual(['U2', 'C8']);
    expect(r.rules[1]?.action).toMatch(/call 112 for an ambulance/);
  });

  it('reads repeated codes conservatively: any yes counts', () => {
    const c = {
      age: 40,
      sex: 'M' as const,
      findings: [
        { code: 'fever' as const, value: false },
        { code: 'fever' as const, value: true },
      ],
    };
    expect(triage(c).urgency).toBe('emergency');
  });
});

describe('triage: the soonest rule decides the heading, and meanwhile never mixes stop and keep running', () => {
  it('C8 (within a few days) leads C4 (within 1–2 weeks), C9 leads C4 and C3', () => {
    const c4c8 = triage(checkin({ pain_radiating_below_knee_unilateral: true, collapse_or_faint: true }));
    expect(c4c8.rules.map((r) => r.id)).toEqual(['C8', 'C4']);
    expect(c4c8.rules[0]?.when).toBe('Within a few days');
    const c4c9 = triage(
      checkin({ pain_radiating_below_knee_unilateral: true, severe_midline_pain_sudden: true }),
    );
    expect(c4c9.rules[0]?.id).toBe('C9');
    expect(c4c9.rules[0]?.when).toBe('Within a week');
  });

  it('within one urgency and one time, presentation order still holds (E6 leads every emergency)', () => {
    const e6e1 = triage(checkin({ pulsatile_abdominal_mass: true, saddle_numbness: true }));
    expect(e6e1.rules.map((r) => r.id)).toEqual(['E6', 'E1']);
  });

  it('a rule that stops running keeps the others’ “keep running” lines off the page', () => {
    const u7c4 = triage(
      checkin({ groin_pain_weight_bearing: true, pain_radiating_below_knee_unilateral: true }),
    );
    expect(u7c4.rules.map((r) => r.id)).toEqual(['U7', 'C4']);
    const lines = meanwhileLines(u7c4.rules);
    expect(lines).toEqual([u7c4.rules[0]?.meanwhile]);
    const pregnantSciatica = triage(
      checkin({ pregnant: true, pain_radiating_below_knee_unilateral: true }, 30, 'F'),
    );
    expect(meanwhileLines(pregnantSciatica.rules)).toEqual([
      pregnantSciatica.rules.find((r) => r.id === 'C7')?.meanwhile,
    ]);
  });

  it('with no rule stopping running, every line shows once', () => {
    expect(
      meanwhileLines([
        { meanwhile: 'a', stopRunning: false },
        { meanwhile: 'b', stopRunning: false },
        { meanwhile: 'a', stopRunning: false },
      ]),
    ).toEqual(['a', 'b']);
  });
});
