/**
 * Every exercise, stretch, warm-up move, drill and foam-rolling target of the plan, by id, with the dose the
 * article prescribes (seed article: core 2–3 sets, plank 30–60 s, side plank 20–40 s a side, bird dog 5 s holds;
 * glutes and hips 2–3 sets of 12–15; stretches 20–30 s, 2–3 times; foam rolling 1–2 minutes a muscle group) and
 * the ladder steps of clinical evidence §4.1 (regressions start lower). The exercise library
 * (`library.ts`) gives each its words and drawing; the plan generator reads the doses from here.
 */

export const EXERCISE_GROUPS = [
  'core',
  'glute_hip',
  'dynamic_warmup',
  'static_stretch',
  'drill',
  'foam_rolling',
  'active_recovery',
] as const;
export type ExerciseGroup = (typeof EXERCISE_GROUPS)[number];

/** A dose as ranges: the plan picks the low end to start and moves within them. */
export interface Dose {
  sets: readonly [number, number];
  reps?: readonly [number, number];
  holdS?: readonly [number, number];
  /** Done on each side (reps or hold per side). */
  perSide?: boolean;
  /** Time on the move or target, seconds (foam rolling, active recovery). */
  durationS?: readonly [number, number];
}

export interface ExerciseDose {
  group: ExerciseGroup;
  dose: Dose;
  /** One step easier, when there is one (clinical evidence §4.1): an id of `EXERCISES` (a test checks). */
  regression?: string;
  /** One step harder, when there is one. */
  progression?: string;
  /** Where the article's own exercise starts on its ladder: the plan's default pick for its group. */
  start?: true;
}

const CORE_SETS = [2, 3] as const;
const GLUTE = { sets: [2, 3], reps: [12, 15] } as const;
const STRETCH = { sets: [2, 3], holdS: [20, 30] } as const;
const ROLL = { sets: [1, 1], durationS: [60, 120] } as const;

