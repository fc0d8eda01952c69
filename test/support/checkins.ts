import { redFlagQuestionCodes, type Sex } from '../../src/core/checkin';

/** Every red-flag question answered "no", as the app sends when nothing worrying is reported. */
export function allRedFlagsNo(sex: Sex = 'F') {
  return redFlagQuestionCodes(sex).map((code) => ({ code, value: false }));
}

/** A complete, mechanical check-in: no red flags, moderate pain, a recent jump in distance. */
export function mechanicalCheckin(overrides: { painScore?: number } = {}) {
  return {
    age: 34,
    sex: 'F' as const,
    complete: true,
    findings: [
      ...allRedFlagsNo('F'),
      { code: 'pain_score_0_10', value: overrides.painScore ?? 4 },
      { code: 'recent_mileage_increase_pct', value: 45 },
      { code: 'hip_flexor_tightness', value: true },
    ],
  };
}
