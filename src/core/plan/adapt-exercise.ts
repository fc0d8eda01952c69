/**
 * Ladder decisions for one exercise (clinical evidence §4.2): how a session went, and the step up or down its
 * ladder (§4.1, `doses.ts`). What is chosen where the issue is silent:
 *
 * - A session is judged in this order: regress (pain during above 5, the next morning worse than the baseline,
 *   or pain rising week on week), hold (pain during 4–5, or form broke), good (every set done, form kept, pain
 *   during 0–3), otherwise it just does not count (sets left undone with little pain: no change, the run of
 *   good sessions starts again).
 * - A next morning not known yet decides nothing: the session is judged on pain during (a good session counts;
 *   a worse morning given later turns it into a regress, since adaptation is recomputed from the logs).
 * - At the top of its ladder an exercise grows its dose: hold +5 s, else reps +2, else one set more, each up to
 *   the top of its range in `doses.ts`; at the top of everything it stays.
 * - At the bottom of its ladder a regress cuts volume: one set fewer (a third of the volume at three sets),
 *   else a hold 5 s shorter, else 2 reps fewer, never under the range's minimum; at the minimum of everything
 *   it stays (the stop rules watch pain that goes on).
 * - A step onto an exercise the plan already holds elsewhere (the bridge ladder ends at the hip thrust, itself
 *   in the plan) is not taken: the dose moves instead (up) or the volume is cut (down).
 */
import { EXERCISES, type Dose, type ExerciseId } from './doses';
import { startDose } from './plan-strength';
import type { PlanExercise } from './plan-types';

/** Pain during at or under this is "little pain" (green). */
export const GOOD_PAIN_MAX = 3;
/** Pain during at or under this, above `GOOD_PAIN_MAX`, holds the dose (amber). */
export const HOLD_PAIN_MAX = 5;
/** Good sessions in a row that move an exercise up. */
export const GOOD_SESSIONS_TO_PROGRESS = 2;
export const HOLD_STEP_S = 5;
export const REPS_STEP = 2;

export interface SessionFacts {
  painDuring: number;
  /** Null until the runner has said. */
  painNextMorning: number | null;
  /** The check-in's pain; null compares the morning with this session's pain during. */
  baselinePain: number | null;
  plannedSets: number;
  /** Null when the log does not list the exercise (not done). */
  setsDone: number | null;
  formOk: boolean;
  /** Pain during has risen week on week (see `painRising`). */
  rising: boolean;
}

export type Verdict =
  | { kind: 'regress'; why: 'pain' | 'morning' | 'rising' }
  | { kind: 'hold'; why: 'pain' | 'form' }
  | { kind: 'good' }
  | { kind: 'incomplete' };

/**
 * @example judgeSession({ painDuring: 2, painNextMorning: 1, baselinePain: 3, plannedSets: 2, setsDone: 2, formOk: true, rising: false }) // { kind: 'good' }
 * @example judgeSession({ painDuring: 6, painNextMorning: null, baselinePain: 3, plannedSets: 2, setsDone: 2, formOk: true, rising: false }) // { kind: 'regress', why: 'pain' }
 */
export function judgeSession(f: SessionFacts): Verdict {
  if (f.painDuring > HOLD_PAIN_MAX) return { kind: 'regress', why: 'pain' };
  const base = f.baselinePain ?? f.painDuring;
  if (f.painNextMorning !== null && f.painNextMorning > base) return { kind: 'regress', why: 'morning' };
  if (f.rising) return { kind: 'regress', why: 'rising' };
  if (f.painDuring > GOOD_PAIN_MAX) return { kind: 'hold', why: 'pain' };
  if (f.setsDone !== null && !f.formOk) return { kind: 'hold', why: 'form' };
  if (f.setsDone !== null && f.setsDone >= f.plannedSets) return { kind: 'good' };
  return { kind: 'incomplete' };
}

export type Step =
  | { kind: 'progress'; exercise: PlanExercise; replaces?: ExerciseId }
  | { kind: 'regress'; exercise: PlanExercise; replaces: ExerciseId }
  | { kind: 'cut_volume'; exercise: PlanExercise };

const doseOf = (id: ExerciseId): Dose => EXERCISES[id].dose;
const ladder = (id: ExerciseId) => EXERCISES[id] as { progression?: ExerciseId; regression?: ExerciseId };

/**
 * One step up: the next exercise of the ladder at its start dose, or at the top (or when the next is already
 * in the plan) a bigger dose. Null at the top of everything.
 * @example stepUp({ id: 'plank', sets: 2, holdS: 30 }, new Set()) // { kind: 'progress', exercise: { id: 'plank_leg_lift', sets: 2, holdS: 30 }, replaces: 'plank' }
 */
export function stepUp(ex: PlanExercise, taken: ReadonlySet<ExerciseId>): Step | null {
  const next = ladder(ex.id).progression;
  if (next !== undefined && !taken.has(next))
    return { kind: 'progress', exercise: startDose(next), replaces: ex.id };
  const dose = doseOf(ex.id);
  if (dose.holdS && ex.holdS !== undefined && ex.holdS < dose.holdS[1])
    return { kind: 'progress', exercise: { ...ex, holdS: Math.min(dose.holdS[1], ex.holdS + HOLD_STEP_S) } };
  if (dose.reps && ex.reps !== undefined && ex.reps < dose.reps[1])
    return { kind: 'progress', exercise: { ...ex, reps: Math.min(dose.reps[1], ex.reps + REPS_STEP) } };
  if (ex.sets < dose.sets[1]) return { kind: 'progress', exercise: { ...ex, sets: ex.sets + 1 } };
  return null;
}

/**
 * One step down: the easier exercise of the ladder at its start dose, or at the bottom (or when the easier one
 * is already in the plan) less volume. Null at the minimum of everything.
 * @example stepDown({ id: 'plank', sets: 2, holdS: 30 }, new Set()) // { kind: 'regress', exercise: { id: 'plank_knees', sets: 2, holdS: 10 }, replaces: 'plank' }
 * @example stepDown({ id: 'lunge', sets: 3, reps: 14, perSide: true }, new Set()) // cut_volume to 2 sets of 14
 */
export function stepDown(ex: PlanExercise, taken: ReadonlySet<ExerciseId>): Step | null {
  const easier = ladder(ex.id).regression;
  if (easier !== undefined && !taken.has(easier))
    return { kind: 'regress', exercise: startDose(easier), replaces: ex.id };
  const dose = doseOf(ex.id);
  if (ex.sets > dose.sets[0]) return { kind: 'cut_volume', exercise: { ...ex, sets: ex.sets - 1 } };
  if (dose.holdS && ex.holdS !== undefined && ex.holdS > dose.holdS[0])
    return {
      kind: 'cut_volume',
      exercise: { ...ex, holdS: Math.max(dose.holdS[0], ex.holdS - HOLD_STEP_S) },
    };
  if (dose.reps && ex.reps !== undefined && ex.reps > dose.reps[0])
    return { kind: 'cut_volume', exercise: { ...ex, reps: Math.max(dose.reps[0], ex.reps - REPS_STEP) } };
  return null;
}
