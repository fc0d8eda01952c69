/**
 * A plan item as the steps the guided player runs through (issue 11 item 4): a get-ready countdown, then each
 * exercise set by set: timed holds (one step per side, with a short switch between), rep sets the runner ends
 * by tapping "done", and rest countdowns between sets (none after the last). Every step previews what comes next.
 */
import type { ExerciseId } from './doses';
import type { PlanDay, PlanExercise, PlanItem, PlanItemKind } from './plan-types';

/** Items the player can guide: everything with exercises except runs. */
export const GUIDED_KINDS = [
  'strength',
  'warmup',
  'cooldown_stretch',
  'drills',
  'mobility',
  'foam_rolling',
  'active_recovery',
] as const satisfies readonly PlanItemKind[];
export type GuidedKind = (typeof GUIDED_KINDS)[number];

export const isGuidedKind = (kind: string): kind is GuidedKind =>
  (GUIDED_KINDS as readonly string[]).includes(kind);

/** The countdown before the first exercise, seconds. */
export const GET_READY_S = 10;
/** The countdown to change sides in a per-side hold, seconds. */
export const SWITCH_SIDE_S = 5;

/**
 * Rest between sets, and between one exercise and the next, seconds. Our own numbers (the article gives none):
 * long enough to breathe and reset the position, short enough that a session stays near its planned length.
 * Stretches and warm-up moves only need time to change position.
 */
export const REST_S: Record<GuidedKind, number> = {
  strength: 30,
  drills: 30,
  warmup: 10,
  cooldown_stretch: 15,
  mobility: 15,
  foam_rolling: 15,
  active_recovery: 0,
};

/** Seconds one rep takes, for the session's length estimate only (the runner ends a rep set). */
export const SECONDS_PER_REP = 3;

export type Side = 'left' | 'right';

/** What the next piece of work is, for the "next up" line. */
export interface StepPreview {
  exerciseId: ExerciseId;
  set: number;
  sets: number;
  side: Side | null;
}

interface WorkPosition {
  exerciseId: ExerciseId;
  /** 1-based. */
  set: number;
  sets: number;
}

export type SessionStep =
  | { type: 'get_ready'; durationS: number; next: StepPreview | null }
  | ({ type: 'hold'; side: Side | null; durationS: number; next: StepPreview | null } & WorkPosition)
  | ({
      type: 'reps';
      reps: number;
      perSide: boolean;
      /** Each rep held this long (bird dog), or null. */
      holdEachS: number | null;
      next: StepPreview | null;
    } & WorkPosition)
  | ({ type: 'switch_side'; durationS: number; next: StepPreview | null } & WorkPosition)
  | { type: 'rest'; durationS: number; next: StepPreview | null };

export type TimedStep = Extract<SessionStep, { durationS: number }>;

/** Steps that run on a clock (everything but rep sets, which end on a tap). */
export const isTimed = (step: SessionStep): step is TimedStep => step.type !== 'reps';

/** A step that is one of the runner's sets (a hold or a rep set), not a countdown around them. */
export const isWork = (step: SessionStep): step is Extract<SessionStep, { type: 'hold' | 'reps' }> =>
  step.type === 'hold' || step.type === 'reps';

/** Steps for one exercise, before any preview is filled in (`next: null`). */
function exerciseSteps(ex: PlanExercise, restS: number): SessionStep[] {
  const steps: SessionStep[] = [];
  const perSide = ex.perSide === true;
  const holdS = ex.reps === undefined ? (ex.holdS ?? ex.durationS) : undefined;
  for (let set = 1; set <= ex.sets; set++) {
    const at = { exerciseId: ex.id, set, sets: ex.sets };
    if (holdS !== undefined && perSide) {
      steps.push({ type: 'hold', ...at, side: 'left', durationS: holdS, next: null });
      steps.push({ type: 'switch_side', ...at, durationS: SWITCH_SIDE_S, next: null });
      steps.push({ type: 'hold', ...at, side: 'right', durationS: holdS, next: null });
    } else if (holdS !== undefined) {
      steps.push({ type: 'hold', ...at, side: null, durationS: holdS, next: null });
    } else {
      steps.push({
        type: 'reps',
        ...at,
        reps: ex.reps ?? 1,
        perSide,
        holdEachS: ex.holdS ?? null,
        next: null,
      });
    }
    if (set < ex.sets && restS > 0) steps.push({ type: 'rest', durationS: restS, next: null });
  }
  return steps;
}

/** Options for `sessionSteps`. */
export interface SessionStepOptions {
  /**
   * Active recovery lists alternatives (walk, cycle or swim): the one the runner picked. The first when left out
   * or not among them.
   */
  choice?: ExerciseId;
}

/**
 * The exercises the session runs: all of them, except for active recovery, whose exercises are alternatives
 * (one is done).
 * @example sessionExercises({ kind: 'active_recovery', exercises: [walk, cycle] }, { choice: 'easy_cycle' }) // [cycle]
 */
