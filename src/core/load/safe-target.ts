/**
 * This week so far against a safe target (the article's 10 % rule, capped by the spike rule of clinical
 * evidence §3). What is chosen, precisely:
 *
 * - The target is last complete week + 10 %, in whole metres rounded down (so it passes the 10 % rule).
 * - Cap: the two-week window [last week, this week] is the window the spike rule measures at the end of
 *   this week, against the mean of the four complete weeks before it (this week W: weeks W−5 … W−2, see
 *   `weekly-distance.ts`). The target is at most the largest whole number of metres that is not a spike
 *   there (just under +30 %), so meeting it never makes this week a spike week by itself. When last week
 *   already was a spike, the cap is below last week: the advice is to come back down, not to add.
 * - The cap needs the spike rule's history: six weeks of history up to this week and a baseline mean
 *   above 0. Without it the target is just + 10 %.
 * - No running last week (or no history before this week): no target; the runner is told why.
 * - State: `over` above the target, `near` within the last 10 % of it (done ≥ 90 % of the target, up to the
 *   target), `under` below that.
 */
import { dayIn, mondayOf } from './calendar';
import { activityWeek, isSpike, LOAD_RULES, SPIKE_HISTORY_WEEKS, type LoadActivity } from './weekly-distance';
import { weeklyDistance } from './weekly-distance';

/** `near` from this share of the target, percent. */
export const NEAR_TARGET_PCT = 90;

export type TargetState = 'under' | 'near' | 'over';

/** Where the target comes from: the 10 % rule, or the spike cap below it. */
export type TargetBasis = 'rule10' | 'spike_cap';

export interface SafeTarget {
  /** The Monday of this week, YYYY-MM-DD. */
  weekStart: string;
  /** Days of this week still to come, today included: 7 on Monday, 1 on Sunday. */
  daysLeft: number;
  /** Running so far this week, metres. */
  doneM: number;
  /** Last complete week's running, metres. */
  lastWeekM: number;
  /** Mean of the four weeks before last week, metres; null when the spike rule's history is missing. */
  baselineM: number | null;
  /** Null when there is no target (no running last week). */
  targetM: number | null;
  /** Metres still allowed this week, never below 0; null without a target. */
  remainingM: number | null;
  state: TargetState | null;
  basis: TargetBasis | null;
}

/**
 * The largest whole number of metres that is not a spike over these baseline weeks; null when the
 * baseline's sum is 0 (not measured).
 * @example spikeCap([10_000, 10_000, 10_000, 10_000]) // 12_999: 13 km would be +30 %
 */
export function spikeCap(baseline: readonly number[]): number | null {
  const sum = baseline.reduce((n, d) => n + d, 0);
  if (sum <= 0) return null;
  // Spike when d × n × 100 ≥ sum × (100 + spikePct): the cap is the last whole metre below that.
  const threshold = (sum * (100 + LOAD_RULES.spikePct)) / (baseline.length * 100);
  let cap = Math.ceil(threshold) - 1;
  // Guard the float division: the cap must not be a spike and the metre after it must be.
  while (cap > 0 && isSpike(cap, baseline) === true) cap -= 1;
  while (isSpike(cap + 1, baseline) === false) cap += 1;
  return Math.max(0, cap);
}

/**
 * The target in metres and where it comes from, from last week and the baseline weeks (null when the spike
 * rule's history is missing).
 * @example targetFor(10_000, null) // { targetM: 11_000, basis: 'rule10' }
 * @example targetFor(12_000, [10_000, 10_000, 10_000, 10_000]) // { targetM: 12_999, basis: 'spike_cap' }
 * @example targetFor(0, null) // null: no running last week
 */
export function targetFor(
  lastWeekM: number,
  baseline: readonly number[] | null,
): { targetM: number; basis: TargetBasis } | null {
  if (lastWeekM <= 0) return null;
  const rule10 = Math.floor((lastWeekM * (100 + LOAD_RULES.rule10Pct)) / 100);
  const cap = baseline === null ? null : spikeCap(baseline);
  if (cap !== null && cap < rule10) return { targetM: cap, basis: 'spike_cap' };
  return { targetM: rule10, basis: 'rule10' };
}

/**
 * @example targetState(8_900, 10_000) // 'under'
 * @example targetState(9_000, 10_000) // 'near'
 * @example targetState(10_001, 10_000) // 'over'
 */
export function targetState(doneM: number, targetM: number): TargetState {
  if (doneM > targetM) return 'over';
  return doneM * 100 >= targetM * NEAR_TARGET_PCT ? 'near' : 'under';
}

export interface SafeTargetInput {
  /** Every activity of the runner (walks and rides count only as history). */
  activities: readonly LoadActivity[];
  now: Date;
  timeZone: string;
}

/**
 * This week so far against its safe target, on the runner's clock.
 * @example safeTarget({ activities, now: new Date(), timeZone: 'Europe/Paris' }).remainingM
 */
export function safeTarget({ activities, now, timeZone }: SafeTargetInput): SafeTarget {
  const today = dayIn(now.getTime(), timeZone);
  const thisMonday = mondayOf(today);
  const weeks = weeklyDistance({ activities, now, timeZone, weeks: SPIKE_HISTORY_WEEKS });
  const thisWeek = weeks.at(-1)!;
  const lastWeekM = weeks.at(-2)!.distanceM;
  let earliest = Infinity;
  for (const a of activities) earliest = Math.min(earliest, activityWeek(a, timeZone));
  // Six weeks of history up to this week: the runner's first week is W−5 or earlier.
  const enoughHistory = earliest <= thisMonday - 7 * (SPIKE_HISTORY_WEEKS - 1);
  const baselineWeeks = weeks.slice(0, LOAD_RULES.baselineWeeks).map((w) => w.distanceM);
  const baselineSum = baselineWeeks.reduce((n, d) => n + d, 0);
  const baseline = enoughHistory && baselineSum > 0 ? baselineWeeks : null;
  const hadLastWeek = earliest < thisMonday;
  const target = hadLastWeek ? targetFor(lastWeekM, baseline) : null;
  return {
    weekStart: thisWeek.weekStart,
    daysLeft: 7 - (today - thisMonday),
    doneM: thisWeek.distanceM,
    lastWeekM,
    baselineM: baseline === null ? null : Math.round(baselineSum / LOAD_RULES.baselineWeeks),
    targetM: target?.targetM ?? null,
    remainingM: target ? Math.max(0, target.targetM - thisWeek.distanceM) : null,
    state: target ? targetState(thisWeek.distanceM, target.targetM) : null,
    basis: target?.basis ?? null,
  };
}
