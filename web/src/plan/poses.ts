import type { ExerciseId } from '../../../src/core/plan/doses';
import { body, centred, type Angles, type PoseFrames } from './pose-kit';

export type { Pose, PoseFrames } from './pose-kit';

// Pose data reads best one pose to a line: angles as [upper, lower] pairs, near limb first (see pose-kit.ts).

type Pair = readonly [number, number];
type Two = readonly [Pair, Pair];
const HANG: Two = [[95, 100], [85, 80]]; // prettier-ignore
const HANDS_ON_HIPS: Two = [[130, 40], [125, 45]]; // prettier-ignore
const WALL_HAND: Two = [[330, 0], [85, 80]]; // prettier-ignore
const CROSSED: Two = [[80, 330], [80, 330]]; // prettier-ignore
const HOLD_CHEST: Two = [[80, 300], [80, 300]]; // prettier-ignore
/** Running arms: one forward, one back. */
const swing = (nearForward: boolean): Two => (nearForward ? [[60, 330], [120, 60]] : [[120, 60], [60, 330]]); // prettier-ignore

// prettier-ignore
const STAND: Angles = { trunk: 270, arms: HANG, legs: [[92, 90], [88, 90]] };
// Floor work: head to the right.
// prettier-ignore
const PLANK: Angles = { trunk: 349, arms: [[90, 0], [90, 0]], legs: [[169, 169], [169, 169]] };
// prettier-ignore
const KNEE_PLANK: Angles = { trunk: 345, arms: [[90, 0], [90, 0]], legs: [[165, 180], [165, 180]] };
// prettier-ignore
const SIDE_UP: Angles = { trunk: 349, arms: [[275, 275], [90, 0]], legs: [[169, 169], [167, 167]] };
// prettier-ignore
const SIDE_DOWN: Angles = { trunk: 333, arms: [[275, 275], [90, 0]], legs: [[180, 180], [179, 179]] };
// prettier-ignore
const SIDE_KNEES_UP: Angles = { ...SIDE_UP, trunk: 345, legs: [[165, 180], [164, 180]] };
// prettier-ignore
const FOURS: Angles = { trunk: 353, head: 350, arms: [[90, 90], [88, 88]], legs: [[90, 180], [92, 180]] };
// prettier-ignore
const BACK_TABLE: Angles = { trunk: 0, arms: [[270, 270], [272, 272]], legs: [[270, 180], [268, 180]] };
// prettier-ignore
const BACK_KNEES: Angles = { trunk: 0, arms: [[180, 180], [178, 180]], legs: [[225, 100], [223, 102]] };
// prettier-ignore
const BRIDGE: Angles = { trunk: 20, arms: [[180, 180], [178, 180]], legs: [[200, 90], [198, 92]] };
// prettier-ignore
const SQUAT: Angles = { trunk: 300, arms: [[350, 0], [355, 0]], legs: [[15, 110], [13, 112]] };
// prettier-ignore
const LUNGE: Angles = { trunk: 270, arms: HANG, legs: [[10, 90], [100, 170]] };
// prettier-ignore
const SIDE_LYING: Angles = { trunk: 0, arms: [[80, 20], [0, 0]], legs: [[170, 190], [171, 190]] };
// prettier-ignore
const CLAM_OPEN: Angles = { ...SIDE_LYING, legs: [[200, 162], [171, 190]] };
// prettier-ignore
const SIT_TALL: Angles = { trunk: 285, arms: CROSSED, legs: [[0, 95], [2, 95]] };
// prettier-ignore
const KNEEL_SIT: Angles = { trunk: 270, arms: [[270, 270], [268, 268]], legs: [[20, 180], [22, 180]] };
// prettier-ignore
const CHILD: Angles = { trunk: 5, head: 10, arms: [[5, 0], [3, 0]], legs: [[30, 180], [32, 180]] };
// prettier-ignore
const HALF_KNEEL: Angles = { trunk: 270, arms: HANDS_ON_HIPS, legs: [[10, 95], [100, 180]] };
// prettier-ignore
const SIT_LONG: Angles = { trunk: 275, arms: [[0, 0], [2, 0]], legs: [[0, 0], [330, 140]] };
// prettier-ignore
const RUN_A: Angles = { trunk: 275, arms: swing(false), legs: [[60, 110], [115, 150]] };
// prettier-ignore
const RUN_B: Angles = { trunk: 275, arms: swing(true), legs: [[115, 150], [60, 110]] };

