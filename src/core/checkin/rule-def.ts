import type { Facts } from './checkin';
import type { SourceKey } from './sources';
import type { Urgency } from './urgency';

export const RULE_IDS = [
  'E1',
  'E2',
  'E3',
  'E4',
  'E5',
  'E6',
  'U1',
  'U2',
  'U3',
  'U4',
  'U5',
  'U6',
  'U7',
  'C1',
  'C2',
  'C3',
  'C4',
  'C5',
  'C6',
  'C7',
  'C8',
  'C9',
  'S1',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * How soon, as the result's heading, soonest first. Among rules of one urgency the soonest decides the heading
 * (wording review: C8's "within a few days" must not sit under C4's "within 1–2 weeks").
 */
export const WHEN_ORDER = [
  'Now',
  'Today',
  'Today or tomorrow',
  'Within a day or two',
  'Before your next run',
  'Within a few days',
  'Within a week',
  'Within 1–2 weeks',
  'At a routine appointment',
  'Follow your plan',
] as const;

export type When = (typeof WHEN_ORDER)[number];

/** Rank for sorting: 0 is soonest. @example whenRank('Today') // 1 */
export const whenRank = (when: When): number => WHEN_ORDER.indexOf(when);

/** One decision rule: when it fires, how urgent that is, what to do, and where the evidence is. */
export interface RuleDef {
  id: RuleId;
  urgency: Urgency;
  /** A short name for what the rule suspects, in plain words. */
  title: string;
  /**
   * What the runner should do, in the product's words (second person). May hold `{number}` (the emergency
   * number) and `{department}` / `{Department}` (the emergency department as said in the runner's country),
   * filled by `fillEmergencyWords`.
   */
  action: string;
  /** How soon, as a heading: "Now", "Today", "Within a week". Decided by the rule, not by the urgency level. */
  when: When;
  /** What the runner may keep doing meanwhile, or what to stop: running, walking, impact. Same placeholders. */
  meanwhile: string;
  sources: readonly SourceKey[];
  /** Running must stop. Always true for emergency and urgent rules. */
  stopRunning: boolean;
  fires(facts: Facts): boolean;
}
