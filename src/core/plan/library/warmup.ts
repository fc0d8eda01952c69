import type { FactorId } from '../../checkin/factors';
import type { GroupText } from './types';

const BEFORE_RUN: FactorId[] = ['tight_muscles', 'load_spike', 'previous_injury'];

/** Dynamic warm-up: moving stretches before every run. */
export const WARMUP_TEXT: GroupText<'dynamic_warmup'> = {
  leg_swings: {
    name: 'Leg swings',
    summary: 'Swing one leg forward and back in an easy arc to loosen the hips before you run.',
    steps: [
      'Stand side-on to a wall or post and rest one hand on it.',
      'Swing the outside leg forward and back, relaxed, starting small.',
      'Let the swing grow a little each time, staying comfortable.',
      'Turn round and swing the other leg.',
    ],
    cues: [
      'Keep your trunk tall and still; the movement is at the hip.',
      'Smooth and controlled, never flung.',
    ],
    mistakes: [
      'Kicking as high as possible from the first swing.',
      'Rocking the lower back to make the swing bigger.',
    ],
    factors: BEFORE_RUN,
  },
  walking_lunges: {
    name: 'Walking lunges',
    summary: 'Lunge forward step after step to warm the hips and legs through the range running uses.',
    steps: [
      'Stand tall with your hands on your hips.',
      'Step forward into a lunge and lower the back knee towards the ground.',
      'Push up and bring the back foot through into the next lunge.',
      'Keep going, alternating legs.',
    ],
    cues: ['Upright trunk.', 'Front knee over the ankle.', 'A gentle stretch at the front of the back hip.'],
    mistakes: ['Steps so short the front knee shoots forward.', 'Hurrying: these are a warm-up, not a race.'],
    factors: BEFORE_RUN,
  },
  hip_circles: {
    name: 'Hip circles',
    summary: 'Draw slow circles with one knee to move the hip joint in every direction before a run.',
    steps: [
      'Stand on one leg with a hand on a wall for balance.',
      'Lift the other knee to hip height.',
      'Draw a wide circle with the knee: out to the side, back and down.',
      'Do the reps, reverse the direction, then change legs.',
    ],
    cues: ['Keep the standing leg soft and the trunk still.', 'Make the circle as big as is comfortable.'],
    mistakes: ['Twisting the whole body with the knee.', 'Moving fast rather than fully.'],
    factors: BEFORE_RUN,
  },
};
