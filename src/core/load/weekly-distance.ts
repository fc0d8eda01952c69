/**
 * Weekly running distance and the two rules that judge it.
 *
 * - Weeks start on Monday in the runner's time zone. A run belongs to the day it happened on the runner's
 *   own clock: its recorded UTC offset when the device gave one, else the runner's time zone.
 * - Running is `running` and `trail_running` (any sub-sport: road, trail, track, treadmill). Walks, hikes,
 *   rides and the rest are totalled apart and never judged.
 * - An activity of unknown sport (`generic`) counts nowhere until the runner says what it was: only how
 *   many are waiting is counted (`unclassified`).
 * - Only complete weeks are judged; the week still running is shown, not judged.
 * - The article's 10 % rule, week on week: `over` when a week is more than 10 % above the week before.
 *   Not judged after a week with no running.
 * - The spike (clinical evidence §3, Nielsen 2014: "> 30 % over 2 weeks"), one definition with the factor
 *   `recent_mileage_increase_pct` (see `mileage-factors.ts`), as measured at the end of week W:
 *   `increasePct(W) = (max(W−1, W) − mean(W−5 … W−2)) / mean × 100`, a spike at 30 or more. So the mark
 *   on the last complete week equals the factor the check-in reads. Not measured when that mean is 0 or the
 *   runner's history is shorter than six weeks up to W. A week right after a spike week is marked too: at
 *   its end the two-week window still holds the jump.
 */
import { dayIn, DAY_MS, isoDay, mondayOf } from './calendar';
import { isUnclassified } from '../runs/runner-sports';

export const LOAD_RULES = {
  /** Week-on-week rise allowed by the article's 10 % rule, percent (more than this is `over`). */
  rule10Pct: 10,
  /** A rise of at least this much over the baseline is a spike, percent. */
  spikePct: 30,
  /** The baseline: the mean of this many weeks... */
  baselineWeeks: 4,
  /** ...before a window of this many weeks ending with the week judged. */
  windowWeeks: 2,
} as const;

/** Weeks of history a spike needs up to the week judged: the window and the baseline. */
export const SPIKE_HISTORY_WEEKS = LOAD_RULES.baselineWeeks + LOAD_RULES.windowWeeks;

export const RUNNING_SPORTS: ReadonlySet<string> = new Set(['running', 'trail_running']);

/** What weekly totals read of an activity. */
export interface LoadActivity {
  startTime: string;
  /** The device's offset from UTC at the start, seconds; null when it did not say. */
  utcOffsetS: number | null;
  sport: string;
  distanceM: number;
  elapsedS: number;
  /** Time moving (timer) when known; else elapsed time counts. */
  timerS: number | null;
}

export interface WeekTotals {
  /** The Monday, YYYY-MM-DD. */
  weekStart: string;
  /** False for the week that holds `now`. */
  complete: boolean;
  /** Running only. */
  distanceM: number;
  runs: number;
  movingS: number;
  /** Walks, rides and every other sport: shown apart, never judged. */
  otherDistanceM: number;
  others: number;
  /** Activities of unknown sport waiting for the runner to say what they were: in no total above. */
  unclassified: number;
  /** Percent change on the week before, one decimal; null when not judged. */
  changePct: number | null;
  /** The article's 10 % rule; null when not judged. */
  rule10: 'ok' | 'over' | null;
  /**
   * The larger of this week and the week before, percent above the baseline (weeks W−5 … W−2), one
   * decimal; null when not measured. The same number as `recent_mileage_increase_pct` measured at the end
   * of this week.
   */
  increasePct: number | null;
  spike: boolean;
}

export interface WeeklyInput {
  activities: readonly LoadActivity[];
  now: Date;
  timeZone: string;
  /** How many weeks to return, the last one first ending the list (oldest first). */
  weeks: number;
  /** The list ends with the week holding this instant; default `now`. */
  endAt?: Date;
  /** Start of the runner's first activity: history before it is unknown, not zero. Default: the earliest given. */
  historyStart?: string | null;
}

const oneDecimal = (v: number): number => Math.round(v * 10) / 10;

/** The Monday (day number) of the week an activity happened in. */
export function activityWeek(a: Pick<LoadActivity, 'startTime' | 'utcOffsetS'>, timeZone: string): number {
  const ms = Date.parse(a.startTime);
  const day = a.utcOffsetS === null ? dayIn(ms, timeZone) : Math.floor((ms + a.utcOffsetS * 1000) / DAY_MS);
  return mondayOf(day);
}

/**
 * The article's 10 % rule between two weeks' distances (metres). Exact at the threshold: 11 km after 10 km is ok.
 * @example rule10(11_000, 10_000) // 'ok'
 * @example rule10(11_001, 10_000) // 'over'
 * @example rule10(5_000, 0) // null: nothing to compare with
 */