export const EXERCISES = {
  // Core (article: 2–3 sets of each, 2–3 times a week)
  plank_knees: { group: 'core', dose: { sets: CORE_SETS, holdS: [10, 20] }, progression: 'plank' },
  plank: {
    group: 'core',
    dose: { sets: CORE_SETS, holdS: [30, 60] },
    regression: 'plank_knees',
    progression: 'plank_leg_lift',
    start: true,
  },
  plank_leg_lift: { group: 'core', dose: { sets: CORE_SETS, holdS: [30, 60] }, regression: 'plank' },
  side_plank_knees: {
    group: 'core',
    dose: { sets: CORE_SETS, holdS: [10, 20], perSide: true },
    progression: 'side_plank',
  },
  side_plank: {
    group: 'core',
    dose: { sets: CORE_SETS, holdS: [20, 40], perSide: true },
    regression: 'side_plank_knees',
    progression: 'side_plank_abduction',
    start: true,
  },
  side_plank_abduction: {
    group: 'core',
    dose: { sets: CORE_SETS, holdS: [20, 40], perSide: true },
    regression: 'side_plank',
  },
  bird_dog_reach: {
    group: 'core',
    dose: { sets: CORE_SETS, reps: [6, 8], holdS: [5, 5], perSide: true },
    progression: 'bird_dog',
  },
  bird_dog: {
    group: 'core',
    dose: { sets: CORE_SETS, reps: [6, 8], holdS: [5, 10], perSide: true },
    regression: 'bird_dog_reach',
    start: true,
  },
  dead_bug_heel_taps: {
    group: 'core',
    dose: { sets: CORE_SETS, reps: [8, 8], perSide: true },
    progression: 'dead_bug',
  },
  dead_bug: {
    group: 'core',
    dose: { sets: CORE_SETS, reps: [8, 8], perSide: true },
    regression: 'dead_bug_heel_taps',
    start: true,
  },
  // Glutes and hips (article: 2–3 sets of 12–15, 2–3 times a week)
  glute_bridge: { group: 'glute_hip', dose: GLUTE, progression: 'marching_bridge', start: true },
  marching_bridge: {
    group: 'glute_hip',
    dose: { ...GLUTE, perSide: true },
    regression: 'glute_bridge',
    progression: 'single_leg_bridge',
  },
  single_leg_bridge: {
    group: 'glute_hip',
    dose: { sets: [2, 3], reps: [8, 12], perSide: true },
    regression: 'marching_bridge',
    progression: 'hip_thrust',
  },
  hip_thrust: { group: 'glute_hip', dose: GLUTE, regression: 'single_leg_bridge', start: true },
  sit_to_stand: { group: 'glute_hip', dose: GLUTE, progression: 'squat' },
  squat: {
    group: 'glute_hip',
    dose: GLUTE,
    regression: 'sit_to_stand',
    progression: 'goblet_squat',
    start: true,
  },
  goblet_squat: { group: 'glute_hip', dose: { sets: [2, 3], reps: [8, 12] }, regression: 'squat' },
  lunge: { group: 'glute_hip', dose: { ...GLUTE, perSide: true }, start: true },
  clamshell: {
    group: 'glute_hip',
    dose: { ...GLUTE, perSide: true },
    progression: 'banded_clamshell',
    start: true,
  },
  banded_clamshell: { group: 'glute_hip', dose: { ...GLUTE, perSide: true }, regression: 'clamshell' },
  // Dynamic warm-up before every run
  leg_swings: { group: 'dynamic_warmup', dose: { sets: [1, 1], reps: [10, 10], perSide: true }, start: true },
  walking_lunges: {
    group: 'dynamic_warmup',
    dose: { sets: [1, 1], reps: [8, 10], perSide: true },
    start: true,
  },
  hip_circles: { group: 'dynamic_warmup', dose: { sets: [1, 1], reps: [8, 10], perSide: true }, start: true },
  // Static stretches after runs (article: 20–30 s, 2–3 times)
  hamstring_stretch: { group: 'static_stretch', dose: { ...STRETCH, perSide: true }, start: true },
  hip_flexor_stretch: { group: 'static_stretch', dose: { ...STRETCH, perSide: true }, start: true },
  glute_stretch: { group: 'static_stretch', dose: { ...STRETCH, perSide: true }, start: true },
  childs_pose: { group: 'static_stretch', dose: STRETCH, start: true },
  spinal_twist: { group: 'static_stretch', dose: { ...STRETCH, perSide: true }, start: true },
  // Form drills (article: high-knee marches, butt kicks, short form-focused intervals)
  high_knee_march: { group: 'drill', dose: { sets: [2, 3], durationS: [20, 30] }, start: true },
  butt_kicks: { group: 'drill', dose: { sets: [2, 3], durationS: [20, 30] }, start: true },
  form_strides: { group: 'drill', dose: { sets: [4, 6], durationS: [15, 20] }, start: true },
  // Foam rolling (article: 1–2 minutes a muscle group)
  roll_lower_back: { group: 'foam_rolling', dose: ROLL, start: true },
  roll_glutes: { group: 'foam_rolling', dose: ROLL, start: true },
  roll_hamstrings: { group: 'foam_rolling', dose: ROLL, start: true },
  roll_hip_flexors: { group: 'foam_rolling', dose: ROLL, start: true },
  // Active recovery
  easy_walk: { group: 'active_recovery', dose: { sets: [1, 1], durationS: [1200, 1800] }, start: true },
  easy_cycle: { group: 'active_recovery', dose: { sets: [1, 1], durationS: [1200, 1800] }, start: true },
  easy_swim: { group: 'active_recovery', dose: { sets: [1, 1], durationS: [1200, 1800] }, start: true },
} as const satisfies Record<string, ExerciseDose>;

export type ExerciseId = keyof typeof EXERCISES;
export const EXERCISE_IDS = Object.keys(EXERCISES) as ExerciseId[];

/** The ids of a group, in the order above. */
export const idsOf = (group: ExerciseGroup): ExerciseId[] =>
  EXERCISE_IDS.filter((id) => EXERCISES[id].group === group);
