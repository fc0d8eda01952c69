import type { Checkin } from './checkin';
import { unansweredWarningSigns } from './questions';
import { triage, type TriageOptions, type TriageResult } from './triage';

/**
 * What the answers given so far already decide, before the rest of the check-in is asked (checkin-rules §9.7).
 * Unanswered yes/no questions read as No here, and no rule can fall when a No becomes a Yes, so a result
 * reached early is never less urgent than the finished check-in's would be.
 * - `emergency` as soon as the answers so far give it, however many questions remain;
 * - `urgent` once every warning-sign question is answered: nothing asked later (pain, causes) can make it an
 *   emergency, so the runner is not kept answering questions about training first;
 * - otherwise null: keep asking.
 * Age and sex must already be known.
 * @example stopNow({ age: 40, sex: 'F', findings: [{ code: 'bladder_change', value: 'unsure' }] })?.urgency // 'emergency'
 */
export function stopNow(checkin: Checkin, options: TriageOptions = {}): TriageResult | null {
  const result = triage(checkin, options);
  if (result.urgency === 'emergency') return result;
  if (result.urgency === 'urgent' && unansweredWarningSigns(checkin).length === 0) return result;
  return null;
}
