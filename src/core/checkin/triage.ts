import { fail, ok, type Result } from '../result';
import { factsOf, type Checkin } from './checkin';
import { contributingFactors, type Factor } from './factors';
import type { RuleDef, RuleId } from './rule-def';
import { CLINICIAN_RULES, SELF_MANAGE_RULE } from './rules-clinician';
import { SERIOUS_RULES } from './rules-serious';
import { safetyNet, type SafetyNet } from './safety-net';
import { checkinInputSchema, formatIssues } from './schema';
import type { SourceKey } from './sources';
import { urgencyRank, type Urgency } from './urgency';
import { redFlagQuestionCodes, type FindingCode } from './vocabulary';

/** Every decision rule in evaluation order (checkin-rules §3 and §8); S1 is the fallback. */
export const RULES: readonly RuleDef[] = [...SERIOUS_RULES, ...CLINICIAN_RULES, SELF_MANAGE_RULE];

export interface FiredRule {
  id: RuleId;
  urgency: Urgency;
  title: string;
  action: string;
  sources: SourceKey[];
  stopRunning: boolean;
}

export interface TriageResult {
  /** The highest urgency of any rule that fired. */
  urgency: Urgency;
  /** Every rule that fired, most urgent first (evaluation order within an urgency). */
  rules: FiredRule[];
  /** Contributing factors, most important first; only for `self_manage`, otherwise empty. */
  factors: Factor[];
  /** The cauda equina card and re-triage triggers; on every `self_manage` result, otherwise null. */
  safetyNet: SafetyNet | null;
  /** Running must stop: any emergency or urgent rule, or a rule that says so (C1, C2, C8, U7). */
  stopRunning: boolean;
}

/**
 * Triage a check-in: the highest urgency of all rules that fire wins, every fired rule is listed.
 * Closed world for yes/no findings (absent = no); absent numbers were not measured and fire nothing.
 * Assumes input shaped like `Checkin`; use `triageChecked` for anything from outside.
 * @example triage({ age: 40, sex: 'M', findings: [{ code: 'saddle_numbness', value: true }] }).urgency // 'emergency'
 */
export function triage(checkin: Checkin): TriageResult {
  const facts = factsOf(checkin);
  const fired = [...SERIOUS_RULES, ...CLINICIAN_RULES].filter((rule) => rule.fires(facts));
  const rules = (fired.length > 0 ? fired : [SELF_MANAGE_RULE])
    .map((rule, order) => ({ rule, order }))
    .sort((a, b) => urgencyRank(b.rule.urgency) - urgencyRank(a.rule.urgency) || a.order - b.order)
    .map(({ rule }) => toFired(rule));
  const urgency = rules[0]?.urgency ?? 'self_manage';
  const selfManage = urgency === 'self_manage';
  return {
    urgency,
    rules,
    factors: selfManage ? contributingFactors(facts) : [],
    safetyNet: selfManage ? safetyNet() : null,
    stopRunning: rules.some((rule) => rule.stopRunning),
  };
}

function toFired(rule: RuleDef): FiredRule {
  const stop = rule.stopRunning || urgencyRank(rule.urgency) >= urgencyRank('urgent');
  return {
    id: rule.id,
    urgency: rule.urgency,
    title: rule.title,
    action: rule.action,
    sources: [...rule.sources],
    stopRunning: stop,
  };
}

/**
 * Red-flag questions (for this person's recorded sex) that have no answer in the check-in.
 * @example unansweredRedFlags({ age: 30, sex: 'M', findings: [] }).includes('bladder_change') // true
 */
export function unansweredRedFlags(checkin: Checkin): FindingCode[] {
  const answered = new Set<string>(checkin.findings.map((f) => f.code));
  return redFlagQuestionCodes(checkin.sex).filter((code) => !answered.has(code));
}

/**
 * Validates unknown input, then triages it.
 * - `validation_failed`: details `{ issues: [{path, message}] }`, naming unknown codes and wrong value types.
 * - `checkin_incomplete`: `complete: false` and the result would be `self_manage` while red-flag questions are
 *   unanswered; details `{ missing: FindingCode[] }`. Higher urgencies are always returned: a missing answer
 *   cannot make them less urgent.
 * @example triageChecked({ age: 30, sex: 'M', findings: [], complete: false }) // { ok: false, error: { code: 'checkin_incomplete', … } }
 */
export function triageChecked(input: unknown): Result<TriageResult> {
  const parsed = checkinInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = formatIssues(parsed.error);
    const summary = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
    return fail('validation_failed', `The check-in is not valid: ${summary}`, { issues });
  }
  const checkin: Checkin = parsed.data;
  const result = triage(checkin);
  if (checkin.complete === false && result.urgency === 'self_manage') {
    const missing = unansweredRedFlags(checkin);
    if (missing.length > 0) {
      return fail(
        'checkin_incomplete',
        `Answer every red-flag question before a self-management plan: ${missing.join(', ')}`,
        { missing },
      );
    }
  }
  return ok(result);
}