export function sessionExercises(item: PlanItem, options: SessionStepOptions = {}): PlanExercise[] {
  const all = item.exercises ?? [];
  if (item.kind !== 'active_recovery' || all.length <= 1) return all;
  const chosen = all.find((e) => e.id === options.choice) ?? all[0]!;
  return [chosen];
}

/**
 * The player's steps for a plan item; [] for items it does not guide (runs, rest, tasks) or with no exercises.
 * @example sessionSteps({ kind: 'strength', exercises: [{ id: 'plank', sets: 2, holdS: 30 }] })
 * // [get_ready 10 s → plank set 1 (30 s) → rest 30 s → plank set 2 (30 s)]
 */
export function sessionSteps(item: PlanItem, options: SessionStepOptions = {}): SessionStep[] {
  if (!isGuidedKind(item.kind)) return [];
  const exercises = sessionExercises(item, options);
  if (exercises.length === 0) return [];
  const restS = REST_S[item.kind];
  const body: SessionStep[] = [];
  exercises.forEach((ex, i) => {
    if (i > 0 && restS > 0) body.push({ type: 'rest', durationS: restS, next: null });
    body.push(...exerciseSteps(ex, restS));
  });
  const steps: SessionStep[] = [{ type: 'get_ready', durationS: GET_READY_S, next: null }, ...body];
  return withPreviews(steps);
}

/** Each step's preview: the next work step after it (a hold or a rep set), or null after the last. */
function withPreviews(steps: SessionStep[]): SessionStep[] {
  let next: StepPreview | null = null;
  const out: SessionStep[] = new Array<SessionStep>(steps.length);
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i]!;
    out[i] = { ...step, next };
    if (isWork(step)) {
      next = {
        exerciseId: step.exerciseId,
        set: step.set,
        sets: step.sets,
        side: step.type === 'hold' ? step.side : null,
      };
    }
  }
  return out;
}

/**
 * Roughly how long the session takes, seconds: every countdown, and rep sets at `SECONDS_PER_REP` a rep
 * (twice for per-side sets, plus any hold of each rep).
 * @example sessionLengthS(sessionSteps({ kind: 'strength', exercises: [{ id: 'plank', sets: 2, holdS: 30 }] })) // 100
 */
export function sessionLengthS(steps: readonly SessionStep[]): number {
  return steps.reduce((total, step) => {
    if (step.type !== 'reps') return total + step.durationS;
    const perRep = SECONDS_PER_REP + (step.holdEachS ?? 0);
    return total + step.reps * perRep * (step.perSide ? 2 : 1);
  }, 0);
}

/** One exercise's count for the log: the sets planned and the sets the player saw finished. */
export interface ExerciseTally {
  id: ExerciseId;
  sets: number;
  setsDone: number;
}

/**
 * Sets done per exercise, from the indexes of the steps the runner finished (ran to the end or tapped done;
 * not skipped). A per-side set counts when both sides were finished. Exercises in the order of the session.
 * @example tallySets(steps, new Set([1, 3])) // [{ id: 'plank', sets: 2, setsDone: 2 }]
 */
export function tallySets(steps: readonly SessionStep[], finished: ReadonlySet<number>): ExerciseTally[] {
  const tallies = new Map<ExerciseId, { sets: number; open: Map<number, boolean> }>();
  steps.forEach((step, i) => {
    if (!isWork(step)) return;
    const tally = tallies.get(step.exerciseId) ?? { sets: step.sets, open: new Map<number, boolean>() };
    tallies.set(step.exerciseId, tally);
    const soFar = tally.open.get(step.set) ?? true;
    tally.open.set(step.set, soFar && finished.has(i));
  });
  return [...tallies].map(([id, t]) => ({
    id,
    sets: t.sets,
    setsDone: [...t.open.values()].filter(Boolean).length,
  }));
}

/** The signal when a step's countdown ends: `end` of a hold, `halfway` of a per-side hold (left done), `go` after a countdown. */
export type StepSignal = 'end' | 'halfway' | 'go';

/**
 * What sounds (and buzzes) when a timed step runs out; rep sets end on a tap and make no sound.
 * @example stepSignal({ type: 'hold', side: 'left', ... }) // 'halfway'
 */
export function stepSignal(step: SessionStep): StepSignal | null {
  if (step.type === 'reps') return null;
  if (step.type === 'hold') return step.side === 'left' ? 'halfway' : 'end';
  return 'go';
}

/**
 * The item a player link names: the `index`th item of `kind` on `date` (0 first), or null when the plan has none.
 * @example findPlanItem(plan, '2025-03-04', 'strength', 0) // { kind: 'strength', exercises: [...] }
 */
export function findPlanItem(
  plan: { weeks: readonly { days: readonly PlanDay[] }[] },
  date: string,
  kind: string,
  index: number,
): PlanItem | null {
  for (const week of plan.weeks) {
    const day = week.days.find((d) => d.date === date);
    if (day) return day.items.filter((item) => item.kind === kind)[index] ?? null;
  }
  return null;
}
