/**
 * Home's data in one request: this week against its safe target, the weekly bars, the load report's alerts,
 * shoes near their limit, surface mix, cadence trend, the last check-in and pain trend, and how many
 * activities wait for a sport. The runner's activities are read once and shared by every rule.
 */
import { recheckDue } from '../core/checkin/recheck-due';
import { dayIn, isoDay, mondayOf } from '../core/load/calendar';
import { cadenceTrend } from '../core/load/cadence-trend';
import { safeTarget } from '../core/load/safe-target';
import { shoesNearLimit } from '../core/load/shoe-watch';
import { weeklyDistance } from '../core/load/weekly-distance';
import type { DashboardResponse } from '../contract/dashboard';
import type { Repositories } from '../store/repositories';
import { reportForUserId } from './load-report';
import { painSinceCheckin } from './pain-diary';

/** Weeks without any activity after which the dashboard shows the newest activity's weeks instead. */
export const RECENT_WEEKS = 12;

/** How long a computed dashboard may be served again while the runner's data stays the same. */
export const DASHBOARD_CACHE = { maxEntries: 2_000, maxAgeMs: 60_000 } as const;

/**
 * What a kept dashboard is filed under (`key`) and valid for (`stamp`): the runner's data version, which
 * every write to their runs, shoes, check-ins and pain entries moves on, and their day, since the week and the
 * check-in's due date depend on it. The cache's `maxAgeMs` covers the rest of the clock.
 * @example dashboardCacheKey({ id: 'u1', dataVersion: 7 }, { weeks: 12, timeZone: 'UTC' }, now).stamp // '7 2026-12-03'
 */
export function dashboardCacheKey(
  user: { id: string; dataVersion: number },
  request: DashboardRequest,
  now: Date,
): { key: string; stamp: string } {
  return {
    key: `${user.id} ${request.weeks} ${request.timeZone}`,
    stamp: `${user.dataVersion} ${isoDay(dayIn(now.getTime(), request.timeZone))}`,
  };
}

/** Check-ins whose pain scores make the trend line. */
export const PAIN_TREND_CHECKINS = 10;

export interface DashboardDeps {
  repos: Repositories;
  now: Date;
}

export interface DashboardRequest {
  /** Weekly bars, the current week last (12 or 52, checked at the edge). */
  weeks: number;
  /** The runner's IANA time zone (checked at the edge). */
  timeZone: string;
}

/**
 * The dashboard of one runner (always the session's user). When nothing happened in the last 12 weeks
 * (an old export), the bars, alerts, shoes, surface and cadence are as they stood at the end of the
 * week of the newest activity (`current: false`); this week and the check-ins are always today's.
 * @example await dashboard({ repos, now: new Date() }, userId, { weeks: 12, timeZone: 'Europe/Paris' })
 */
export async function dashboard(
  deps: DashboardDeps,
  userId: string,
  request: DashboardRequest,
): Promise<DashboardResponse> {
  const { now } = deps;
  const { weeks, timeZone } = request;
  const [rows, checkins, unclassified] = await Promise.all([
    deps.repos.runs.reportRows(userId),
    deps.repos.checkins.list(userId, PAIN_TREND_CHECKINS),
    deps.repos.runs.countUnclassified(userId),
  ]);
  const today = dayIn(now.getTime(), timeZone);

  // Whether anything happened lately is judged over the same 12 weeks whatever the span shown, so the
  // 52-week view of an old export ends where the 12-week view does.
  const lookback = weeklyDistance({ activities: rows, now, timeZone, weeks: RECENT_WEEKS });
  const newest = rows.reduce((n, r) => Math.max(n, Date.parse(r.startTime)), -Infinity);
  const current =
    lookback.some((w) => w.runs > 0 || w.others > 0) || newest === -Infinity || newest >= now.getTime();
  const endAt = current ? now : new Date(newest);
  const bars =
    current && weeks === RECENT_WEEKS
      ? lookback
      : weeklyDistance({ activities: rows, now, endAt, timeZone, weeks });
  // The load report judged as of the end of the newest activity's week when that is where the bars end.
  const reportDay = current ? today : mondayOf(dayIn(newest, timeZone)) + 7;
  // The report reads the same rows: hand it a runs repository that answers from them.
  const runs = { ...deps.repos.runs, reportRows: () => Promise.resolve(rows) };
  const report = await reportForUserId({ now, repos: { ...deps.repos, runs } }, userId, {
    timeZone,
    weeks: 1,
    today: isoDay(reportDay),
  });

  const last = checkins[0];
  const painSince = await painSinceCheckin(deps, userId, last);
  return {
    timeZone,
    today: isoDay(today),
    current,
    asOfWeek: bars.at(-1)!.weekStart,
    thisWeek: safeTarget({ activities: rows, now, timeZone }),
    weeks: bars.map((w) => ({
      weekStart: w.weekStart,
      complete: w.complete,
      distanceM: w.distanceM,
      runs: w.runs,
      changePct: w.changePct,
      rule10: w.rule10,
      increasePct: w.increasePct,
      spike: w.spike,
    })),
    alerts: report.alerts.map(({ code, message }) => ({ code, message })),
    shoesNearLimit: shoesNearLimit(report.shoes.list),
    surface: report.surface,
    cadence: {
      weeks: cadenceTrend({ activities: rows, now, endAt, timeZone, weeks }),
      fourWeekMedianSpm: report.factors.cadence_spm ?? null,
    },
    lastCheckin: last
      ? {
          id: last.id,
          createdAt: last.createdAt,
          urgency: last.urgency,
          painScore: last.painScore,
          stopRunning: last.stopRunning,
        }
      : null,
    painTrend: checkins
      .flatMap((c) => (c.painScore === null ? [] : [{ at: c.createdAt, painScore: c.painScore }]))
      .reverse(),
    checkinDue: recheckDue({
      last: last ? { at: last.createdAt, painScore: last.painScore } : null,
      painSince,
      now,
    }),
    unclassified,
  };
}
