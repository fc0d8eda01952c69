/**
 * How a runner answers the check-in, as every screen must treat it: which answers a question offers, what
 * "None of these" answers, which required questions are still open, and what is sent.
 * "Not sure" is offered where an answer is required (the warning signs and the questions that can raise
 * the urgency): there it counts as yes (`countsAsYes`). Elsewhere a doubt is no cause, so the question is
 * left blank instead.
 */
import { countsAsYes, UNSURE, type Finding, type FindingValue } from './checkin';
import { isAsked, isRequired, type AnswerContext } from './questions';
import { FINDINGS, type FindingDef } from './vocabulary';

export { countsAsYes };

/**
 * The answers a yes/no question offers this runner, in order; none for a number question.
 * @example answerChoices(findingDef('saddle_numbness')!, 40) // [false, true, 'unsure']
 * @example answerChoices(findingDef('hamstring_tightness')!, 40) // [false, true]
 */
export function answerChoices(def: FindingDef, age: number): readonly FindingValue[] {
  if (def.type !== 'B') return [];
  return isRequired(def, age) ? [false, true, UNSURE] : [false, true];
}

/**
 * The required yes/no questions among `defs` still without an answer: what "None of these" answers No to.
 * Only questions asked now count (a follow-up hidden by an earlier answer is not open).
 * @example openRequiredYesNo(defs, ctx).map((d) => d.code) // ['fever', 'night_sweats']
 */
export function openRequiredYesNo(defs: readonly FindingDef[], ctx: AnswerContext): FindingDef[] {
  return defs.filter(
    (d) =>
      d.type === 'B' && isRequired(d, ctx.age) && isAsked(d, ctx) && ctx.answers.get(d.code) === undefined,
  );
}

/**
 * "None of these": No to every open required yes/no question among `defs`.
 * @example noneOfThese(defs, ctx) // { fever: false, night_sweats: false }
 */
export const noneOfThese = (defs: readonly FindingDef[], ctx: AnswerContext): Record<string, false> =>
  Object.fromEntries(openRequiredYesNo(defs, ctx).map((d) => [d.code, false]));

/**
 * Required questions among `defs` (and `alsoRequired`) asked now and still without an answer, in order.
 * @example unansweredRequired(defs, ctx, ['pain_score_0_10'])
 */
export function unansweredRequired(
  defs: readonly FindingDef[],
  ctx: AnswerContext,
  alsoRequired: readonly string[] = [],
): string[] {
  const codes = [
    ...alsoRequired,
    ...defs.filter((d) => isRequired(d, ctx.age) && isAsked(d, ctx)).map((d) => d.code),
  ];
  return codes.filter((code) => ctx.answers.get(code) === undefined);
}

/**
 * The findings to send: every answer to a question that is (still) asked, "Not sure" kept as it is (the
 * engine reads it as yes for urgency, never as a cause). An answer to a follow-up that an earlier answer
 * has since hidden is dropped.
 * @example findingsOf({ age: 40, sex: 'F', answers: new Map([['fever', 'unsure']]) }) // [{ code: 'fever', value: 'unsure' }]
 */
export function findingsOf(ctx: AnswerContext): Finding[] {
  return FINDINGS.filter((d) => ctx.answers.has(d.code) && isAsked(d, ctx)).map((d) => ({
    code: d.code,
    value: ctx.answers.get(d.code)!,
  }));
}
