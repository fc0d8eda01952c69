/**
 * The runner's plan (issue 11 items 2, 5 and 9): build one from the latest complete check-in and the
 * runner's complete weeks of running, read it adapted to what they logged, and end it. Logging lives in
 * `plans-logs.ts`, the calendar in `plan-calendar.ts`.
 */
import { randomUUID } from 'node:crypto';
import { dayIn, DAY_MS, isoDay, mondayOf } from '../core/load/calendar';
import { weeklyDistance } from '../core/load/weekly-distance';
import { adaptPlan } from '../core/plan/adapt';
import type { Weekday } from '../core/plan/plan-layout';
import { buildPlan } from '../core/plan/plan';
import { fail, ok, type Result } from '../core/result';
import type { AdaptResult } from '../core/plan/adapt-types';
import type { PlanLog } from '../core/plan/plan-log';
import type { PlanRecord } from '../contract/plans';
import type { Repositories } from '../store/repositories';
import type { StoredPlan } from '../store/repositories/plans';

/** Complete weeks of running the weekly targets are built from, at most. */
export const PLAN_HISTORY_WEEKS = 12;

export interface PlanDeps {
  repos: Pick<Repositories, 'plans' | 'planLogs' | 'checkins' | 'runs'>;
  now: Date;
}

export interface PlanRequest {
  runsPerWeek: number;
  weeks: number;
  /** YYYY-MM-DD; the runner's today when left out. */
  startDate?: string | undefined;
  availableDays?: Weekday[] | undefined;
  /** The runner's IANA time zone (checked at the edge). */
  timeZone: string;
}

/** A plan as the runner sees it: the contract's record, with the core's own (narrower) types inside. */
export type PlanView = Omit<PlanRecord, 'plan' | 'changes' | 'stop' | 'runZones' | 'logs'> &
  Omit<AdaptResult, 'plan'> & { plan: AdaptResult['plan']; logs: (PlanLog & { id: string })[] };

const notFound = () => fail('not_found', 'No plan with this id.');

/** The runner's date in a time zone, YYYY-MM-DD. @example todayIn(new Date('2026-12-07T23:30:00Z'), 'Europe/Paris') // '2026-12-08' */
export const todayIn = (now: Date, timeZone: string): string => isoDay(dayIn(now.getTime(), timeZone));

/**
 * The runner's complete weeks of running before now, km to 0.1, oldest first: at most
 * `PLAN_HISTORY_WEEKS`, none from before their first activity (history they did not record is unknown, not 0).
 * @example await completeWeeksKm({ repos, now }, userId, 'Europe/Paris') // [18.2, 20, 21.5]
 */
export async function completeWeeksKm(
  deps: { repos: Pick<Repositories, 'runs'>; now: Date },
  userId: string,
  timeZone: string,
): Promise<number[]> {
  const span = await deps.repos.runs.startSpan(userId);
  if (!span) return [];
  const weeks = PLAN_HISTORY_WEEKS + 1;
  const thisMonday = mondayOf(dayIn(deps.now.getTime(), timeZone));
  // The weeks shown and the five before them (for the rules weeklyDistance also judges), a day of slack
  // on each side for offsets from UTC.
  const from = thisMonday - 7 * (weeks + 5) - 1;
  const to = thisMonday + 8;
  const activities = await deps.repos.runs.loadRows(userId, instant(from), instant(to));
  const firstMonday = isoDay(mondayOf(dayIn(Date.parse(span.first), timeZone)));
  return weeklyDistance({ activities, now: deps.now, timeZone, weeks, historyStart: span.first })
    .filter((w) => w.complete && w.weekStart >= firstMonday)
    .map((w) => Math.round(w.distanceM / 100) / 10);
}

const instant = (day: number): string => new Date(day * DAY_MS).toISOString();

/**
 * Builds a plan from the runner's latest complete check-in (its answers; its pain score is the baseline)
 * and their complete weeks of running, and makes it their current plan (ending the one before).
 * `checkin_required` when they have no complete check-in. An emergency or urgent check-in gives a
 * withheld plan (no weeks, the reason said), stored like any other so the runner sees why.
 * @example const built = await createPlan({ repos, now }, userId, { runsPerWeek: 3, weeks: 6, timeZone: 'UTC' });
 */
