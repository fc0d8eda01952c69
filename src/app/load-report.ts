/**
 * The training-load report for a runner: from a document (`backstride load FILE`) or from an account's
 * stored runs and shoes (`--user`, the dashboard).
 */
import { normaliseEmail } from '../core/account/credentials';
import { dayIn, dayNumber, instantOnDay } from '../core/load/calendar';
import { loadReport, type LoadReport } from '../core/load/load-report';
import { isTreadmill, type ReportRun } from '../core/load/report-window';
import { fail, ok, type Result } from '../core/result';
import { shoeDisplayName } from '../core/shoes/shoe';
import type { LoadReportInput } from '../contract/load-report';
import type { Repositories } from '../store/repositories';

/**
 * The report for a checked document: every run in it is running, timed on the runner's clock.
 * @example reportFromDocument({ today: '2026-12-03', timeZone: 'UTC', runs: [] }, 12).weeks.length // 12
 */
export function reportFromDocument(input: LoadReportInput, weeks: number): LoadReport {
  const runs: ReportRun[] = input.runs.map((r) => ({
    startTime: r.start,
    utcOffsetS: null,
    sport: 'running',
    distanceM: r.distanceM,
    elapsedS: r.durationS ?? 0,
    timerS: null,
    shoe: r.shoe ?? null,
    avgCadenceSpm: r.avgCadenceSpm ?? null,
    treadmill: r.indoor ?? false,
  }));
  const now = instantOnDay(dayNumber(input.today), input.timeZone);
  return loadReport({ runs, shoes: input.shoes ?? [], now, timeZone: input.timeZone, weeks });
}

export interface UserReportDeps {
  repos: Pick<Repositories, 'runs' | 'users' | 'shoes'>;
  now: Date;
}

export interface UserReportRequest {
  email: string;
  timeZone: string;
  weeks: number;
  /** The runner's date, YYYY-MM-DD; default the day `now` falls on in their time zone. */
  today?: string;
}

/**
 * The report over every activity of the account with this email, or `not_found`.
 * @example await reportForUser({ repos, now: new Date() }, { email: 'a@example.com', timeZone: 'UTC', weeks: 12 })
 */
export async function reportForUser(
  deps: UserReportDeps,
  request: UserReportRequest,
): Promise<Result<LoadReport, 'not_found'>> {
  const user = await deps.repos.users.findByEmail(normaliseEmail(request.email));
  if (!user) return fail('not_found', `there is no account with the email ${request.email}`);
  return ok(await reportForUserId(deps, user.id, request));
}

/**
 * The report over every activity of one account, judged on the runner's own day (`today`, default the
 * day `now` falls on in their time zone). Used by the CLI and the dashboard.
 * @example await reportForUserId({ repos, now: new Date() }, userId, { timeZone: 'UTC', weeks: 12 })
 */
export async function reportForUserId(
  deps: Pick<UserReportDeps, 'now'> & { repos: Pick<Repositories, 'runs' | 'shoes'> },
  userId: string,
  request: Omit<UserReportRequest, 'email'>,
): Promise<LoadReport> {
  const [rows, stored] = await Promise.all([
    deps.repos.runs.reportRows(userId),
    deps.repos.shoes.list(userId),
  ]);
  const runs: ReportRun[] = rows.map(({ surface, indoor, ...rest }) => ({
    ...rest,
    treadmill: isTreadmill({ surface, indoor }),
  }));
  const { timeZone } = request;
  const day = request.today ? dayNumber(request.today) : dayIn(deps.now.getTime(), timeZone);
  const now = instantOnDay(day, timeZone);
  const shoes = stored.map((s) => ({
    id: s.id,
    name: shoeDisplayName(s),
    startKm: s.startKm,
    retireKm: s.retireKm,
    retired: s.retiredAt !== null,
  }));
  return loadReport({ runs, shoes, now, timeZone, weeks: request.weeks });
}
