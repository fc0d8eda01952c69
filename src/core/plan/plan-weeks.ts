/**
 * Weekly running targets for the plan, from the runner's complete weeks (oldest first) with the load rules of
 * `core/load` (the article's 10 % rule and the spike rule of clinical evidence §3, through `targetFor` and
 * `spikeCap` of `safe-target.ts`). What is chosen:
 *
 * - Each week is the week before + 10 % capped under a spike against the four weeks before the two-week window
 *   (weeks W−5 … W−2, history and earlier plan weeks alike), rounded down to 100 m.
 * - With fewer than four of those weeks known, the cap uses the ones there are (at least one, with some
 *   running): a short history still counts a recent jump, so the first week does not climb on a spike only
 *   for the second week to fall back once four weeks are known.
 * - No running in the last complete week (or no history): a low start of `START_KM_PER_RUN` a run, still under
 *   the spike cap when the four weeks before are known.
 * - The baseline starts at its first week with at least one low-start run (`MIN_BASELINE_M`): weeks of next to
 *   no running before a restart are not a baseline. Against them every restart is a "spike", and the cap
 *   would hold a runner coming back at zero or pull them back in week three. The low start (Nielsen 2014:
 *   novices over 3 km in week 1 fared worse) and the 10 % rule are the limits until running shows.
 * - `lighterFirst` (the `load_spike` factor): the first week is at most `LIGHTER_FIRST_PCT` % of the last
 *   complete week (of the low start without one), a step back before building again.
 */
import { spikeCap, targetFor } from '../load/safe-target';
import { LOAD_RULES } from '../load/weekly-distance';

/** The low start with no recent running: km a run. */
export const START_KM_PER_RUN = 2;
/** The first week after a load spike, percent of the last complete week. */
export const LIGHTER_FIRST_PCT = 80;
/** Targets are whole multiples of this, metres (km to one decimal). */
export const TARGET_STEP_M = 100;

/** A week with less running than this, metres, does not start a spike baseline. */
export const MIN_BASELINE_M = START_KM_PER_RUN * 1000;

/**
 * The weeks the spike cap compares against: `weeksBefore` from its first week with running on; null without one.
 * @example spikeBaseline([100, 0, 6_000]) // [6_000]
 * @example spikeBaseline([8_000, 0, 0, 0]) // [8_000, 0, 0, 0]: a break after running still counts
 */
export function spikeBaseline(weeksBefore: readonly number[]): number[] | null {
  const first = weeksBefore.findIndex((m) => m >= MIN_BASELINE_M);
  return first < 0 ? null : weeksBefore.slice(first);
}

export interface WeeklyTargetsInput {
  /** Complete weeks' running, metres, oldest first. */
  historyM: readonly number[];
  weeks: number;
  runsPerWeek: number;
  lighterFirst: boolean;
}

/**
 * @example weeklyTargetsM({ historyM: [10_000], weeks: 2, runsPerWeek: 3, lighterFirst: false }) // [11_000, 12_100]
 * @example weeklyTargetsM({ historyM: [], weeks: 1, runsPerWeek: 3, lighterFirst: false }) // [6_000]
 */
export function weeklyTargetsM({ historyM, weeks, runsPerWeek, lighterFirst }: WeeklyTargetsInput): number[] {
  const series = [...historyM];
  const targets: number[] = [];
  const window = LOAD_RULES.baselineWeeks + 1;
  for (let w = 0; w < weeks; w++) {
    const last = series.at(-1) ?? 0;
    const baseline = series.length >= 2 ? spikeBaseline(series.slice(-window, -1)) : null;
    const cap = baseline === null ? null : spikeCap(baseline);
    let target = last > 0 ? targetFor(last, baseline)!.targetM : runsPerWeek * START_KM_PER_RUN * 1000;
    if (cap !== null) target = Math.min(target, cap);
    if (w === 0 && lighterFirst) {
      const lighter = last > 0 ? last : target;
      target = Math.min(target, Math.floor((lighter * LIGHTER_FIRST_PCT) / 100));
    }
    target = Math.floor(target / TARGET_STEP_M) * TARGET_STEP_M;
    targets.push(target);
    series.push(target);
  }
  return targets;
}