const one = (a: Angles): PoseFrames => centred([body(a)]);
const two = (a: Angles, b: Angles, bDx = 0): PoseFrames => centred([body(a), body(b, { dx: bDx })]);
const legs = (a: Angles, l: Two): Angles => ({ ...a, legs: l });
const arms = (a: Angles, x: Two): Angles => ({ ...a, arms: x });
const withProps = (a: Angles, ...props: NonNullable<Angles['props']>): Angles => ({ ...a, props });
/** The body rolling over a roller that stays put: shifted back, then forward. */
const rolling = (a: Angles, x: number, shiftX: number): PoseFrames => {
  const on = withProps(a, { kind: 'roller', x });
  return centred([body(on, { dx: -shiftX }), body(on, { dx: shiftX })]);
};
const BENCH = { kind: 'box', x: 76, w: 20, h: 14 } as const;
const CHAIR = { kind: 'box', x: 44, w: 18, h: 16 } as const;
const WALL = { kind: 'wall', x: 82 } as const;
const SEAT_POST = { kind: 'box', x: 50, w: 6, h: 24 } as const;

/** One or two poses for every exercise: with two, the drawing moves between them. */
// prettier-ignore
export const POSES: Record<ExerciseId, PoseFrames> = {
  plank_knees: one(KNEE_PLANK),
  plank: one(PLANK),
  plank_leg_lift: two(PLANK, legs(PLANK, [[180, 182], [169, 169]])),
  side_plank_knees: two(legs(SIDE_DOWN, [[180, 180], [179, 179]]), SIDE_KNEES_UP),
  side_plank: two(SIDE_DOWN, SIDE_UP),
  side_plank_abduction: two(SIDE_UP, legs(SIDE_UP, [[192, 192], [167, 167]])),
  bird_dog_reach: two(FOURS, legs(FOURS, [[180, 180], [92, 180]])),
  bird_dog: two(FOURS, { ...FOURS, arms: [[355, 355], [88, 88]], legs: [[90, 180], [180, 180]] }),
  dead_bug_heel_taps: two(BACK_TABLE, legs(BACK_TABLE, [[235, 118], [268, 180]])),
  dead_bug: two(BACK_TABLE, { ...BACK_TABLE, arms: [[270, 270], [350, 350]], legs: [[183, 183], [268, 180]] }),
  glute_bridge: two(BACK_KNEES, BRIDGE),
  marching_bridge: two(BRIDGE, legs(BRIDGE, [[235, 160], [198, 92]])),
  single_leg_bridge: two(legs(BACK_KNEES, [[215, 215], [223, 102]]), legs(BRIDGE, [[200, 200], [198, 92]])),
  hip_thrust: two(
    { trunk: 340, arms: [[150, 180], [148, 182]], legs: [[215, 100], [213, 102]], props: [BENCH, { kind: 'weight' }] },
    { trunk: 5, arms: [[175, 180], [173, 182]], legs: [[180, 90], [178, 92]], props: [BENCH, { kind: 'weight' }] },
  ),
  sit_to_stand: two(withProps(SIT_TALL, CHAIR), withProps(arms(STAND, CROSSED), CHAIR), 16),
  squat: two(STAND, SQUAT, -11),
  goblet_squat: two(
    withProps(arms(STAND, HOLD_CHEST), { kind: 'weight' }),
    withProps(arms(SQUAT, HOLD_CHEST), { kind: 'weight' }),
    -11,
  ),
  lunge: two(STAND, LUNGE),
  clamshell: two(SIDE_LYING, CLAM_OPEN),
  banded_clamshell: two(withProps(SIDE_LYING, { kind: 'band' }), withProps(CLAM_OPEN, { kind: 'band' })),
  leg_swings: two(
    withProps({ ...STAND, arms: WALL_HAND, legs: [[45, 45], [90, 90]] }, WALL),
    withProps({ ...STAND, arms: WALL_HAND, legs: [[120, 120], [90, 90]] }, WALL),
  ),
  walking_lunges: two(arms(STAND, HANDS_ON_HIPS), arms(LUNGE, HANDS_ON_HIPS)),
  hip_circles: two(
    withProps({ ...STAND, arms: WALL_HAND, legs: [[0, 90], [90, 90]] }, WALL),
    withProps({ ...STAND, arms: WALL_HAND, legs: [[40, 120], [90, 90]] }, WALL),
  ),
  hamstring_stretch: two(SIT_LONG, { ...SIT_LONG, trunk: 330, head: 340, arms: [[15, 10], [17, 10]] }),
  hip_flexor_stretch: two(HALF_KNEEL, { ...HALF_KNEEL, trunk: 272, legs: [[15, 100], [112, 180]] }),
  glute_stretch: two(
    { trunk: 0, arms: [[180, 180], [178, 180]], legs: [[250, 330], [225, 100]] },
    { trunk: 0, arms: [[200, 250], [198, 250]], legs: [[265, 330], [250, 125]] },
  ),
  childs_pose: two(KNEEL_SIT, CHILD),
  spinal_twist: two(BACK_KNEES, legs(BACK_KNEES, [[195, 150], [193, 152]])),
  high_knee_march: two(
    { trunk: 272, arms: swing(false), legs: [[0, 90], [90, 90]] },
    { trunk: 272, arms: swing(true), legs: [[90, 90], [0, 90]] },
  ),
  butt_kicks: two(
    { trunk: 275, arms: swing(false), legs: [[100, 235], [90, 90]] },
    { trunk: 275, arms: swing(true), legs: [[90, 90], [100, 235]] },
  ),
  form_strides: two(RUN_A, RUN_B),
  roll_lower_back: rolling({ trunk: 0, arms: [[60, 330], [62, 330]], legs: [[205, 120], [203, 122]] }, 74, 6),
  roll_glutes: rolling({ trunk: 215, arms: [[95, 90], [93, 90]], legs: [[330, 75], [315, 20]] }, 60, 4),
  roll_hamstrings: rolling({ trunk: 210, arms: [[95, 90], [93, 90]], legs: [[0, 0], [359, 359]] }, 72, 6),
  roll_hip_flexors: rolling({ trunk: 352, arms: [[90, 0], [90, 0]], legs: [[170, 165], [168, 165]] }, 60, 4),
  easy_walk: two(
    { trunk: 270, arms: [[70, 60], [110, 100]], legs: [[70, 95], [110, 100]] },
    { trunk: 270, arms: [[110, 100], [70, 60]], legs: [[110, 100], [70, 95]] },
  ),
  easy_cycle: two(
    { trunk: 300, arms: [[20, 20], [22, 20]], legs: [[60, 100], [10, 120]], props: [SEAT_POST] },
    { trunk: 300, arms: [[20, 20], [22, 20]], legs: [[10, 120], [60, 100]], props: [SEAT_POST] },
  ),
  easy_swim: centred([
    body({ trunk: 0, arms: [[0, 0], [150, 180]], legs: [[180, 185], [180, 175]] }, { lift: 12 }),
    body({ trunk: 0, arms: [[150, 180], [0, 0]], legs: [[180, 175], [180, 185]] }, { lift: 12 }),
  ]),
};
