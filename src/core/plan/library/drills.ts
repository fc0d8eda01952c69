import type { GroupText } from './types';

/** Form drills: high-knee marches, butt kicks and short form-focused strides. */
export const DRILL_TEXT: GroupText<'drill'> = {
  high_knee_march: {
    name: 'High-knee march',
    summary:
      'March on the spot or forward, lifting each knee to hip height, to practise tall posture and a foot landing under you.',
    steps: [
      'Stand tall, arms bent at about 90 degrees.',
      'Lift one knee to hip height while the opposite arm swings forward.',
      'Put the foot down under your hip and lift the other knee.',
      'Keep a steady rhythm for the whole interval.',
    ],
    cues: [
      'Tall from head to heel, a slight lean from the ankles.',
      'Land under your hips.',
      'Relaxed shoulders, hands unclenched.',
    ],
    mistakes: ['Leaning back to lift the knee higher.', 'Stamping the foot down in front of you.'],
    factors: ['poor_form'],
  },
  butt_kicks: {
    name: 'Butt kicks',
    summary:
      'Jog lightly while your heels come up towards your buttocks, practising a quick, compact stride.',
    steps: [
      'Start jogging gently on the spot or forward.',
      'Let each heel rise towards your buttock after it leaves the ground.',
      'Keep your knees pointing down and your steps quick and light.',
    ],
    cues: ['Quick feet, short contact with the ground.', 'Trunk tall and core lightly braced.'],
    mistakes: ['Knees swinging forward so you sit back.', 'Slapping your heels with your hands.'],
    factors: ['poor_form'],
  },
  form_strides: {
    name: 'Form strides',
    summary: 'Short, relaxed pick-ups at a brisk pace, each one thinking about a single form cue.',
    steps: [
      'After an easy warm-up, pick a flat, quiet stretch of path.',
      'Build up smoothly to a brisk, controlled pace over a few seconds.',
      'Hold it for the interval, thinking about one cue, then ease off.',
      'Walk back to the start to recover before the next one.',
    ],
    cues: [
      'Feet land under your hips.',
      'Lean slightly from the ankles, not the waist.',
      'Arms bent, shoulders down and loose.',
    ],
    mistakes: ['Sprinting flat out; these are about form, not speed.', 'Cutting the recovery short.'],
    factors: ['poor_form'],
    safety:
      'Stop a stride if your back hurts during it, and skip them on a day your pain is above 3 out of 10.',
  },
};
