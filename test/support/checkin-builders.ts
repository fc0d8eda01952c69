import type { Checkin, Finding } from '../../src/core/checkin/checkin';
import type { FindingCode } from '../../src/core/checkin/vocabulary';
import { requiredCodes } from '../../src/core/checkin/questions';

/**
 * A check-in from a compact map of answers, for tests.
 * @example checkin({ fever: true }, 40).findings // [{ code: 'fever', value: true }]
 */
export function checkin(
  answers: Partial<Record<FindingCode, boolean | number>>,
  age = 35,
  sex: 'F' | 'M' = 'M',
): Checkin {
  const findings = Object.entries(answers).map(([code, value]) => ({ code, value }) as Finding);
  return { age, sex, findings };
}

/**
 * Every question a complete check-in must answer, answered calmly: No to each yes/no question, pain 3/10 for
 * 10 days. Follow-ups are left out, as the app leaves them out when the question they follow is No.
 * @example completeFindings(30, 'F').some((f) => f.code === 'pregnant') // true
 */
export function completeFindings(age = 35, sex: 'F' | 'M' = 'M'): Finding[] {
  const numbers: Partial<Record<FindingCode, number>> = { pain_score_0_10: 3, pain_duration_days: 10 };
  // Follow-ups appear once the answer they follow is given, so answer until nothing new is required.
  const answers = new Map<FindingCode, number | boolean>();
  for (;;) {
    const next = requiredCodes({ age, sex, answers }).filter((code) => !answers.has(code));
    if (next.length === 0) break;
    for (const code of next) answers.set(code, numbers[code] ?? false);
  }
  return requiredCodes({ age, sex, answers }).map((code) => ({ code, value: answers.get(code) }) as Finding);
}