export async function createPlan(
  deps: PlanDeps,
  userId: string,
  request: PlanRequest,
): Promise<Result<PlanView>> {
  const checkin = await deps.repos.checkins.lastComplete(userId);
  if (!checkin)
    return fail(
      'checkin_required',
      'Check in first: a plan is built from your latest complete check-in, and you have none yet.',
    );
  const { timeZone } = request;
  const weeklyKm = await completeWeeksKm(deps, userId, timeZone);
  const startDate = request.startDate ?? todayIn(deps.now, timeZone);
  const built = buildPlan({
    checkin: { age: checkin.age, sex: checkin.sex, findings: checkin.findings, complete: true },
    weeklyKm,
    runsPerWeek: request.runsPerWeek,
    startDate,
    weeks: request.weeks,
    ...(request.availableDays ? { availableDays: request.availableDays } : {}),
  });
  if (!built.ok) return built;
  const stored: StoredPlan = {
    id: randomUUID(),
    createdAt: deps.now.toISOString(),
    checkinId: checkin.id,
    input: {
      runsPerWeek: request.runsPerWeek,
      weeks: request.weeks,
      startDate,
      availableDays: request.availableDays ?? null,
      weeklyKm,
      timeZone,
    },
    plan: built.value,
    baselinePain: checkin.painScore,
    urgency: built.value.urgency,
    status: 'active',
    endedAt: null,
  };
  await deps.repos.plans.insertActive(userId, stored);
  return ok(await planView(deps, userId, stored, timeZone));
}

/**
 * A stored plan as the runner sees it: adapted to every log and to the check-ins made since it was built,
 * with the logs; `stopped` when the adaptation sent the runner to a new check-in.
 */
export async function planView(
  deps: PlanDeps,
  userId: string,
  stored: StoredPlan,
  timeZone: string,
): Promise<PlanView> {
  const [logs, later, checkin] = await Promise.all([
    deps.repos.planLogs.list(userId, stored.id),
    deps.repos.checkins.after(userId, stored.createdAt),
    deps.repos.checkins.get(userId, stored.checkinId),
  ]);
  const today = todayIn(deps.now, timeZone);
  const adapted = adaptPlan({
    plan: stored.plan,
    baselinePain: stored.baselinePain,
    logs,
    laterCheckins: later.map((c) => ({ at: c.createdAt, urgency: c.urgency, stopRunning: c.stopRunning })),
    today,
  });
  return {
    id: stored.id,
    createdAt: stored.createdAt,
    status: stored.status === 'ended' ? 'ended' : adapted.stop ? 'stopped' : 'active',
    endedAt: stored.endedAt,
    checkinId: stored.checkinId,
    checkinAt: checkin?.createdAt ?? stored.createdAt,
    urgency: stored.urgency,
    baselinePain: stored.baselinePain,
    runsPerWeek: stored.input.runsPerWeek,
    availableDays: stored.input.availableDays,
    weeklyKm: stored.input.weeklyKm,
    timeZone,
    today,
    plan: adapted.plan,
    changes: adapted.changes,
    stop: adapted.stop,
    runZones: adapted.runZones,
    logs: logs.map(({ planId: _planId, ...log }) => log),
  };
}

/**
 * The runner's current (active) plan, adapted; `not_found` when they have none.
 * @example const current = await currentPlan({ repos, now }, userId, 'Europe/Paris');
 */
export async function currentPlan(
  deps: PlanDeps,
  userId: string,
  timeZone: string,
): Promise<Result<PlanView>> {
  const stored = await deps.repos.plans.active(userId);
  if (!stored) return fail('not_found', 'You have no current plan: build one.');
  return ok(await planView(deps, userId, stored, timeZone));
}

/** One plan of the runner (current or ended), adapted; another runner's is `not_found`. */
export async function planById(
  deps: PlanDeps,
  userId: string,
  id: string,
  timeZone: string,
): Promise<Result<PlanView>> {
  const stored = await deps.repos.plans.get(userId, id);
  if (!stored) return notFound();
  return ok(await planView(deps, userId, stored, timeZone));
}

/** Ends the runner's plan, keeping its logs; ending an ended plan changes nothing. */
export async function endPlan(deps: PlanDeps, userId: string, id: string): Promise<Result<PlanView>> {
  const stored = await deps.repos.plans.get(userId, id);
  if (!stored) return notFound();
  if (stored.status === 'active') await deps.repos.plans.end(userId, id, deps.now.toISOString());
  const after = await deps.repos.plans.get(userId, id);
  return ok(await planView(deps, userId, after!, stored.input.timeZone));
}
