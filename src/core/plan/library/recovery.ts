import type { FactorId } from '../../checkin/factors';
import type { GroupText } from './types';

const ROLL_EVIDENCE =
  'Foam rolling can ease muscle soreness and feel good, but there is no research on it for back pain itself: use it for comfort.';

/** Foam rolling: 1–2 minutes a muscle group. */
export const FOAM_ROLLING_TEXT: GroupText<'foam_rolling'> = {
  roll_lower_back: {
    name: 'Foam roll: lower back muscles',
    summary: 'Roll gently over the muscles on either side of your spine to ease tension.',
    steps: [
      'Sit on the floor with the roller behind you, then lie back so it rests across your back just below the shoulder blades.',
      'Bend your knees, feet flat, and tilt slightly to one side so the roller presses on the muscles beside your spine.',
      'Roll slowly down towards the top of your pelvis and back up, lightly.',
      'Tilt to the other side and repeat.',
    ],
    cues: ['Gentle pressure; let your feet take most of your weight.', 'Slow rolls, easy breathing.'],
    mistakes: [
      'Rolling on the spine itself.',
      'Lying your full weight on the roller.',
      'Rolling fast back and forth.',
    ],
    factors: ['tight_muscles'],
    safety: `Roll the muscles beside your spine gently, never the spine itself. If it hurts, skip it. ${ROLL_EVIDENCE}`,
  },
  roll_glutes: {
    name: 'Foam roll: glutes',
    summary: 'Sit on the roller and roll slowly over your buttock muscles.',
    steps: [
      'Sit on the roller with your hands on the floor behind you.',
      'Cross one ankle over the other knee and lean towards that side.',
      'Roll slowly over the buttock, pausing on tight spots for a few breaths.',
      'Change sides.',
    ],
    cues: [
      'Slow and steady; pause rather than press hard.',
      'Use your hands to control how much weight goes on.',
    ],
    mistakes: ['Rolling onto the bony part of the hip.', 'Pressing so hard you tense up.'],
    factors: ['tight_muscles'],
    safety: ROLL_EVIDENCE,
  },
  roll_hamstrings: {
    name: 'Foam roll: hamstrings',
    summary: 'Roll the back of your thighs from just above the knee to just below the buttock.',
    steps: [
      'Sit with the roller under your thighs and your hands on the floor behind you.',
      'Lift your hips and roll slowly from just below your buttocks to just above your knees.',
      'To press more, cross one leg over the other and do one side at a time.',
    ],
    cues: ['Turn the leg slightly in and out to reach the whole muscle.', 'Relax the leg you are rolling.'],
    mistakes: ['Rolling behind the knee.', 'Rushing the roll.'],
    factors: ['tight_muscles'],
    safety: ROLL_EVIDENCE,
  },
  roll_hip_flexors: {
    name: 'Foam roll: hip flexors',
    summary: 'Lie face down with the roller at the front of one hip and roll gently over it.',
    steps: [
      'Lie face down on your forearms with the roller under the front of one hip.',
      'Bend the other knee out to the side to take some weight.',
      'Roll a short distance up and down over the front of the hip and top of the thigh.',
      'Change sides.',
    ],
    cues: ['Short, slow movements.', 'Keep your trunk long; do not let your back sag.'],
    mistakes: ['Rolling onto the bony front of the pelvis.', 'Letting the lower back arch.'],
    factors: ['tight_muscles'],
    safety: ROLL_EVIDENCE,
  },
};

const EASY: FactorId[] = ['load_spike', 'previous_injury'];

/** Active recovery: easy movement on days off running. */
export const ACTIVE_RECOVERY_TEXT: GroupText<'active_recovery'> = {
  easy_walk: {
    name: 'Easy walk',
    summary: 'A relaxed walk to keep blood moving to tired muscles without the impact of running.',
    steps: [
      'Pick a flat, easy route.',
      'Walk at a pace where you could chat comfortably.',
      'Let your arms swing and your hips move freely.',
    ],
    cues: [
      'Tall and relaxed, as in your running posture.',
      'Easy enough to feel fresher afterwards, not tired.',
    ],
    mistakes: ['Turning it into a hard hike.', 'Skipping it because it feels too easy: easy is the point.'],
    factors: EASY,
  },
  easy_cycle: {
    name: 'Easy cycle',
    summary: 'Gentle pedalling, outside or on a stationary bike, to move your legs without impact.',
    steps: [
      'Set the saddle so your knee stays slightly bent at the bottom of each pedal stroke.',
      'Pedal in an easy gear at a comfortable, steady pace.',
      'Sit tall rather than hunched over the handlebars.',
    ],
    cues: ['Light resistance, smooth circles.', 'Breathing easy throughout.'],
    mistakes: ['Pushing a heavy gear or sprinting.', 'A saddle so low your knees come up high.'],
    factors: EASY,
  },
  easy_swim: {
    name: 'Easy swim',
    summary: 'Relaxed swimming or water walking: your body weight supported while everything moves.',
    steps: [
      'Start with a few lengths of gentle swimming or walking in the water.',
      'Use whichever stroke feels easy on your back; mixing strokes is fine.',
      'Keep going steadily, resting at the wall when you need to.',
    ],
    cues: ['Long, relaxed strokes.', 'Turn your head to breathe rather than lifting it.'],
    mistakes: [
      'Lifting your head high and arching your back for a long time.',
      'Swimming hard lengths on a recovery day.',
    ],
    factors: EASY,
  },
};
