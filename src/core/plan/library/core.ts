import type { FactorId } from '../../checkin/factors';
import type { GroupText } from './types';

const TRUNK: FactorId[] = ['core_glute_weakness', 'previous_injury'];

/** Core: planks, side planks, bird dogs and dead bugs, each with its easier and harder step. */
export const CORE_TEXT: GroupText<'core'> = {
  plank_knees: {
    name: 'Plank on knees',
    summary: 'The plank with your knees down: the same straight line, less weight to hold.',
    steps: [
      'Lie face down and rest on your forearms, elbows under your shoulders.',
      'Keep your knees on the mat and lift your hips until knees, hips and shoulders line up.',
      'Hold, breathing steadily, then lower your hips to rest.',
    ],
    cues: [
      'Draw your belly button gently in, as if bracing for a light push.',
      'Look at the floor just ahead of your hands.',
    ],
    mistakes: ['Hips piking up high, which takes the work off your middle.', 'Holding your breath.'],
    factors: TRUNK,
  },
  plank: {
    name: 'Plank',
    summary: 'Hold a straight line on your forearms or hands to train the muscles that steady your spine.',
    steps: [
      'Start face down, forearms on the floor with elbows under your shoulders (or on straight arms, hands under shoulders).',
      'Tuck your toes and lift your body off the floor.',
      'Make one straight line from your heels to your head and hold it.',
      'Lower your knees to finish; rest before the next set.',
    ],
    cues: [
      'Squeeze your glutes a little; it keeps your lower back from sagging.',
      'Push the floor away so your shoulders stay active.',
      'Breathe normally through the hold.',
    ],
    mistakes: [
      'Lower back sagging towards the floor.',
      'Hips high in an upside-down V.',
      'Holding on past the point where your form breaks: stop the set there.',
    ],
    factors: TRUNK,
  },
  plank_leg_lift: {
    name: 'Plank with leg lift',
    summary:
      'A plank where you lift one foot at a time, so your middle must stay still while your weight shifts.',
    steps: [
      'Set up a straight plank on your forearms.',
      'Lift one foot a few centimetres off the floor, hold for a breath, and put it back.',
      'Lift the other foot; keep alternating for the whole hold.',
    ],
    cues: [
      'Keep your hips level, as if a glass of water sat on your lower back.',
      'Lift from the glute, not by twisting.',
    ],
    mistakes: [
      'Hips rolling to the side as the foot lifts.',
      'Lifting the leg so high that your back arches.',
    ],
    factors: TRUNK,
  },
  side_plank_knees: {
    name: 'Side plank on knees',
    summary:
      'The side plank with your knees bent and down: the easier way in to work the side of your trunk.',
    steps: [
      'Lie on your side, elbow under your shoulder, knees bent behind you.',
      'Lift your hips until your knees, hips and shoulders form a line.',
      'Hold, lower, then turn over and do the other side.',
    ],
    cues: ['Press the floor away with your forearm.', 'Push your hips slightly forward, not back.'],
    mistakes: ['Hips sinking towards the floor.', 'Shoulder creeping up to your ear.'],
    factors: TRUNK,
  },
  side_plank: {
    name: 'Side plank',
    summary:
      'Lie on your side and hold your hips up to train the muscles along the side of your trunk and hip.',
    steps: [
      'Lie on your side, legs straight and stacked, elbow under your shoulder.',
      'Lift your hips so your body makes a straight line from feet to head.',
      'Hold, lower gently, then change sides.',
    ],
    cues: [
      'Keep your top hip stacked over the bottom one.',
      'Long neck: your head in line with your spine.',
      'Breathe steadily.',
    ],
    mistakes: [
      'Hips drifting back into a bend.',
      'Letting the bottom hip sag halfway through the hold.',
      'Rolling forward onto your chest.',
    ],
    factors: TRUNK,
  },
  side_plank_abduction: {
    name: 'Side plank with leg raise',
    summary:
      'A side plank with the top leg lifted, adding the hip muscles that keep your pelvis level when you run.',
    steps: [
      'Set up a straight side plank on your forearm.',
      'Raise your top leg a hand-width or so, keeping it straight.',
      'Lower it slowly and repeat while you hold the plank, then change sides.',
    ],
    cues: [
      'Lead with the heel of the top leg, toes pointing forward.',
      'Keep the bottom hip lifted the whole time.',
    ],
    mistakes: ['Swinging the leg forward instead of straight up.', 'Hips dropping as the leg rises.'],
    factors: ['core_glute_weakness', 'previous_injury', 'poor_form'],
  },
  bird_dog_reach: {
    name: 'Bird dog reach (one limb)',
    summary:
      'On hands and knees, reach out one arm or one leg at a time: the first step to the full bird dog.',
    steps: [
      'Kneel on all fours, hands under shoulders and knees under hips.',
      'Slide one leg straight back (or one arm straight forward) and lift it to level.',
      'Hold for 5 seconds, bring it back, and switch to the other side.',
    ],
    cues: ['Keep your back flat like a table.', 'Reach long rather than high.'],
    mistakes: ['Arching your back as the leg lifts.', 'Shifting all your weight to one side.'],
    factors: TRUNK,
  },
  bird_dog: {
    name: 'Bird dog',
    summary:
      'On hands and knees, reach one arm and the opposite leg out and hold: steadiness with a long reach.',
    steps: [
      'Kneel on all fours, hands under shoulders and knees under hips, back flat.',
      'Reach one arm forward and the opposite leg back until both are level with your body.',
      'Hold for 5 seconds or more, then bring them back under you.',
      'Switch to the other arm and leg.',
    ],
    cues: [
      'Keep your hips square to the floor.',
      'Move slowly; the pause matters more than the reach.',
      'Keep your neck long, eyes on the floor.',
    ],
    mistakes: [
      'Lifting the leg above hip height so your back arches.',
      'Rushing from side to side without the hold.',
      'Hips tipping open towards the lifted leg.',
    ],
    factors: TRUNK,
  },
  dead_bug_heel_taps: {
    name: 'Dead bug heel taps',
    summary:
      'On your back with knees bent, lower one heel at a time to the floor while your back stays still.',
    steps: [
      'Lie on your back, knees bent at 90 degrees above your hips, arms reaching to the ceiling.',
      'Keep the knee bent and lower one foot until the heel taps the floor.',
      'Bring it back up and repeat with the other leg.',
    ],
    cues: ['Keep your lower back resting on the floor throughout.', 'Breathe out as the heel goes down.'],
    mistakes: [
      'Back arching off the floor as the foot lowers.',
      'Dropping the foot rather than lowering it.',
    ],
    factors: TRUNK,
  },
  dead_bug: {
    name: 'Dead bug',
    summary: 'On your back, lower one leg and the opposite arm slowly while your trunk stays still.',
    steps: [
      'Lie on your back with your arms reaching up and your knees bent above your hips.',
      'Slowly straighten one leg towards the floor while the opposite arm lowers behind your head.',
      'Stop just before your back wants to lift, then return to the start.',
      'Switch to the other leg and arm.',
    ],
    cues: [
      'Keep your lower back gently pressed into the floor.',
      'Slow on the way down, slow on the way back.',
      'Breathe out as you reach.',
    ],
    mistakes: [
      'Lowering so far that your back arches.',
      'Moving the same-side arm and leg.',
      'Racing through the reps.',
    ],
    factors: TRUNK,
  },
};
