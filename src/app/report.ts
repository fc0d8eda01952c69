/**
 * The report for a clinician (issue 12 item 5): reads one runner's check-ins, runs, shoes and current plan,
 * and hands them to the pure `clinicianReport`. The HTML page is `report-html.ts`, the PDF `report-pdf.ts`.
 */
import { normaliseEmail } from '../core/account/credentials';
import { weeklyDistance } from '../core/load/weekly-distance';
import { clinicianReport } from '../core/report/clinician-report';
import { diaryPoints } from '../core/report/pain-points';
import { DAY_MS } from '../core/load/calendar';
import type { ClinicianReport, PainPoint, ReportWeek } from '../core/report/report-types';
import { fail, ok, type Result } from '../core/result';
import type { Repositories } from '../store/repositories';
import { reportForUserId } from './load-report';
import { planView, todayIn } from './plans';

/** Weeks of running the report shows, this week last. */
export const REPORT_WEEKS = 12;
/** Check-ins read for the pain timeline (the red-flag list shows the newest five). */
export const REPORT_CHECKINS = 30;

export interface ReportDeps {
  repos: Pick<
    Repositories,
    'checkins' | 'runs' | 'shoes' | 'plans' | 'planLogs' | 'users' | 'painEntries' | 'settings'
  >;
  now: Date;
}

/**
 * The report of one runner, on their own day in `timeZone`.
 * @example const report = await reportForRunner({ repos, now: new Date() }, userId, 'Europe/Paris');
 */
export async function reportForRunner(
  deps: ReportDeps,
  userId: string,
  timeZone: string,
): Promise<ClinicianReport> {
  const { now, repos } = deps;
  const [summaries, rows, span, storedShoes, load, recentPlans, settings] = await Promise.all([
    repos.checkins.list(userId, REPORT_CHECKINS),
    repos.runs.reportRows(userId),
    repos.runs.startSpan(userId),
    repos.shoes.list(userId),
    reportForUserId(deps, userId, { timeZone, weeks: 1 }),
    repos.plans.since(userId, new Date(now.getTime() - REPORT_WEEKS * 7 * DAY_MS).toISOString()),
    repos.settings.get(userId),
  ]);
  const checkins = (await Promise.all(summaries.map((s) => repos.checkins.get(userId, s.id)))).flatMap((c) =>
    c ? [c] : [],
  );
  const weeks: ReportWeek[] = weeklyDistance({
    activities: rows,
    now,
    timeZone,
    weeks: REPORT_WEEKS,
    ...(span ? { historyStart: span.first } : {}),
  }).map((w) => ({
    weekStart: w.weekStart,
    km: Math.round(w.distanceM / 100) / 10,
    runs: w.runs,
    complete: w.complete,
    increasePct: w.increasePct,
    spike: w.spike,
  }));
  const addedAt = new Map(storedShoes.map((s) => [s.id, s.createdAt]));
  // The plan running now, else the last one ended within the weeks the report covers.
  const shown = recentPlans.find((p) => p.status === 'active') ?? recentPlans[0];
  const plan = shown ? await planView(deps, userId, shown, timeZone) : null;
  const diary: PainPoint[] = diaryPoints(
    await repos.painEntries.list(userId, {
      from: new Date(now.getTime() - REPORT_WEEKS * 7 * DAY_MS).toISOString(),
    }),
  );
  return clinicianReport({
    now,
    today: todayIn(now, timeZone),
    timeZone,
    checkins,
    weeks,
    firstActivity: span?.first ?? null,
    goal: settings.goal,
    shoes: load.shoes.list.map((s) => ({
      name: s.name,
      distanceKm: s.distanceKm,
      retireKm: s.retireKm,
      retired: s.retired,
      inUse: s.inUse,
      addedAt: addedAt.get(s.id) ?? null,
    })),
    surface: {
      treadmillPctLastTwoWeeks: load.surface.lastTwoWeeks.treadmillPct,
      treadmillPctFourWeeksBefore: load.surface.fourWeeksBefore.treadmillPct,
    },
    plan: plan && {
      createdAt: plan.createdAt,
      status: plan.status,
      lastDay: plan.endedAt === null ? null : todayIn(new Date(plan.endedAt), timeZone),
      plan: plan.plan,
      logs: plan.logs,
      changes: plan.changes,
    },
    diary,
  });
}

/**
 * The report of the account with this email (the CLI), or `not_found`.
 * @example await reportForEmail({ repos, now }, 'runner@example.com', 'UTC')
 */
export async function reportForEmail(
  deps: ReportDeps,
  email: string,
  timeZone: string,
): Promise<Result<ClinicianReport, 'not_found'>> {
  const user = await deps.repos.users.findByEmail(normaliseEmail(email));
  if (!user) return fail('not_found', `there is no account with the email ${email}`);
  return ok(await reportForRunner(deps, user.id, timeZone));
}
