/**
 * The plan generator (issue 11 item 2): a check-in, the runner's weekly distances, runs a week, a start date and a
 * number of weeks → weeks of days. Pure. What is chosen where the issue is silent:
 *
 * - Weeks start on the Monday on or after `startDate` (a Monday itself starts the plan that day).
 * - The check-in is triaged here (`triageChecked`): bad or incomplete check-ins are failures, not plans.
 * - `emergency` / `urgent`: withheld, no weeks, the reason from the deciding rule.
 * - `see_clinician`: the appointment is the first item of the first day; the causes found in the answers shape
 *   the plan as they would for self-care. When the result stops running (C1, C2,
 *   C7, C8, C9), the weeks hold no runs, no strength and no drills until a clinician has looked (C2 forbids
 *   arching moves, C1 impact): a rest day and pain-free cycling or swimming. Otherwise the plan as usual.
 * - `self_manage`: the full plan, shaped by the factors (see `plan-days.ts`, `plan-layout.ts`, `plan-weeks.ts`).
 */
import type { Checkin } from '../checkin/checkin';
import { contributingFactors, type FactorId } from '../checkin/factors';
import { factsOf } from '../checkin/checkin';
import { triageChecked } from '../checkin/triage';
import { dayNumber, mondayOf } from '../load/calendar';
import { ok, type Result } from '../result';
import { planWeek } from './plan-days';
import { weekLayout, type Weekday } from './plan-layout';
import type { Plan, PlanItem } from './plan-types';
import { LIGHTER_FIRST_PCT, START_KM_PER_RUN, weeklyTargetsM } from './plan-weeks';

export interface PlanInput {
  checkin: Checkin & { complete?: boolean; country?: string };
  /** Complete weeks' running, km, oldest first. */
  weeklyKm: readonly number[];
  runsPerWeek: number;
  /** YYYY-MM-DD. */
  startDate: string;
  weeks: number;
  /** Days the runner can run; every day when absent. */
  availableDays?: readonly Weekday[];
}

/** The first Monday on or after a date. @example firstMonday('2026-12-02') // '2026-12-07' as a day number */
export function firstMonday(date: string): number {
  const day = dayNumber(date);
  const monday = mondayOf(day);
  return monday === day ? day : monday + 7;
}

/**
 * @example buildPlan({ checkin, weeklyKm: [20, 22], runsPerWeek: 3, startDate: '2026-12-07', weeks: 4 })
 */
export function buildPlan(input: PlanInput): Result<Plan> {
  const triaged = triageChecked(input.checkin);
  if (!triaged.ok) return triaged;
  const result = triaged.value;
  const lead = result.rules[0]!;
  const reason = `${lead.title}: ${lead.action}`;
  if (result.urgency === 'emergency' || result.urgency === 'urgent')
    return ok({ status: 'withheld', urgency: result.urgency, reason, notes: [], weeks: [] });

  // A see_clinician result names no causes (triage gives them only for self-care), yet a plan that still runs
  // must heed them too: a recent spike, new shoes, form.
  const factorList =
    result.urgency === 'self_manage' ? result.factors : contributingFactors(factsOf(input.checkin));
  const factors = new Set<FactorId>(factorList.map((f) => f.id));
  const stopRunning = result.stopRunning;
  const historyM = input.weeklyKm.map((k) => Math.round(k * 1000));
  const notes: string[] = [];
  if (!stopRunning) {
    if ((historyM.at(-1) ?? 0) <= 0)
      notes.push(
        `No running in the last complete week: the first week starts low, ${START_KM_PER_RUN} km a run.`,
      );
    if (factors.has('load_spike'))
      notes.push(
        `A recent load spike: the first week is at most ${LIGHTER_FIRST_PCT} % of the last complete week.`,
      );
  } else {
    notes.push('Running stops until a clinician has seen you: pain-free cycling or swimming meanwhile.');
  }
  const targets = stopRunning
    ? Array.from({ length: input.weeks }, () => 0)
    : weeklyTargetsM({
        historyM,
        weeks: input.weeks,
        runsPerWeek: input.runsPerWeek,
        lighterFirst: factors.has('load_spike'),
      });
  const layout = weekLayout({
    runsPerWeek: input.runsPerWeek,
    availableDays: input.availableDays,
    running: !stopRunning,
    extraStrength: factors.has('core_glute_weakness'),
  });
  const firstTasks: PlanItem[] = [];
  if (result.urgency === 'see_clinician') firstTasks.push({ kind: 'task', task: 'appointment' });
  if (factors.has('footwear')) firstTasks.push({ kind: 'task', task: 'shoe_check' });
  const start = firstMonday(input.startDate);
  const weeks = targets.map((targetM, w) =>
    planWeek({
      monday: start + 7 * w,
      targetM,
      layout,
      factors,
      stopRunning,
      firstDayTasks: w === 0 ? firstTasks : [],
    }),
  );
  return ok({
    status: 'ok',
    urgency: result.urgency,
    ...(result.urgency === 'see_clinician' ? { reason } : {}),
    notes,
    weeks,
  });
}
