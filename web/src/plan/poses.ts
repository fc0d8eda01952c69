import type { ExerciseId } from '../../../src/core/plan/doses';
import { body, centred, type Angles, type PoseFrames } from './pose-kit';

export type { Pose, PoseFrames } from './pose-kit';

type Pair = readonly [number, number];
const HANG: readonly [Pair, Pair] = [
  [95, 100],
  [85, 80],
];
const HANDS_ON_HIPS: readonly [Pair, Pair] = [
  [130, 40],
  [125, 45],
];
const STAND_LEGS: readonly [Pair, Pair] = [
  [92, 90],
  [88, 90],
];
const STAND: Angles = { trunk: 270, arms: HANG, legs: STAND_LEGS };

/** Running arms: one forward, one back (`forward` = the near one forward). */
const swing = (nearForward: boolean): readonly [Pair, Pair] => {
  const fwd: Pair = [60, 330];
  const back: Pair = [120, 60];
  return nearForward ? [fwd, back] : [back, fwd];
};

// Floor work: head to the right.
const PLANK: Angles = {
  trunk: 349,
  arms: [
    [90, 0],
    [90, 0],
  ],
  legs: [
    [169, 169],
    [169, 169],
  ],
};
const KNEE_PLANK: Angles = {
  trunk: 345,
  arms: [
    [90, 0],
    [90, 0],
  ],
  legs: [
    [165, 180],
    [165, 180],
  ],
};
const SIDE_UP: Angles = {
  trunk: 349,
  arms: [
    [275, 275],
    [90, 0],
  ],
  legs: [
    [169, 169],
    [167, 167],
  ],
};
const SIDE_DOWN: Angles = {
  trunk: 333,
  arms: [
    [275, 275],
    [90, 0],
  ],
  legs: [
    [180, 180],
    [179, 179],
  ],
};
const SIDE_KNEES_UP: Angles = {
  ...SIDE_UP,
  trunk: 345,
  legs: [
    [165, 180],
    [164, 180],
  ],
};
const SIDE_KNEES_DOWN: Angles = {
  ...SIDE_DOWN,
  legs: [
    [180, 180],
    [179, 179],
  ],
};
const FOURS: Angles = {
  trunk: 353,
  head: 350,
  arms: [
    [90, 90],
    [88, 88],
  ],
  legs: [
    [90, 180],
    [92, 180],
  ],
};
const BACK_TABLE: Angles = {
  trunk: 0,
  arms: [
    [270, 270],
    [272, 272],
  ],
  legs: [
    [270, 180],
    [268, 180],
  ],
};
const BACK_KNEES: Angles = {
  trunk: 0,
  arms: [
    [180, 180],
    [178, 180],
  ],
  legs: [
    [225, 100],
    [223, 102],
  ],
};
const BRIDGE: Angles = {
  trunk: 20,
  arms: [
    [180, 180],
    [178, 180],
  ],
  legs: [
    [200, 90],
    [198, 92],
  ],
};
const SQUAT: Angles = {
  trunk: 300,
  arms: [
    [350, 0],
    [355, 0],
  ],
  legs: [
    [15, 110],
    [13, 112],
  ],
};
const LUNGE: Angles = {
  trunk: 270,
  arms: HANG,
  legs: [
    [10, 90],
    [100, 170],
  ],
};
const SIDE_LYING: Angles = {
  trunk: 0,
  arms: [
    [80, 20],
    [0, 0],
  ],
  legs: [
    [170, 190],
    [171, 190],
  ],
};
const CLAM_OPEN: Angles = {
  ...SIDE_LYING,
  legs: [
    [200, 162],
    [171, 190],
  ],
};
const SIT_TALL: Angles = {
  trunk: 285,
  arms: [
    [80, 330],
    [80, 330],
  ],
  legs: [
    [0, 95],
    [2, 95],
  ],
};
const KNEEL_SIT: Angles = {
  trunk: 270,
  arms: [
    [270, 270],
    [268, 268],
  ],
  legs: [
    [20, 180],
    [22, 180],
  ],
};
const CHILD: Angles = {
  trunk: 5,
  head: 10,
  arms: [
    [5, 0],
    [3, 0],
  ],
  legs: [
    [30, 180],
    [32, 180],
  ],
};
const HALF_KNEEL: Angles = {
  trunk: 270,
  arms: HANDS_ON_HIPS,
  legs: [
    [10, 95],
    [100, 180],
  ],
};
const RUN_A: Angles = {
  trunk: 275,
  arms: swing(false),
  legs: [
    [60, 110],
    [115, 150],
  ],
};
const RUN_B: Angles = {
  trunk: 275,
  arms: swing(true),
  legs: [
    [115, 150],
    [60, 110],
  ],
};

