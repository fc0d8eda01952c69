/**
 * Check-in answers measured from the runner's runs (the load report's factors): the runner sees them as
 * answers marked "from your runs" and may change any of them; their own answer always wins. They are only
 * causes questions, never warning signs, so they cannot hide, skip or answer a red-flag question.
 */
import type { FindingValue } from './checkin';
import { findingDef, type FindingCode } from './vocabulary';
import { WARNING_SIGN_CODES } from './questions';

/** A measured value as the API gives it (see src/contract/load-factors.ts). */
export interface MeasuredValue {
  code: string;
  value: number | boolean;
  from: string;
  to: string;
  basis: string;
}

export interface RunsAnswer {
  code: FindingCode;
  /** The answer it makes: a whole number within the question's range, or yes/no. */
  value: number | boolean;
  from: string;
  to: string;
  basis: string;
}

/**
 * The measured values as answers to the check-in's questions. Numbers are rounded down, so a rule that
 * reads "at least 30" or "below 160" judges the answer as it judged the measurement (29.6 % stays under
 * 30), and held within the question's range. A value whose question is not a causes question of the
 * same type is dropped.
 * @example answersFromRuns([{ code: 'cadence_spm', value: 158.5, from: '2026-11-02', to: '2026-11-29', basis: '…' }])[0]?.value // 158
 */
export function answersFromRuns(values: readonly MeasuredValue[]): RunsAnswer[] {
  return values.flatMap((v): RunsAnswer[] => {
    const def = findingDef(v.code);
    if (!def || def.group !== 'cause' || WARNING_SIGN_CODES.has(def.code)) return [];
    const { from, to, basis } = v;
    if (def.type === 'B')
      return typeof v.value === 'boolean' ? [{ code: def.code, value: v.value, from, to, basis }] : [];
    if (typeof v.value !== 'number' || !Number.isFinite(v.value)) return [];
    const n = Math.min(def.max ?? Infinity, Math.max(def.min ?? -Infinity, Math.floor(v.value)));
    return [{ code: def.code, value: n, from, to, basis }];
  });
}

/**
 * The runs' answers to put in where the runner has not answered yet (an edit, or a blank the runner
 * cleared after a first fill, is theirs and is kept: call this once per check-in).
 * @example fillFromRuns({ cadence_spm: 170 }, [{ code: 'cadence_spm', value: 158, … }, { code: 'shoe_km', value: 412, … }]) // { shoe_km: 412 }
 */
export function fillFromRuns(
  answers: Readonly<Partial<Record<string, FindingValue>>>,
  fromRuns: readonly RunsAnswer[],
): Record<string, number | boolean> {
  return Object.fromEntries(
    fromRuns.filter((a) => answers[a.code] === undefined).map((a) => [a.code, a.value]),
  );
}
