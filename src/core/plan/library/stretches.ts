import type { GroupText } from './types';

/** The honest word on stretching for back pain (clinical evidence §3 and the last row of §4.1). */
export const STRETCH_EVIDENCE =
  'Stretching can make tight muscles feel easier, but trials have not shown it eases back pain on its own. Keep it gentle and short, and do it because it feels good.';

/** Static stretches after runs: hamstrings, hip flexors, glutes and lower back. */
export const STRETCH_TEXT: GroupText<'static_stretch'> = {
  hamstring_stretch: {
    name: 'Hamstring stretch',
    summary: 'Sit with one leg long and reach towards your toes to ease the back of the thigh.',
    steps: [
      'Sit on the floor with one leg straight and the other bent, its foot against the inner thigh.',
      'Sit tall, then hinge forward from the hips and reach towards the toes of the straight leg.',
      'Stop at a gentle pull behind the thigh and hold, breathing slowly.',
      'Come up, then change legs.',
    ],
    cues: ['Lead with your chest, not your head.', 'A mild pull, never pain.'],
    mistakes: ['Rounding your back to reach further.', 'Bouncing at the end of the stretch.'],
    factors: ['tight_muscles'],
    safety: STRETCH_EVIDENCE,
  },
  hip_flexor_stretch: {
    name: 'Hip flexor stretch',
    summary: 'Kneel in a lunge and ease your hips forward to stretch the front of the back hip.',
    steps: [
      'Kneel on one knee with the other foot flat in front, both knees bent at about 90 degrees.',
      'Tuck your tailbone under slightly and squeeze the glute of the kneeling leg.',
      'Shift your hips gently forward until you feel a stretch at the front of that hip, and hold.',
      'Change sides.',
    ],
    cues: ['Stay tall; do not lean back.', 'Put a folded towel under the knee.'],
    mistakes: [
      'Arching your lower back instead of moving the hips.',
      'Pushing so far the front knee goes past the toes.',
    ],
    factors: ['tight_muscles'],
    safety: STRETCH_EVIDENCE,
  },
  glute_stretch: {
    name: 'Glute stretch',
    summary: 'On your back, cross one ankle over the other knee and draw the thigh in to stretch the glute.',
    steps: [
      'Lie on your back with both knees bent and feet flat.',
      'Cross one ankle over the opposite knee.',
      'Hold the back of the uncrossed thigh and draw it gently towards your chest.',
      'Hold where you feel the stretch in the buttock, then change sides.',
    ],
    cues: ['Head and shoulders stay relaxed on the floor.', 'Ease in further only as the stretch fades.'],
    mistakes: ['Lifting your head and straining your neck.', 'Pulling so hard it pinches at the hip.'],
    factors: ['tight_muscles'],
    safety: STRETCH_EVIDENCE,
  },
  childs_pose: {
    name: "Child's pose",
    summary: 'Kneel and fold forward with your arms long, letting your lower back round and relax.',
    steps: [
      'Kneel with your big toes together and knees apart.',
      'Sit back towards your heels.',
      'Walk your hands forward and lower your chest towards the floor, forehead down.',
      'Breathe slowly into your lower back and hold.',
    ],
    cues: ['Let your shoulders soften.', 'A cushion between heels and hips helps if they do not meet.'],
    mistakes: ['Forcing your hips down to your heels.', 'Holding your breath.'],
    factors: ['tight_muscles'],
    safety: STRETCH_EVIDENCE,
  },
  spinal_twist: {
    name: 'Lying spinal twist',
    summary: 'On your back, let your bent knees fall to one side for a gentle twist through the lower back.',
    steps: [
      'Lie on your back, knees bent and together, arms out to the sides.',
      'Let both knees lower slowly to one side while your shoulders stay down.',
      'Hold where the twist feels gentle, then bring the knees back through the middle.',
      'Lower them to the other side.',
    ],
    cues: [
      'Both shoulders stay on the floor.',
      'Only as far as feels easy; the knees need not touch the floor.',
    ],
    mistakes: ['Dropping the knees quickly.', 'Pushing into a twist that hurts.'],
    factors: ['tight_muscles'],
    safety: STRETCH_EVIDENCE,
  },
};
