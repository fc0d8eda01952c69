import { DAY_MS, dayIn, mondayOf } from '../core/load/calendar';
import { SPIKE_HISTORY_WEEKS, weeklyDistance, type WeekTotals } from '../core/load/weekly-distance';
import type { Repositories } from '../store/repositories';

export interface WeeklyLoadDeps {
  repos: Pick<Repositories, 'runs'>;
  now: Date;
}

export interface WeeklyLoadRequest {
  /** How many weeks, the current one last. */
  weeks: number;
  /** The runner's IANA time zone (already checked at the edge). */
  timeZone: string;
}

export interface WeeklyLoad {
  timeZone: string;
  /**
   * False when nothing happened in the weeks up to now and the weeks shown end at the runner's newest
   * activity instead (an old export), so the chart is not empty.
   */
  current: boolean;
  weeks: WeekTotals[];
}

/** Offsets from UTC reach ±14 h: read a day more on each side, and let the core place each run. */
const SLACK_DAYS = 1;

/**
 * Weekly running totals for the runner, judged by the 10 % rule and for spikes, over all of their runs:
 * only the weeks shown and the five before them are read, with the start of their history for the rules.
 * @example await weeklyLoad({ repos, now: new Date() }, userId, { weeks: 12, timeZone: 'Europe/Paris' })
 */
export async function weeklyLoad(
  deps: WeeklyLoadDeps,
  userId: string,
  request: WeeklyLoadRequest,
): Promise<WeeklyLoad> {
  const { weeks, timeZone } = request;
  const span = await deps.repos.runs.startSpan(userId);
  const totals = async (endAt: Date) => {
    const lastMonday = mondayOf(dayIn(endAt.getTime(), timeZone));
    const from = lastMonday - 7 * (weeks - 1 + SPIKE_HISTORY_WEEKS - 1) - SLACK_DAYS;
    const to = lastMonday + 7 + SLACK_DAYS;
    const activities = span ? await deps.repos.runs.loadRows(userId, instant(from), instant(to)) : [];
    return weeklyDistance({ activities, now: deps.now, endAt, timeZone, weeks, historyStart: span?.first });
  };
  const recent = await totals(deps.now);
  const empty = recent.every((w) => w.runs === 0 && w.others === 0 && w.unclassified === 0);
  const newest = span ? new Date(span.last) : null;
  if (!empty || !newest || newest.getTime() >= deps.now.getTime()) {
    return { timeZone, current: true, weeks: recent };
  }
  return { timeZone, current: false, weeks: await totals(newest) };
}

const instant = (day: number): string => new Date(day * DAY_MS).toISOString();
