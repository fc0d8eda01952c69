/** The check-in triage engine: vocabulary, validation, rules, factors, safety net and STarT Back scoring. */
export * from './vocabulary';
export type { Checkin, Finding } from './checkin';
export {
  checkinInputSchema,
  findingSchema,
  formatIssues,
  type CheckinInput,
  type InputIssue,
} from './schema';
export {
  triage,
  triageChecked,
  unansweredRedFlags,
  RULES,
  type FiredRule,
  type TriageResult,
} from './triage';
export { RULE_IDS, type RuleId } from './rule-def';
export { FACTOR_IDS, type Factor, type FactorId } from './factors';
export { safetyNet, type SafetyNet, type RetriageTriggerId } from './safety-net';
export { SOURCES, type SourceKey } from './sources';
export { URGENCIES, urgencyRank, maxUrgency, byUrgencyDesc, type Urgency } from './urgency';
export * from './start-back';
