import type { Checkin, Finding } from './checkin';
import type { FindingCode } from './vocabulary';

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
