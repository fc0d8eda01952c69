/** The one mapping between a `plans` row and a stored plan, used by every query of the table. */
import type { Insertable, Selectable } from 'kysely';
import type { PlansTable } from '../schema';
import { URGENCIES, type Urgency } from '../../core/checkin/urgency';
import type { Weekday } from '../../core/plan/plan-layout';
import type { Plan } from '../../core/plan/plan-types';
import { enumColumn, jsonColumn } from './columns';

export const PLAN_STATUSES = ['active', 'ended'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** What the plan was built from, besides the check-in. */
export interface StoredPlanInput {
  runsPerWeek: number;
  weeks: number;
  /** As asked (the plan starts on the Monday on or after it), YYYY-MM-DD. */
  startDate: string;
  availableDays: Weekday[] | null;
  /** The runner's complete weeks of running, km, oldest first. */
  weeklyKm: number[];
  timeZone: string;
}

export interface StoredPlan {
  id: string;
  createdAt: string;
  checkinId: string;
  input: StoredPlanInput;
  /** The plan as built; adaptation never changes it. */
  plan: Plan;
  baselinePain: number | null;
  urgency: Urgency;
  status: PlanStatus;
  endedAt: string | null;
}

const input = jsonColumn<StoredPlanInput>();
const plan = jsonColumn<Plan>();
const urgency = enumColumn('plans.urgency', URGENCIES);
const status = enumColumn('plans.status', PLAN_STATUSES);

/** @example planFromRow(row).input.weeklyKm // [20, 22.5] */
export const planFromRow = (r: Selectable<PlansTable>): StoredPlan => ({
  id: r.id,
  createdAt: r.created_at,
  checkinId: r.checkin_id,
  input: input.read(r.input_json),
  plan: plan.read(r.plan_json),
  baselinePain: r.baseline_pain,
  urgency: urgency(r.urgency),
  status: status(r.status),
  endedAt: r.ended_at,
});

export const planToRow = (userId: string, p: StoredPlan): Insertable<PlansTable> => ({
  id: p.id,
  user_id: userId,
  created_at: p.createdAt,
  checkin_id: p.checkinId,
  input_json: input.write(p.input),
  plan_json: plan.write(p.plan),
  baseline_pain: p.baselinePain,
  urgency: p.urgency,
  status: p.status,
  ended_at: p.endedAt,
});
