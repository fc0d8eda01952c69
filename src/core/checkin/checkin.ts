import type { BooleanCode, FindingCode, NumericCode, Sex } from './vocabulary';

/**
 * One answer: a whole number for N codes; for B codes yes (`true`), no (`false`) or `'unsure'` ("Not sure").
 * "Not sure" counts as yes for every rule that decides an urgency, and never as a cause (checkin-rules §9.10,
 * wording review: causes come from Yes answers only).
 */
export interface Finding {
  code: FindingCode;
  value: FindingValue;
}

export type FindingValue = boolean | number | 'unsure';

/** The value of "Not sure". */
export const UNSURE = 'unsure' as const;

/**
 * Whether an answer counts as yes for the rules that decide urgency and for follow-up questions: Yes, and
 * "Not sure" (a doubt about a warning sign is treated as the sign). Never used for causes (see `Facts.sure`).
 * @example countsAsYes('unsure') // true
 * @example countsAsYes(false) // false
 */
export const countsAsYes = (value: FindingValue | undefined): boolean => value === true || value === UNSURE;

/** A check-in as the engine reads it (validate unknown input with `checkinInputSchema` first). */
export interface Checkin {
  age: number;
  sex: Sex;
  findings: readonly Finding[];
  /** false: the caller knows some red-flag questions went unanswered. Absent: every question was asked. */
  complete?: boolean;
}

/** Read-only questions the rules ask of a check-in. */
export interface Facts {
  age: number;
  sex: Sex;
  /** Closed world: a yes/no code that is absent was asked and is negative. "Not sure" counts as yes. */
  yes(code: BooleanCode): boolean;
  /** A definite Yes only: for contributing factors, where a doubt is not a cause. */
  sure(code: BooleanCode): boolean;
  /** Open world for numbers: absent means "not measured", and no threshold fires on it (§7.15). */
  num(code: NumericCode): number | undefined;
  /** The findings recorded for these codes, in the order of `codes`, for explaining a result. */
  pick(codes: readonly FindingCode[]): Finding[];
}

/**
 * Wraps a check-in for the rules.
 * Repeated codes (rejected by validation) are read conservatively: any `true` counts, and the largest number wins,
 * because every red-flag number threshold fires at or above a value.
 * @example factsOf({ age: 30, sex: 'F', findings: [{ code: 'fever', value: true }] }).yes('fever') // true
 */
export function factsOf(checkin: Checkin): Facts {
  const yesCodes = new Set<string>();
  const sureCodes = new Set<string>();
  const numbers = new Map<string, number>();
  for (const { code, value } of checkin.findings) {
    if (countsAsYes(value)) yesCodes.add(code);
    if (value === true) sureCodes.add(code);
    if (typeof value === 'number' && Number.isFinite(value)) {
      const seen = numbers.get(code);
      numbers.set(code, seen === undefined ? value : Math.max(seen, value));
    }
  }
  return {
    age: checkin.age,
    sex: checkin.sex,
    yes: (code) => yesCodes.has(code),
    sure: (code) => sureCodes.has(code),
    num: (code) => numbers.get(code),
    pick: (codes) => codes.flatMap((code) => checkin.findings.filter((f) => f.code === code)),
  };
}

/**
 * True when the number was measured and meets `min` (inclusive).
 * @example atLeast(30, 30) // true
 */
export const atLeast = (value: number | undefined, min: number): boolean =>
  value !== undefined && value >= min;

/**
 * True when the number was measured and is strictly below `limit`.
 * @example below(undefined, 160) // false: not measured
 */
export const below = (value: number | undefined, limit: number): boolean =>
  value !== undefined && value < limit;
