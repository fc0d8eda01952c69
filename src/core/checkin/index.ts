/** The check-in triage engine: vocabulary, validation, rules, factors, safety net and STarT Back scoring. */
export * from './vocabulary';
export { UNSURE, type Checkin, type Finding, type FindingValue } from './checkin';
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
  meanwhileLines,
  RULES,
  type FiredRule,
  type TriageOptions,
  type TriageResult,
} from './triage';
export { RULE_IDS, type RuleId } from './rule-def';
export { FACTOR_IDS, type Factor, type FactorId } from './factors';
export { safetyNet, type SafetyNet, type SafetySign } from './safety-net';
export * from './questions';
export * from './answers';
export { stopNow } from './early-stop';
export * from './not-improving';
export * from './checkin-length';
export { SOURCES, type SourceKey } from './sources';
export { URGENCIES, urgencyRank, maxUrgency, byUrgencyDesc, type Urgency } from './urgency';
export * from './start-back';
export * from './from-runs';