const one = (a: Angles): PoseFrames => centred([body(a)]);
const two = (a: Angles, b: Angles, bDx = 0): PoseFrames => centred([body(a), body(b, { dx: bDx })]);
const rolling = (a: Angles, x: number, lift: number, shiftX: number): PoseFrames => {
  const props = [{ kind: 'roller', x } as const];
  return centred([body({ ...a, props }, { lift, dx: -shiftX }), body({ ...a, props }, { lift, dx: shiftX })]);
};

/** One or two poses for every exercise: with two, the drawing moves between them. */
export const POSES: Record<ExerciseId, PoseFrames> = {
  plank_knees: one(KNEE_PLANK),
  plank: one(PLANK),
  plank_leg_lift: two(PLANK, {
    ...PLANK,
    legs: [
      [180, 182],
      [169, 169],
    ],
  }),
  side_plank_knees: two(SIDE_KNEES_DOWN, SIDE_KNEES_UP),
  side_plank: two(SIDE_DOWN, SIDE_UP),
  side_plank_abduction: two(SIDE_UP, {
    ...SIDE_UP,
    legs: [
      [192, 192],
      [167, 167],
    ],
  }),
  bird_dog_reach: two(FOURS, {
    ...FOURS,
    legs: [
      [180, 180],
      [92, 180],
    ],
  }),
  bird_dog: two(FOURS, {
    ...FOURS,
    arms: [
      [355, 355],
      [88, 88],
    ],
    legs: [
      [90, 180],
      [180, 180],
    ],
  }),
  dead_bug_heel_taps: two(BACK_TABLE, {
    ...BACK_TABLE,
    legs: [
      [235, 118],
      [268, 180],
    ],
  }),
  dead_bug: two(BACK_TABLE, {
    ...BACK_TABLE,
    arms: [
      [270, 270],
      [350, 350],
    ],
    legs: [
      [183, 183],
      [268, 180],
    ],
  }),
  glute_bridge: two(BACK_KNEES, BRIDGE),
  marching_bridge: two(BRIDGE, {
    ...BRIDGE,
    legs: [
      [235, 160],
      [198, 92],
    ],
  }),
  single_leg_bridge: two(
    {
      ...BACK_KNEES,
      legs: [
        [215, 215],
        [223, 102],
      ],
    },
    {
      ...BRIDGE,
      legs: [
        [200, 200],
        [198, 92],
      ],
    },
  ),
  hip_thrust: two(
    {
      trunk: 340,
      arms: [
        [150, 180],
        [148, 182],
      ],
      legs: [
        [215, 100],
        [213, 102],
      ],
      props: [{ kind: 'box', x: 76, w: 20, h: 14 }, { kind: 'weight' }],
    },
    {
      trunk: 5,
      arms: [
        [175, 180],
        [173, 182],
      ],
      legs: [
        [180, 90],
        [178, 92],
      ],
      props: [{ kind: 'box', x: 76, w: 20, h: 14 }, { kind: 'weight' }],
    },
  ),
  sit_to_stand: two(
    { ...SIT_TALL, props: [{ kind: 'box', x: 44, w: 18, h: 16 }] },
    { ...STAND, arms: SIT_TALL.arms, props: [{ kind: 'box', x: 44, w: 18, h: 16 }] },
    16,
  ),
  squat: two(STAND, SQUAT, -11),
  goblet_squat: two(
    {
      ...STAND,
      arms: [
        [80, 300],
        [80, 300],
      ],
      props: [{ kind: 'weight' }],
    },
    {
      ...SQUAT,
      arms: [
        [80, 300],
        [80, 300],
      ],
      props: [{ kind: 'weight' }],
    },
    -11,
  ),
  lunge: two(STAND, LUNGE),
  clamshell: two(SIDE_LYING, CLAM_OPEN),
  banded_clamshell: two(
    { ...SIDE_LYING, props: [{ kind: 'band' }] },
    { ...CLAM_OPEN, props: [{ kind: 'band' }] },
  ),
  leg_swings: two(
    {
      ...STAND,
      arms: [
        [330, 0],
        [85, 80],
      ],
      legs: [
        [45, 45],
        [90, 90],
      ],
      props: [{ kind: 'wall', x: 82 }],
    },
    {
      ...STAND,
      arms: [
        [330, 0],
        [85, 80],
      ],
      legs: [
        [120, 120],
        [90, 90],
      ],
      props: [{ kind: 'wall', x: 82 }],
    },
  ),
  walking_lunges: two({ ...STAND, arms: HANDS_ON_HIPS }, { ...LUNGE, arms: HANDS_ON_HIPS }),
  hip_circles: two(
    {
      ...STAND,
      arms: [
        [330, 0],
        [85, 80],
      ],
      legs: [
        [0, 90],
        [90, 90],
      ],
      props: [{ kind: 'wall', x: 82 }],
    },
    {
      ...STAND,
      arms: [
        [330, 0],
        [85, 80],
      ],
      legs: [
        [40, 120],
        [90, 90],
      ],
      props: [{ kind: 'wall', x: 82 }],
    },
  ),
  hamstring_stretch: two(
    {
      trunk: 275,
      arms: [
        [0, 0],
        [2, 0],
      ],
      legs: [
        [0, 0],
        [15, 170],
      ],
    },
    {
      trunk: 330,
      head: 340,
      arms: [
        [15, 10],
        [17, 10],
      ],
      legs: [
        [0, 0],
        [15, 170],
      ],
    },
  ),
  hip_flexor_stretch: two(HALF_KNEEL, {
    ...HALF_KNEEL,
    trunk: 272,
    legs: [
      [15, 100],
      [112, 180],
    ],
  }),
  glute_stretch: two(
    {
      trunk: 0,
      arms: [
        [180, 180],
        [178, 180],
      ],
      legs: [
        [250, 330],
        [225, 100],
      ],
    },
    {
      trunk: 0,
      arms: [
        [200, 250],
        [198, 250],
      ],
      legs: [
        [265, 330],
        [250, 125],
      ],
    },
  ),
  childs_pose: two(KNEEL_SIT, CHILD),
  spinal_twist: two(BACK_KNEES, {
    ...BACK_KNEES,
    arms: [
      [180, 180],
      [178, 180],
    ],
    legs: [
      [195, 150],
      [193, 152],
    ],
  }),
  high_knee_march: two(
    {
      trunk: 272,
      arms: swing(false),
      legs: [
        [0, 90],
        [90, 90],
      ],
    },
    {
      trunk: 272,
      arms: swing(true),
      legs: [
        [90, 90],
        [0, 90],
      ],
    },
  ),
  butt_kicks: two(
    {
      trunk: 275,
      arms: swing(false),
      legs: [
        [100, 235],
        [90, 90],
      ],
    },
    {
      trunk: 275,
      arms: swing(true),
      legs: [
        [90, 90],
        [100, 235],
      ],
    },
  ),
  form_strides: two(RUN_A, RUN_B),
  roll_lower_back: rolling(
    {
      trunk: 0,
      arms: [
        [60, 330],
        [62, 330],
      ],
      legs: [
        [205, 120],
        [203, 122],
      ],
    },
    74,
    0,
    6,
  ),
  roll_glutes: rolling(
    {
      trunk: 250,
      arms: [
        [120, 100],
        [118, 100],
      ],
      legs: [
        [330, 75],
        [315, 20],
      ],
    },
    60,
    0,
    4,
  ),
  roll_hamstrings: rolling(
    {
      trunk: 250,
      arms: [
        [120, 95],
        [118, 95],
      ],
      legs: [
        [2, 2],
        [0, 0],
      ],
    },
    72,
    0,
    6,
  ),
  roll_hip_flexors: rolling(
    {
      trunk: 352,
      arms: [
        [90, 0],
        [90, 0],
      ],
      legs: [
        [170, 165],
        [168, 165],
      ],
    },
    60,
    0,
    4,
  ),
  easy_walk: two(
    {
      trunk: 270,
      arms: [
        [70, 60],
        [110, 100],
      ],
      legs: [
        [70, 95],
        [110, 100],
      ],
    },
    {
      trunk: 270,
      arms: [
        [110, 100],
        [70, 60],
      ],
      legs: [
        [110, 100],
        [70, 95],
      ],
    },
  ),
  easy_cycle: two(
    {
      trunk: 300,
      arms: [
        [20, 20],
        [22, 20],
      ],
      legs: [
        [60, 100],
        [10, 120],
      ],
      props: [{ kind: 'box', x: 50, w: 6, h: 24 }],
    },
    {
      trunk: 300,
      arms: [
        [20, 20],
        [22, 20],
      ],
      legs: [
        [10, 120],
        [60, 100],
      ],
      props: [{ kind: 'box', x: 50, w: 6, h: 24 }],
    },
  ),
  easy_swim: centred([
    body(
      {
        trunk: 0,
        arms: [
          [0, 0],
          [150, 180],
        ],
        legs: [
          [180, 185],
          [180, 175],
        ],
      },
      { lift: 12 },
    ),
    body(
      {
        trunk: 0,
        arms: [
          [150, 180],
          [0, 0],
        ],
        legs: [
          [180, 175],
          [180, 185],
        ],
      },
      { lift: 12 },
    ),
  ]),
};