export function rule10(distanceM: number, weekBeforeM: number): 'ok' | 'over' | null {
  if (weekBeforeM <= 0) return null;
  return distanceM * 100 > weekBeforeM * (100 + LOAD_RULES.rule10Pct) ? 'over' : 'ok';
}

/**
 * Whether `distanceM` is a spike over the four baseline weeks (metres each): at least 30 % above their mean.
 * Compared in whole numbers so the threshold is exact. Null when the baseline is 0.
 * @example isSpike(13_000, [10_000, 10_000, 10_000, 10_000]) // true
 * @example isSpike(12_999, [10_000, 10_000, 10_000, 10_000]) // false
 */
export function isSpike(distanceM: number, baseline: readonly number[]): boolean | null {
  const sum = baseline.reduce((n, d) => n + d, 0);
  if (sum <= 0) return null;
  return distanceM * baseline.length * 100 >= sum * (100 + LOAD_RULES.spikePct);
}

/**
 * Weekly totals for the `weeks` weeks up to the one holding `endAt` (default `now`), oldest first, each
 * judged by the 10 % rule and for a spike when complete. Activities outside the weeks are only history.
 * @example
 * weeklyDistance({ activities: runs, now: new Date(), timeZone: 'Europe/Paris', weeks: 12 }).at(-1)?.distanceM
 */
export function weeklyDistance(input: WeeklyInput): WeekTotals[] {
  const { timeZone } = input;
  const count = Math.max(1, Math.floor(input.weeks));
  const nowWeek = mondayOf(dayIn(input.now.getTime(), timeZone));
  const lastWeek = mondayOf(dayIn((input.endAt ?? input.now).getTime(), timeZone));
  // Judging the first week shown needs the five before it.
  const firstWeek = lastWeek - 7 * (count - 1 + SPIKE_HISTORY_WEEKS - 1);
  const slots = (lastWeek - firstWeek) / 7 + 1;
  const running = new Array<number>(slots).fill(0);
  const runs = new Array<number>(slots).fill(0);
  const moving = new Array<number>(slots).fill(0);
  const other = new Array<number>(slots).fill(0);
  const others = new Array<number>(slots).fill(0);
  const unclassified = new Array<number>(slots).fill(0);
  let earliest = Infinity;
  for (const a of input.activities) {
    const week = activityWeek(a, timeZone);
    earliest = Math.min(earliest, week);
    const i = (week - firstWeek) / 7;
    if (i < 0 || i >= slots) continue;
    if (RUNNING_SPORTS.has(a.sport)) {
      running[i]! += a.distanceM;
      runs[i]! += 1;
      moving[i]! += a.timerS ?? a.elapsedS;
    } else if (isUnclassified(a.sport)) {
      unclassified[i]! += 1;
    } else {
      other[i]! += a.distanceM;
      others[i]! += 1;
    }
  }
  const historyWeek =
    input.historyStart === undefined || input.historyStart === null
      ? earliest
      : Math.min(earliest, activityWeek({ startTime: input.historyStart, utcOffsetS: null }, timeZone));

  const out: WeekTotals[] = [];
  for (let i = slots - count; i < slots; i++) {
    const week = firstWeek + 7 * i;
    const complete = week < nowWeek;
    const distanceM = running[i]!;
    const before = i > 0 && week - 7 >= historyWeek ? running[i - 1]! : 0;
    const judged10 = complete ? rule10(distanceM, before) : null;
    const baseline = running.slice(i - SPIKE_HISTORY_WEEKS + 1, i - LOAD_RULES.windowWeeks + 1);
    const enoughHistory = historyWeek <= week - 7 * (SPIKE_HISTORY_WEEKS - 1);
    // The window is the two weeks ending with W; its larger week is compared (slot i−1 always exists:
    // the slots start five weeks before the first week shown).
    const peak = Math.max(running[i - 1] ?? 0, distanceM);
    const spike = complete && enoughHistory ? isSpike(peak, baseline) : null;
    const mean = baseline.reduce((n, d) => n + d, 0) / LOAD_RULES.baselineWeeks;
    out.push({
      weekStart: isoDay(week),
      complete,
      distanceM,
      runs: runs[i]!,
      movingS: moving[i]!,
      otherDistanceM: other[i]!,
      others: others[i]!,
      unclassified: unclassified[i]!,
      changePct: judged10 === null ? null : oneDecimal(((distanceM - before) / before) * 100),
      rule10: judged10,
      increasePct: spike === null ? null : oneDecimal(((peak - mean) / mean) * 100),
      spike: spike === true,
    });
  }
  return out;
}
