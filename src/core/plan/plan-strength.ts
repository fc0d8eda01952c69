/**
 * Exercises at their start doses (the low end of every range in `doses.ts`) and the sessions built from them:
 * strength mixes core and glute/hip work, rotating through each group's default picks from one session to the next.
 */
import { EXERCISES, idsOf, type Dose, type ExerciseGroup, type ExerciseId } from './doses';
import type { PlanExercise } from './plan-types';

/**
 * @example startDose('side_plank') // { id: 'side_plank', sets: 2, holdS: 20, perSide: true }
 */
export function startDose(id: ExerciseId): PlanExercise {
  const dose = EXERCISES[id].dose as Dose;
  const out: PlanExercise = { id, sets: dose.sets[0] };
  if (dose.reps) out.reps = dose.reps[0];
  if (dose.holdS) out.holdS = dose.holdS[0];
  if (dose.perSide) out.perSide = true;
  if (dose.durationS) out.durationS = dose.durationS[0];
  return out;
}

/** A group's default picks (`start: true`), in the order of `doses.ts`. */
export const startPicks = (group: ExerciseGroup): ExerciseId[] =>
  idsOf(group).filter((id) => (EXERCISES[id] as { start?: true }).start === true);

/** Exercises of each group in one strength session. */
export const STRENGTH_PER_GROUP = 3;

function rotate<T>(list: readonly T[], from: number, count: number): T[] {
  return Array.from({ length: Math.min(count, list.length) }, (_, i) => list[(from + i) % list.length]!);
}

/**
 * The `n`th strength session of a week (0-based): three core and three glute/hip exercises.
 * @example strengthSession(0).map((e) => e.id) // ['plank', 'side_plank', 'bird_dog', 'glute_bridge', 'hip_thrust', 'squat']
 */
export function strengthSession(n: number): PlanExercise[] {
  const core = rotate(startPicks('core'), n * STRENGTH_PER_GROUP, STRENGTH_PER_GROUP);
  const glute = rotate(startPicks('glute_hip'), n * STRENGTH_PER_GROUP, STRENGTH_PER_GROUP);
  return [...core, ...glute].map(startDose);
}

/** The exercises of a group's default picks, at start doses, optionally only some of them. */
export const groupSession = (group: ExerciseGroup, only?: readonly ExerciseId[]): PlanExercise[] =>
  startPicks(group)
    .filter((id) => only === undefined || only.includes(id))
    .map(startDose);
