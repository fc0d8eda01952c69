/**
 * Insights from the runner's own data (issue 12 item 4): reads the diary, every run with its shoe and surface,
 * the shoes and the current plan's sessions with their logs, and hands them to the pure `painInsights`.
 */
import { normaliseEmail } from '../core/account/credentials';
import { DAY_MS, isoDay, dayIn } from '../core/load/calendar';
import { isTreadmill } from '../core/load/report-window';
import { RUNNING_SPORTS } from '../core/load/weekly-distance';
import type { InsightSession } from '../core/pain/insight-conditions';
import { INSIGHT_WEEKS, painInsights, type PainInsights } from '../core/pain/insights';
import { LOGGABLE_KINDS, type PlanLog } from '../core/plan/plan-log';
import type { Plan } from '../core/plan/plan-types';
import { fail, ok, type Result } from '../core/result';
import type { Repositories } from '../store/repositories';

export interface InsightDeps {
  repos: Pick<Repositories, 'painEntries' | 'runs' | 'shoes' | 'plans' | 'planLogs'>;
  now: Date;
}

const SESSION_KINDS: ReadonlySet<string> = new Set(LOGGABLE_KINDS.filter((k) => k !== 'run'));

/**
 * The plan's exercise sessions on days up to `today`, each marked done when the runner logged it.
 * @example planSessions({ weeks: [] }, [], '2026-12-01') // []
 */
export function planSessions(
  plan: Pick<Plan, 'weeks'>,
  logs: readonly Pick<PlanLog, 'date' | 'kind' | 'itemIndex'>[],
  today: string,
): InsightSession[] {
  const logged = new Set(logs.map((l) => `${l.date} ${l.kind} ${l.itemIndex}`));
  return plan.weeks.flatMap((w) =>
    w.days
      .filter((d) => d.date <= today)
      .flatMap((d) => {
        const seen = new Map<string, number>();
        return d.items.flatMap((item) => {
          const index = seen.get(item.kind) ?? 0;
          seen.set(item.kind, index + 1);
          if (!SESSION_KINDS.has(item.kind)) return [];
          return [{ date: d.date, done: logged.has(`${d.date} ${item.kind} ${index}`) }];
        });
      }),
  );
}

/**
 * The runner's insights over the last `weeks` weeks, in their time zone.
 * @example (await insightsForRunner({ repos, now }, userId, 'Europe/Paris')).insights.length // 6
 */
export async function insightsForRunner(
  deps: InsightDeps,
  userId: string,
  timeZone: string,
  weeks: number = INSIGHT_WEEKS,
): Promise<PainInsights> {
  const { repos, now } = deps;
  const from = new Date(now.getTime() - weeks * 7 * DAY_MS).toISOString();
  const [entries, rows, shoes, plans] = await Promise.all([
    repos.painEntries.list(userId, { from }),
    repos.runs.reportRows(userId),
    repos.shoes.list(userId),
    repos.plans.since(userId, from),
  ]);
  const today = isoDay(dayIn(now.getTime(), timeZone));
  // Every plan that ran in the weeks read, each up to today or the day before it was ended (a plan is ended
  // when the next one is built, which then holds that day).
  const sessions = (
    await Promise.all(
      plans.map(async (p) => {
        const logs = await repos.planLogs.list(userId, p.id);
        const ended = p.endedAt === null ? today : isoDay(dayIn(Date.parse(p.endedAt), timeZone) - 1);
        return planSessions(p.plan, logs, ended < today ? ended : today);
      }),
    )
  ).flat();
  return painInsights({
    entries,
    runs: rows
      .filter((r) => RUNNING_SPORTS.has(r.sport))
      .map((r) => ({
        startTime: r.startTime,
        utcOffsetS: r.utcOffsetS,
        distanceM: r.distanceM,
        treadmill: isTreadmill(r),
        shoeId: r.shoe,
      })),
    shoes: shoes.map((s) => ({ id: s.id, startKm: s.startKm })),
    sessions,
    timeZone,
    now,
    weeks,
  });
}

/**
 * The insights of the account with this email (the CLI), or `not_found`.
 * @example await insightsForEmail({ repos, now }, 'runner@example.com', 'UTC')
 */
export async function insightsForEmail(
  deps: InsightDeps & { repos: Pick<Repositories, 'users'> },
  email: string,
  timeZone: string,
  weeks?: number,
): Promise<Result<PainInsights, 'not_found'>> {
  const user = await deps.repos.users.findByEmail(normaliseEmail(email));
  if (!user) return fail('not_found', `there is no account with the email ${email}`);
  return ok(await insightsForRunner(deps, user.id, timeZone, weeks));
}
