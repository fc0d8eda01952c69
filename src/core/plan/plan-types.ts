/** The shapes of a built plan (issue 11 item 3), shared by the generator's modules. */
import type { Urgency } from '../checkin/urgency';
import type { ExerciseId } from './doses';

export const PLAN_ITEM_KINDS = [
  'run',
  'warmup',
  'cooldown_stretch',
  'strength',
  'drills',
  'mobility',
  'foam_rolling',
  'active_recovery',
  'rest',
  'task',
] as const;
export type PlanItemKind = (typeof PLAN_ITEM_KINDS)[number];

/**
 * What a `task` item asks: book the clinician's appointment, check the shoes, read the week's form cue, or do a
 * new check-in (`recheck`: the plan stopped, see `adapt-stop.ts`).
 */
export const PLAN_TASKS = ['appointment', 'shoe_check', 'form_cue', 'recheck'] as const;
export type PlanTask = (typeof PLAN_TASKS)[number];

/** One exercise at its dose; `durationS` for timed moves (drills, foam rolling, active recovery). */
export interface PlanExercise {
  id: ExerciseId;
  sets: number;
  reps?: number;
  holdS?: number;
  perSide?: true;
  durationS?: number;
}

export interface PlanItem {
  kind: PlanItemKind;
  /** A run's distance, km to 0.1. */
  km?: number;
  exercises?: PlanExercise[];
  /** A task's code. */
  task?: PlanTask;
}

export interface PlanDay {
  date: string;
  items: PlanItem[];
}

export interface PlanWeek {
  /** The Monday, YYYY-MM-DD. */
  weekStart: string;
  /** The week's running, km to 0.1 (the sum of its runs). */
  targetKm: number;
  days: PlanDay[];
}

export interface Plan {
  status: 'ok' | 'withheld';
  urgency: Urgency;
  /** Why the plan is withheld or limited: the deciding rule's title and action. */
  reason?: string;
  /** How the plan was shaped where the input left a choice (no history, a lighter first week…). */
  notes: string[];
  weeks: PlanWeek[];
}
