/** When to suggest a new check-in (issue: re-check-in suggestion). */
import { checkinLengthText } from './checkin-length';

export const RECHECK_AFTER_DAYS = 7;
export const PAIN_RISE_POINTS = 2;

export interface RecheckInput {
  /** The latest check-in, if any: when, and the pain score it recorded (absent if none was given). */
  last: { at: string; painScore: number | null } | null;
  /** Pain scores logged since then (diary entries), any order. */
  painSince: { at: string; score: number }[];
  now: Date;
}

export type RecheckReason = 'never' | 'over_a_week' | 'pain_rose';

export interface RecheckSuggestion {
  due: boolean;
  reason: RecheckReason | null;
  /** Plain words for the runner. */
  message: string | null;
}

/**
 * A check-in is due when there has never been one, when the last is over a week old, or at once when a
 * logged pain score is 2 or more points above the last check-in's.
 * @example recheckDue({ last: null, painSince: [], now: new Date() }).reason // 'never'
 */
export function recheckDue({ last, painSince, now }: RecheckInput): RecheckSuggestion {
  if (!last)
    return {
      due: true,
      reason: 'never',
      message: `Start with a check-in: it takes ${checkinLengthText(false)}.`,
    };
  const lastAt = Date.parse(last.at);
  const baseline = last.painScore;
  if (baseline !== null) {
    const rise = painSince
      .filter((p) => Date.parse(p.at) > lastAt)
      .find((p) => p.score - baseline >= PAIN_RISE_POINTS);
    if (rise) {
      return {
        due: true,
        reason: 'pain_rose',
        message: `Your pain is up from ${baseline} to ${rise.score}. Check in again now so we can see whether anything has changed.`,
      };
    }
  }
  const ageDays = (now.getTime() - lastAt) / 86_400_000;
  if (ageDays > RECHECK_AFTER_DAYS) {
    return {
      due: true,
      reason: 'over_a_week',
      message: `Your last check-in was ${Math.floor(ageDays)} days ago. A fresh one keeps your plan safe.`,
    };
  }
  return { due: false, reason: null, message: null };
}
