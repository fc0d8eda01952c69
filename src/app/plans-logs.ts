/**
 * Logging pain after a plan item (issue 11 item 5): one log per item (a second replaces the first), and the
 * next-morning answer added the day after. A log must name a day of the plan that has come and an item that
 * day holds.
 */
import { randomUUID } from 'node:crypto';
import { EXERCISE_IDS, type ExerciseId } from '../core/plan/doses';
import type { ExerciseDone, LoggableKind, PlanLog } from '../core/plan/plan-log';
import type { Plan } from '../core/plan/plan-types';
import { fail, ok, type Result } from '../core/result';
import type { PlanLogRecord } from '../contract/plans';
import type { Repositories } from '../store/repositories';
import type { StoredPlanLog } from '../store/repositories/plan-logs';
import { todayIn } from './plans';

export interface PlanLogDeps {
  repos: Pick<Repositories, 'plans' | 'planLogs'>;
  now: Date;
}

/** A log as the runner sends it (validated at the edge, exercise ids against the library). */
export type PlanLogRequest = Omit<PlanLog, 'loggedAt' | 'exercises'> & {
  exercises: (Omit<ExerciseDone, 'id'> & { id: string })[];
};

const knownIds = new Set<string>(EXERCISE_IDS);

const rejected = (field: string, message: string) =>
  fail('plan_log_rejected', message, { issues: [{ path: `body.${field}`, message }] });

/**
 * Why a log does not fit the plan, naming the field, or null when it fits: the day must be one of the
 * plan's and not after `today`, and that day must hold at least `itemIndex + 1` items of the kind.
 * @example logMisfit(plan, { date: '2026-12-08', kind: 'run', itemIndex: 0 }, '2026-12-09') // null
 */
export function logMisfit(
  plan: Plan,
  log: { date: string; kind: LoggableKind; itemIndex: number },
  today: string,
): { field: string; message: string } | null {
  const day = plan.weeks.flatMap((w) => w.days).find((d) => d.date === log.date);
  if (!day) return { field: 'date', message: `${log.date} is not a day of this plan` };
  if (log.date > today)
    return { field: 'date', message: `${log.date} has not come yet: log an item once it is done` };
  const count = day.items.filter((i) => i.kind === log.kind).length;
  if (count === 0) return { field: 'kind', message: `${log.date} holds no ${log.kind} item` };
  if (log.itemIndex >= count)
    return {
      field: 'itemIndex',
      message: `${log.date} holds ${count} ${log.kind} item${count === 1 ? '' : 's'}: itemIndex ${log.itemIndex} is not one`,
    };
  return null;
}

const record = ({ planId: _planId, ...log }: StoredPlanLog): PlanLogRecord => log;

/**
 * Logs an item of the runner's active plan; a log of the same item (day, kind, index) replaces the one
 * before and keeps its id. `not_found` for another runner's plan, `plan_ended` for an ended one,
 * `plan_log_rejected` (naming the field) for a day or item the plan does not hold, or a day still to come.
 * @example await logPlanItem({ repos, now }, userId, planId, { date, kind: 'run', itemIndex: 0, painDuring: 2, ... })
 */
export async function logPlanItem(
  deps: PlanLogDeps,
  userId: string,
  planId: string,
  request: PlanLogRequest,
): Promise<Result<PlanLogRecord>> {
  const plan = await deps.repos.plans.get(userId, planId);
  if (!plan) return fail('not_found', 'No plan with this id.');
  if (plan.status !== 'active')
    return fail('plan_ended', 'This plan has ended: logs go to your current plan.');
  const misfit = logMisfit(plan.plan, request, todayIn(deps.now, plan.input.timeZone));
  if (misfit) return rejected(misfit.field, misfit.message);
  const exercises = request.exercises.flatMap((e) =>
    knownIds.has(e.id) ? [{ id: e.id as ExerciseId, setsDone: e.setsDone, formOk: e.formOk }] : [],
  );
  const saved = await deps.repos.planLogs.upsert(userId, {
    ...request,
    exercises,
    id: randomUUID(),
    planId,
    loggedAt: deps.now.toISOString(),
  });
  return ok(record(saved));
}

/** Adds (or corrects) the next-morning pain of one of the runner's logs; another runner's is `not_found`. */
export async function setNextMorningPain(
  deps: Pick<PlanLogDeps, 'repos'>,
  userId: string,
  planId: string,
  logId: string,
  painNextMorning: number,
): Promise<Result<PlanLogRecord>> {
  const changed = await deps.repos.planLogs.setNextMorning(userId, planId, logId, painNextMorning);
  if (!changed) return fail('not_found', 'No log with this id in this plan.');
  const saved = await deps.repos.planLogs.get(userId, planId, logId);
  return saved ? ok(record(saved)) : fail('not_found', 'No log with this id in this plan.');
}
