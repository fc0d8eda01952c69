import { completeFindings } from './checkin-builders';
import type { Sex } from '../../src/core/checkin';

/** Every required question answered "no" (pain 3/10 for 10 days), as the app sends when nothing worries. */
export function allRedFlagsNo(sex: Sex = 'F', age = 34) {
  return completeFindings(age, sex);
}

/** A complete, mechanical check-in: no red flags, moderate pain, a recent jump in distance. */
export function mechanicalCheckin(overrides: { painScore?: number } = {}) {
  return {
    age: 34,
    sex: 'F' as const,
    complete: true,
    findings: [
      ...allRedFlagsNo('F').filter((f) => f.code !== 'pain_score_0_10'),
      { code: 'pain_score_0_10', value: overrides.painScore ?? 4 },
      { code: 'recent_mileage_increase_pct', value: 45 },
      { code: 'hip_flexor_tightness', value: true },
    ],
  };
}
