import type { Checkin, FindingValue } from './checkin';
import { countsAsYes } from './checkin';
import { appliesTo, FINDINGS, type FindingCode, type FindingDef, type Sex } from './vocabulary';

/** Who is answering, and what they have said so far (absent = not answered yet). */
export interface AnswerContext {
  age: number;
  sex: Sex;
  answers: ReadonlyMap<string, FindingValue>;
}

/**
 * A check-in as an answer context.
 * @example contextOf({ age: 30, sex: 'F', findings: [{ code: 'fever', value: false }] }).answers.get('fever') // false
 */
export function contextOf(checkin: Checkin): AnswerContext {
  return {
    age: checkin.age,
    sex: checkin.sex,
    answers: new Map(checkin.findings.map((f) => [f.code, f.value])),
  };
}

/**
 * Whether a question is put to this runner now: it applies to their recorded sex and, for a follow-up, the
 * answer it follows makes it matter (see `FindingDef.askWhen`).
 * @example isAsked(findingDef('bruising_abrasion_back')!, { age: 30, sex: 'M', answers: new Map() }) // false
 */
export function isAsked(def: FindingDef, ctx: AnswerContext): boolean {
  if (!appliesTo(def, ctx.sex)) return false;
  if (!def.askWhen) return true;
  const before = ctx.answers.get(def.askWhen.code);
  return def.askWhen.answer === 'yes' ? countsAsYes(before) : before === false;
}

/**
 * Whether a question must be answered when it is asked: every-check-in questions, and those a rule reads for
 * this age only (checkin-rules §7.13, §9.5, §9.10).
 * @example isRequired(findingDef('pain_with_extension')!, 19) // true
 */
export const isRequired = (def: FindingDef, age: number): boolean =>
  def.everyCheckin || (def.requiredUnderAge !== undefined && age < def.requiredUnderAge);

/**
 * The questions that must be answered for a complete check-in, in asking order.
 * @example requiredCodes({ age: 30, sex: 'M', answers: new Map() }).includes('pain_duration_days') // true
 */
export function requiredCodes(ctx: AnswerContext): FindingCode[] {
  return FINDINGS.filter((def) => isRequired(def, ctx.age) && isAsked(def, ctx)).map((def) => def.code);
}

/**
 * Required questions without an answer: a check-in with any of these is incomplete, and an incomplete check-in
 * never ends in `self_manage` (checkin-rules §7.13).
 * @example missingAnswers({ age: 30, sex: 'M', findings: [] }).includes('saddle_numbness') // true
 */
export function missingAnswers(checkin: Checkin): FindingCode[] {
  const ctx = contextOf(checkin);
  return requiredCodes(ctx).filter((code) => !ctx.answers.has(code));
}

/**
 * The warning-sign screen: every code an emergency rule reads (the red flags of §2.2–2.5 and §8, the pain
 * questions that feed E6, U3/C5, U4 and C9, and one-sided sciatica, a neurological code for E5). The check-in
 * asks these first; once they are all answered, no later answer can make the result an emergency.
 */
export const WARNING_SIGN_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  ...FINDINGS.filter((def) => def.group === 'red_flag').map((def) => def.code),
  'severe_midline_pain_sudden',
  'first_episode',
  'night_pain_constant',
  'pain_radiating_below_knee_unilateral',
]);

/**
 * The warning-sign questions put to a runner of this recorded sex, in asking order (follow-ups included).
 * @example redFlagQuestionCodes('M').includes('saddle_numbness') // true
 */
export const redFlagQuestionCodes = (sex: Sex): FindingCode[] =>
  FINDINGS.filter((f) => WARNING_SIGN_CODES.has(f.code) && f.everyCheckin && appliesTo(f, sex)).map(
    (f) => f.code,
  );

/**
 * Warning-sign questions still without an answer for this runner.
 * @example unansweredWarningSigns({ age: 30, sex: 'M', findings: [] }).length > 30 // true
 */
export function unansweredWarningSigns(checkin: Checkin): FindingCode[] {
  return missingAnswers(checkin).filter((code) => WARNING_SIGN_CODES.has(code));
}

/** Standing history that may be carried forward (checkin-rules §9.8). */
export const STANDING_CODES: readonly FindingCode[] = FINDINGS.filter((def) => def.standing).map(
  (def) => def.code,
);

export const CARRY_FORWARD_DAYS = 90;

/** A past check-in as far as carrying answers forward goes. */
export interface PastCheckin {
  id: string;
  createdAt: string;
  complete: boolean;
  findings: readonly { code: string; value: FindingValue }[];
}

export interface CarriedForward {
  fromCheckinId: string;
  from: string;
  /** The standing-history answers of that check-in, in asking order, for the runner to confirm. */
  answers: { code: FindingCode; value: FindingValue }[];
}

/**
 * When the standing-history questions were last reworded (the wording review: melanoma counts as cancer, drugs
 * "now or recently", named immune medicines). An answer given to older, narrower words is asked again, never
 * carried forward. Move this date whenever one of `STANDING_CODES`' questions changes meaning or scope.
 */
export const STANDING_WORDS_SINCE = '2026-12-01T15:15:16Z';

/**
 * Standing-history answers from the runner's last complete check-in, if it is under 90 days old; the runner
 * confirms them ("still true?") or changes them. Symptoms are never carried forward.
 * @example carryForward(null, new Date()) // null
 */
export function carryForward(last: PastCheckin | null, now: Date): CarriedForward | null {
  if (!last || !last.complete) return null;
  if (Date.parse(last.createdAt) < Date.parse(STANDING_WORDS_SINCE)) return null;
  const ageDays = (now.getTime() - Date.parse(last.createdAt)) / 86_400_000;
  if (!(ageDays >= 0 && ageDays < CARRY_FORWARD_DAYS)) return null;
  const byCode = new Map(last.findings.map((f) => [f.code, f.value]));
  const answers = STANDING_CODES.flatMap((code) => {
    const value = byCode.get(code);
    return value === undefined ? [] : [{ code, value }];
  });
  if (answers.length === 0) return null;
  return { fromCheckinId: last.id, from: last.createdAt, answers };
}
