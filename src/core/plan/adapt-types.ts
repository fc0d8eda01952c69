/** The shapes adaptation (`adapt.ts`) takes and gives back (issue 11 item 5, clinical evidence §4.2–4.3). */
import type { Urgency } from '../checkin/urgency';
import type { ExerciseId } from './doses';
import type { PlanLog } from './plan-log';
import type { Plan } from './plan-types';

export interface AdaptInput {
  /** The plan as built (never changed in storage: adaptation is recomputed from the logs). */
  plan: Plan;
  /** Pain at the check-in the plan was built from, 0–10; null when it gave none. */
  baselinePain: number | null;
  logs: readonly PlanLog[];
  /** Check-ins made after the plan was built, oldest first: a worse urgency stops the plan. */
  laterCheckins: readonly { at: string; urgency: Urgency; stopRunning: boolean }[];
  /** The runner's today, YYYY-MM-DD. */
  today: string;
  /**
   * The complete weeks' running the plan was built from, km, oldest first (the plan record's `weeklyKm`):
   * lets lowered weeks keep the spike rule over the weeks before the plan too. Optional: without it the
   * spike rule looks at the plan's own weeks only.
   */
  weeklyKm?: readonly number[];
}

export type ChangeKind =
  'progress' | 'hold' | 'regress' | 'cut_volume' | 'run_progress' | 'run_hold' | 'run_lower' | 'run_pause';

/** One decision, with the logs that caused it, in words for the runner. */
export interface PlanChange {
  kind: ChangeKind;
  /** The first day the change applies to, YYYY-MM-DD. */
  from: string;
  exerciseId?: ExerciseId;
  /** The exercise it replaces (progress and regress). */
  replaces?: ExerciseId;
  /** The days of the logs that decided it. */
  because: string[];
  message: string;
}

export type StopCode =
  'new_red_flag' | 'worse_checkin' | 'severe_pain' | 'pain_rise' | 'red_twice' | 'no_improvement';

/** The plan stops and sends the runner to a new check-in. */
export interface PlanStop {
  code: StopCode;
  /** The day it stopped, YYYY-MM-DD. */
  on: string;
  because: string[];
  message: string;
}

export type RunZone = 'green' | 'amber' | 'red';

export interface AdaptResult {
  /** The plan with every change applied from its day on; days before today are as they were planned. */
  plan: Plan;
  changes: PlanChange[];
  stop: PlanStop | null;
  /** The traffic light of each logged run, in date order. */
  runZones: { date: string; zone: RunZone }[];
}
