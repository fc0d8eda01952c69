import { fail, ok, type Result } from '../result';
import {
  emergencyContactFor,
  fillEmergencyWords,
  UNKNOWN_COUNTRY,
  type EmergencyContact,
} from '../emergency/emergency-services';
import { factsOf, type Checkin } from './checkin';
import { contributingFactors, type Factor } from './factors';
import { missingAnswers } from './questions';
import { whenRank, type RuleDef, type RuleId } from './rule-def';
import { CLINICIAN_RULES, SELF_MANAGE_RULE } from './rules-clinician';
import { SERIOUS_RULES } from './rules-serious';
import { safetyNet, type SafetyNet } from './safety-net';
import { checkinInputSchema, formatIssues } from './schema';
import type { SourceKey } from './sources';
import { urgencyRank, type Urgency } from './urgency';
import type { FindingCode } from './vocabulary';

/** Every decision rule in presentation order (checkin-rules §3, §8, §9); S1 is the fallback. */
export const RULES: readonly RuleDef[] = [...SERIOUS_RULES, ...CLINICIAN_RULES, SELF_MANAGE_RULE];

export interface FiredRule {
  id: RuleId;
  urgency: Urgency;
  title: string;
  action: string;
  /** How soon, from this rule: "Now", "Today", "Within a few days"… */
  when: string;
  /** What to stop or may keep doing meanwhile. */
  meanwhile: string;
  sources: SourceKey[];
  stopRunning: boolean;
}

export interface TriageResult {
  /** The highest urgency of any rule that fired. */
  urgency: Urgency;
  /**
   * Every rule that fired, most urgent first; within an urgency the soonest first, then in presentation order
   * (E6 leads). The first rule decides the result and its heading, and every rule's action is shown (§9.11).
   */
  rules: FiredRule[];
  /** Contributing factors, most important first; only for `self_manage`, otherwise empty. */
  factors: Factor[];
  /** The signs that need emergency care and the re-check triggers; on every `self_manage` result, otherwise null. */
  safetyNet: SafetyNet | null;
  /** Running must stop: any emergency or urgent rule, or a rule that says so (C1, C2, C7, C8, C9, U7). */
  stopRunning: boolean;
  /** The emergency number and words the texts were written with (the runner's country, or a general one). */
  emergencyContact: EmergencyContact;
}

export interface TriageOptions {
  /** Where the runner is, for the emergency number and the name of the emergency department. */
  contact?: EmergencyContact;
}

/**
 * Triage a check-in: the highest urgency of all rules that fire wins, every fired rule is listed.
 * Closed world for yes/no findings (absent = no; "Not sure" = yes); absent numbers were not measured and fire
 * nothing. Assumes input shaped like `Checkin`; use `triageChecked` for anything from outside.
 * @example triage({ age: 40, sex: 'M', findings: [{ code: 'saddle_numbness', value: true }] }).urgency // 'emergency'
 */
export function triage(checkin: Checkin, options: TriageOptions = {}): TriageResult {
  const contact = options.contact ?? UNKNOWN_COUNTRY;
  const words = (text: string) => fillEmergencyWords(text, contact);
  const facts = factsOf(checkin);
  const fired = [...SERIOUS_RULES, ...CLINICIAN_RULES].filter((rule) => rule.fires(facts));
  const rules = (fired.length > 0 ? fired : [SELF_MANAGE_RULE])
    .map((rule, order) => ({ rule, order }))
    .sort(
      (a, b) =>
        urgencyRank(b.rule.urgency) - urgencyRank(a.rule.urgency) ||
        whenRank(a.rule.when) - whenRank(b.rule.when) ||
        a.order - b.order,
    )
    .map(({ rule }) => toFired(rule, words));
  const urgency = rules[0]?.urgency ?? 'self_manage';
  const selfManage = urgency === 'self_manage';
  return {
    urgency,
    rules,
    factors: selfManage ? contributingFactors(facts) : [],
    safetyNet: selfManage ? filledSafetyNet(words, checkin.age) : null,
    stopRunning: rules.some((rule) => rule.stopRunning),
    emergencyContact: { ...contact, alternatives: [...contact.alternatives] },
  };
}

/**
 * The "meanwhile" lines to show for a result. When any fired rule stops running, only the lines of the rules that
 * stop it are shown, so a "keep running" line never sits beside a "do not run" one (wording review, U7 and C7).
 * @example meanwhileLines([{ meanwhile: 'Keep running.', stopRunning: false }, { meanwhile: 'Do not run.', stopRunning: true }]) // ['Do not run.']
 */
export function meanwhileLines(rules: readonly Pick<FiredRule, 'meanwhile' | 'stopRunning'>[]): string[] {
  const stopping = rules.filter((rule) => rule.stopRunning);
  const shown = stopping.length > 0 ? stopping : rules;
  return [...new Set(shown.map((rule) => rule.meanwhile))];
}

function toFired(rule: RuleDef, words: (text: string) => string): FiredRule {
  const stop = rule.stopRunning || urgencyRank(rule.urgency) >= urgencyRank('urgent');
  return {
    id: rule.id,
    urgency: rule.urgency,
    title: rule.title,
    action: words(rule.action),
    when: rule.when,
    meanwhile: words(rule.meanwhile),
    sources: [...rule.sources],
    stopRunning: stop,
  };
}

function filledSafetyNet(words: (text: string) => string, age: number | undefined): SafetyNet {
  const net = safetyNet(age);
  return {
    goNow: {
      title: words(net.goNow.title),
      signs: net.goNow.signs.map((s) => ({ ...s, text: words(s.text) })),
      action: words(net.goNow.action),
    },
    checkInAgain: net.checkInAgain.map((s) => ({ ...s, text: words(s.text) })),
  };
}

/**
 * Required questions (for this person's age and recorded sex) that have no answer in the check-in.
 * @example unansweredRedFlags({ age: 30, sex: 'M', findings: [] }).includes('bladder_change') // true
 */
export function unansweredRedFlags(checkin: Checkin): FindingCode[] {
  return missingAnswers(checkin);
}

/**
 * Validates unknown input, then triages it.
 * - `validation_failed`: details `{ issues: [{path, message}] }`, naming unknown codes and wrong value types.
 * - `checkin_incomplete`: the result would be `self_manage` while the check-in is incomplete: the caller said
 *   `complete: false` and required questions are unanswered, or `pain_duration_days` is absent whatever the caller
 *   said (§9.5); details `{ missing: FindingCode[] }`. Higher urgencies are always returned: a missing answer
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
  const { country, ...checkin } = parsed.data;
  const result = triage(checkin, { contact: emergencyContactFor(country) });
  if (result.urgency !== 'self_manage') return ok(result);
  const missing = checkin.complete === false ? missingAnswers(checkin) : [];
  if (
    !checkin.findings.some((f) => f.code === 'pain_duration_days') &&
    !missing.includes('pain_duration_days')
  )
    missing.push('pain_duration_days');
  if (missing.length > 0) {
    return fail(
      'checkin_incomplete',
      `Answer every required question before a self-management plan: ${missing.join(', ')}`,
      { missing },
    );
  }
  return ok(result);
}
