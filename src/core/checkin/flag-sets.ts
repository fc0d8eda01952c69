import { atLeast, type Facts } from './checkin';

/**
 * Which of the five malignancy flags of U3/C5 are present (checkin-rules §3 rule 8, §7.11).
 * @example malignancyFlags(factsOf({ age: 60, sex: 'M', findings: [{ code: 'first_episode', value: true }] }))
 * // ['age_over_50_first_episode']
 */
export function malignancyFlags(f: Facts): string[] {
  const flags: [string, boolean][] = [
    ['age_over_50_first_episode', f.age > 50 && f.yes('first_episode')],
    ['weight_loss_unexplained', f.yes('weight_loss_unexplained')],
    ['night_pain_constant', f.yes('night_pain_constant')],
    ['not_improving_4_weeks', atLeast(f.num('not_improving_weeks'), 4)],
    ['systemically_unwell', f.yes('systemically_unwell')],
  ];
  return flags.filter(([, present]) => present).map(([name]) => name);
}

/**
 * Age in whole-or-fractional years when this episode began (checkin-rules §7.7), or undefined if the duration
 * was not recorded.
 * @example onsetAge(factsOf({ age: 45, sex: 'F', findings: [{ code: 'pain_duration_days', value: 365 }] })) // 44
 */
export function onsetAge(f: Facts): number | undefined {
  const days = f.num('pain_duration_days');
  return days === undefined ? undefined : f.age - days / 365;
}

/**
 * NICE NG65 features present (checkin-rules §3 rule 13). Arthritis has no code of its own, so it cannot count;
 * "buttock pain" counts for one-sided or alternating buttock pain.
 */
export function ng65Features(f: Facts): string[] {
  const onset = onsetAge(f);
  const features: [string, boolean][] = [
    ['onset_before_35', onset !== undefined && onset < 35],
    ['night_waking_second_half', f.yes('night_waking_second_half')],
    ['buttock_pain', f.yes('pain_buttock_unilateral') || f.yes('buttock_pain_alternating')],
    ['improves_with_exercise', f.yes('improves_with_exercise')],
    ['nsaid_response_48h', f.yes('nsaid_response_48h')],
    ['family_history_spa', f.yes('family_history_spa')],
    ['enthesitis', f.yes('enthesitis')],
    ['psoriasis', f.yes('psoriasis')],
  ];
  return features.filter(([, present]) => present).map(([name]) => name);
}

/** Berlin (Rudwaleit 2006) features present (checkin-rules §3 rule 13). */
export function berlinFeatures(f: Facts): string[] {
  const stiffness = f.num('morning_stiffness_minutes');
  const features: [string, boolean][] = [
    ['morning_stiffness_over_30', stiffness !== undefined && stiffness > 30],
    ['better_with_exercise_not_rest', f.yes('improves_with_exercise') && f.yes('worse_with_rest')],
    ['night_waking_second_half', f.yes('night_waking_second_half')],
    ['buttock_pain_alternating', f.yes('buttock_pain_alternating')],
  ];
  return features.filter(([, present]) => present).map(([name]) => name);
}

/**
 * E6's signs of a possible abdominal aortic aneurysm (checkin-rules §8): a pulsing in the tummy, or tummy pain
 * with sudden severe central pain or fainting from age 50.
 */
export function aorticAneurysmSigns(f: Facts): boolean {
  return (
    f.yes('pulsatile_abdominal_mass') ||
    (f.yes('abdominal_pain_with_back_pain') &&
      (f.yes('severe_midline_pain_sudden') || f.yes('collapse_or_faint')) &&
      f.age >= 50)
  );
}

/**
 * U4's possible fragility fracture (checkin-rules §3 rule 9): a minor fall or sudden severe central pain in someone
 * with osteoporosis, long-term oral steroids, or aged 70 or more.
 */
export function fragilityRisk(f: Facts): boolean {
  return (
    (f.yes('trauma_minor') || f.yes('severe_midline_pain_sudden')) &&
    (f.yes('osteoporosis_known') || f.yes('corticosteroid_long_term') || f.age >= 70)
  );
}
