import type { FactorId } from '../../checkin/factors';
import type { GroupText } from './types';

const HIPS: FactorId[] = ['core_glute_weakness', 'previous_injury'];

/** Glutes and hips: bridges, hip thrusts, squats, lunges and clamshells, with their ladders. */
export const GLUTE_HIP_TEXT: GroupText<'glute_hip'> = {
  glute_bridge: {
    name: 'Glute bridge',
    summary:
      'On your back with knees bent, lift your hips and squeeze your glutes: the base of the hip work.',
    steps: [
      'Lie on your back, knees bent, feet flat and hip-width apart, arms by your sides.',
      'Press through your heels and lift your hips towards the ceiling.',
      'Squeeze your glutes at the top for a moment.',
      'Lower slowly, one part of your back at a time.',
    ],
    cues: [
      'Lift until knees, hips and shoulders line up, and no further.',
      'Feel it in your glutes, not your lower back.',
    ],
    mistakes: [
      'Arching your lower back to get the hips higher.',
      'Knees falling in or out.',
      'Dropping down instead of lowering.',
    ],
    factors: HIPS,
  },
  marching_bridge: {
    name: 'Marching bridge',
    summary: 'Hold a bridge and lift one foot at a time, so each glute has to hold your pelvis level.',
    steps: [
      'Lift into a glute bridge and hold it.',
      'Lift one foot a few centimetres, knee still bent, and set it down.',
      'Lift the other foot; keep marching slowly without letting the hips drop.',
    ],
    cues: ['Keep both hip bones level, like headlights pointing at the ceiling.', 'Small, slow steps.'],
    mistakes: ['Hips dipping to the side of the lifted foot.', 'Marching fast and bouncing.'],
    factors: HIPS,
  },
  single_leg_bridge: {
    name: 'Single-leg bridge',
    summary: 'A bridge on one leg, the other held up: the same lift with twice the work for each glute.',
    steps: [
      'Lie on your back, knees bent, then lift one foot and straighten that leg or hold the knee up.',
      'Press through the heel on the floor and lift your hips.',
      'Lower slowly; do all the reps, then change legs.',
    ],
    cues: ['Keep the pelvis level as you rise.', 'Push the floor away through the heel.'],
    mistakes: [
      'Twisting the hips towards the free leg.',
      'Cramping hamstrings: bring the working foot a little closer.',
    ],
    factors: HIPS,
  },
  hip_thrust: {
    name: 'Hip thrust',
    summary:
      'A bridge with your upper back on a bench or step, for a bigger range; add weight on your hips if you can.',
    steps: [
      'Sit on the floor with your upper back against the edge of a bench or low step, knees bent, feet flat.',
      'Rest a weight across your hips if you use one, holding it in place.',
      'Drive through your heels and lift your hips until your body is flat from knees to shoulders.',
      'Squeeze at the top, then lower under control.',
    ],
    cues: ['Keep your chin slightly tucked and eyes forward.', 'Shins upright at the top.'],
    mistakes: [
      'Over-arching at the top instead of finishing with the glutes.',
      'Feet too far away, so the hamstrings take over.',
      'Bench sliding: put it against a wall.',
    ],
    factors: HIPS,
  },
  sit_to_stand: {
    name: 'Sit to stand',
    summary: 'Stand up from a chair or high box and sit back down slowly: a squat with a seat to meet you.',
    steps: [
      'Sit near the front edge of a sturdy chair, feet shoulder-width apart.',
      'Lean forward a little and stand up, pushing through your heels.',
      'Sit back down slowly, touching the seat lightly before the next one.',
    ],
    cues: ['Chest up, knees in line with your toes.', 'Lower slowly; do not drop into the seat.'],
    mistakes: ['Using your hands to push off.', 'Knees collapsing inwards.'],
    factors: HIPS,
  },
  squat: {
    name: 'Squat',
    summary: 'Bend at hips and knees as if sitting back, then push through your heels to stand.',
    steps: [
      'Stand with feet shoulder-width apart, toes turned out slightly.',
      'Send your hips back and bend your knees, keeping your chest up.',
      'Go as low as you can keep your heels down and back flat.',
      'Push through your heels to stand tall.',
    ],
    cues: ['Knees track over your toes.', 'Weight in your heels and mid-foot.', 'Proud chest.'],
    mistakes: ['Heels lifting off the floor.', 'Knees caving inwards.', 'Rounding your back at the bottom.'],
    factors: HIPS,
  },
  goblet_squat: {
    name: 'Goblet squat',
    summary:
      'A squat holding one weight against your chest, which loads the legs and helps keep you upright.',
    steps: [
      'Hold a dumbbell or kettlebell close to your chest with both hands.',
      'Stand with feet a little wider than your hips.',
      'Squat down between your knees, keeping the weight close and your chest up.',
      'Push through your heels to stand.',
    ],
    cues: ['Elbows point down, weight tucked in.', 'Choose a weight you can lift 8–12 times with good form.'],
    mistakes: ['Letting the weight pull you forward.', 'A weight so heavy the last reps break your form.'],
    factors: HIPS,
  },
  lunge: {
    name: 'Lunge',
    summary:
      'Step forward, lower the back knee, then push back up: a single-leg strength move close to running.',
    steps: [
      'Stand tall, feet hip-width apart.',
      'Take a long step forward and bend both knees until the back knee nearly touches the floor.',
      'Keep the front knee over the ankle.',
      'Push through the front heel back to standing, then switch legs.',
    ],
    cues: ['Trunk upright, hips square.', 'Front knee stays over the ankle, not past the toes.'],
    mistakes: [
      'A short step that pushes the front knee far forward.',
      'Front knee drifting inwards.',
      'Leaning the trunk forward.',
    ],
    factors: HIPS,
  },
  clamshell: {
    name: 'Clamshell',
    summary:
      'Lie on your side, knees bent, and open the top knee like a shell, working the side of your hip.',
    steps: [
      'Lie on your side with hips and knees bent, feet together, head resting on your arm.',
      'Keep your feet touching and lift your top knee as far as your pelvis stays still.',
      'Lower it slowly.',
      'Do all the reps, then turn over.',
    ],
    cues: ['Stack your hips; do not roll back.', 'A small, slow lift beats a big swing.'],
    mistakes: ['Rolling the top hip backwards to lift the knee higher.', 'Letting the feet come apart.'],
    factors: HIPS,
  },
  banded_clamshell: {
    name: 'Banded clamshell',
    summary: 'The clamshell with a resistance band just above your knees, so the hip works harder.',
    steps: [
      'Put a light band around both thighs just above the knees.',
      'Lie on your side, hips and knees bent, feet together.',
      'Open the top knee against the band, keeping your feet together and pelvis still.',
      'Lower slowly; finish the set, then change sides.',
    ],
    cues: ['Stay stacked: hip over hip.', 'Slow against the band on the way down.'],
    mistakes: ['A band so strong that the pelvis rolls back.', 'Snapping the knee closed.'],
    factors: HIPS,
  },
};
