/**
 * Where each run sits relative to the last complete week, the one every load rule judges. Weeks start on
 * Monday on the runner's clock (see `activityWeek`); the week holding `now` is under way and never judged.
 */
import { dayIn, mondayOf } from './calendar';
import { activityWeek, RUNNING_SPORTS, type LoadActivity } from './weekly-distance';

/** What the load report reads of a run: weekly totals' fields plus shoe, cadence and surface. */
export interface ReportRun extends LoadActivity {
  /** The shoe's id (or name when there is no shoe list); null when none was given. */
  shoe: string | null;
  /** Average steps per minute, both feet; null when the device did not record it. */
  avgCadenceSpm: number | null;
  /** Run on a treadmill. */
  treadmill: boolean;
}

export interface PlacedRun<R extends ReportRun = ReportRun> {
  run: R;
  /** Complete weeks back from the last complete week: 0 for it, 1 for the week before, −1 for this week. */
  weeksAgo: number;
}

export interface ReportWindow<R extends ReportRun = ReportRun> {
  /** Running (road, trail, treadmill) up to the end of this week, each with its week; later runs are left out. */
  runs: PlacedRun<R>[];
  /** Complete weeks from the week of the runner's first activity to the last complete week (0 when none). */
  historyWeeks: number;
}

/** The last two complete weeks, where a rise is looked for. */
export const RECENT_WEEKS = [0, 1] as const;
/** The four complete weeks before them, the baseline. */
export const BASELINE_WEEKS = [2, 3, 4, 5] as const;
/** Complete weeks of history a comparison of the two against the four needs. */
export const COMPARISON_HISTORY_WEEKS = 6;

/**
 * Running placed by complete week, counting back from the last complete week before `now`.
 * @example placeRuns(runs, new Date(), 'Europe/Paris').runs.filter((p) => p.weeksAgo === 0) // last week's runs
 */
export function placeRuns<R extends ReportRun>(
  activities: readonly R[],
  now: Date,
  timeZone: string,
): ReportWindow<R> {
  const lastComplete = mondayOf(dayIn(now.getTime(), timeZone)) - 7;
  let first = Infinity;
  const runs: PlacedRun<R>[] = [];
  for (const run of activities) {
    const week = activityWeek(run, timeZone);
    if (week > lastComplete + 7) continue;
    first = Math.min(first, week);
    if (RUNNING_SPORTS.has(run.sport)) runs.push({ run, weeksAgo: (lastComplete - week) / 7 });
  }
  const historyWeeks = first === Infinity ? 0 : Math.max(0, (lastComplete - first) / 7 + 1);
  return { runs, historyWeeks };
}

/** Whether a placed run falls in one of `weeks` (weeks ago). */
export const inWeeks =
  (weeks: readonly number[]) =>
  (p: PlacedRun): boolean =>
    weeks.includes(p.weeksAgo);

/**
 * Whether a stored run was on a treadmill: the surface the runner or the file gave, else the indoor flag.
 * @example isTreadmill({ surface: null, indoor: true }) // true
 * @example isTreadmill({ surface: 'road', indoor: true }) // false: the runner said road
 */
export const isTreadmill = (run: { surface: string | null; indoor: boolean }): boolean =>
  run.surface === null ? run.indoor : run.surface === 'treadmill';
