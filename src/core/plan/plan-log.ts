/**
 * What the runner reports after a plan item (issue 11 item 5): pain during (0–10), pain the next morning (added
 * later, the day after), whether every set was done with good form, and for runs whether the pain rose during
 * the run or made them limp. Adaptation (`adapt.ts`) reads these and nothing else.
 */
import type { ExerciseId } from './doses';
import type { PlanItemKind } from './plan-types';

/** Items that can be logged: everything the runner does (not rest days, not tasks). */
export const LOGGABLE_KINDS = [
  'run',
  'warmup',
  'cooldown_stretch',
  'strength',
  'drills',
  'mobility',
  'foam_rolling',
  'active_recovery',
] as const satisfies readonly PlanItemKind[];
export type LoggableKind = (typeof LOGGABLE_KINDS)[number];

/** One exercise as it was done in a session. */
export interface ExerciseDone {
  id: ExerciseId;
  /** Sets finished at the prescribed dose. */
  setsDone: number;
  /** False when form broke (in the last set or earlier). */
  formOk: boolean;
}

export interface PlanLog {
  /** The plan day the item belongs to, YYYY-MM-DD. */
  date: string;
  kind: LoggableKind;
  /** Which item of that kind on that day (0 for the first): a day may hold two of a kind. */
  itemIndex: number;
  /** Pain during, 0–10. */
  painDuring: number;
  /** Pain and stiffness the next morning, 0–10; null until the runner has said. */
  painNextMorning: number | null;
  /** Sessions: each exercise as done. Empty for runs and untimed items. */
  exercises: ExerciseDone[];
  /** Runs: pain rose as the run went on. */
  painRoseDuring: boolean;
  /** Runs: the runner limped. */
  limped: boolean;
  /** Any new numbness, weakness, bladder, bowel or sexual change, or fever since the last log. */
  newRedFlag: boolean;
  /** When it was logged, ISO 8601. */
  loggedAt: string;
}
