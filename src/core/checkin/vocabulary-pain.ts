import { whole, yesNo } from './finding-def';

const P = 'pain' as const;
// Pain questions that can raise the urgency are asked every time and need an answer (No / Yes / Not sure): a
// blank must never read as No (checkin-rules §9.10). Three feed the red-flag rules (U3/C5, U4, E6, C9); the
// others feed C1 (pelvic bone stress), C4 (sciatica, and E5 with a cancer history) and C2 (under 20).
const always = { everyCheckin: true };

/** Pain description and course (checkin-rules §2.1). */
export const PAIN_FINDINGS = [
  // §9.5: a check-in without it is incomplete.
  whole('pain_duration_days', P, 'pain_course', 'How many days ago did this bout of back pain begin?', {
    unit: 'days',
    min: 0,
    max: 36_500,
    everyCheckin: true,
  }),
  whole(
    'pain_score_0_10',
    P,
    'pain_course',
    'How bad is the pain right now, from 0 (none) to 10 (the worst)?',
    {
      unit: '/10',
      min: 0,
      max: 10,
      everyCheckin: true,
    },
  ),
  yesNo('pain_central_lumbar', P, 'pain_site', 'Is the pain in the middle of your lower back?'),
  yesNo('pain_unilateral_lumbar', P, 'pain_site', 'Is the pain on one side of your lower back?'),
  yesNo('pain_buttock_unilateral', P, 'pain_site', 'Is there pain in one buttock?', always),
  yesNo(
    'pain_sacral',
    P,
    'pain_site',
    'Is there a deep ache over the flat bone at the base of your spine, just above your buttocks?',
    always,
  ),
  yesNo(
    'pain_radiating_above_knee',
    P,
    'pain_site',
    'Does the pain spread into your buttock or thigh, but stop above the knee?',
  ),
  yesNo(
    'pain_radiating_below_knee_unilateral',
    P,
    'pain_site',
    'Does pain travel down one leg, below the knee?',
    always,
  ),
  yesNo(
    'pain_mechanical',
    P,
    'pain_course',
    'Does the pain change when you move, sit, stand or carry things?',
  ),
  yesNo(
    'pain_with_extension',
    P,
    'pain_course',
    'Is it worse when you arch backwards, kick, or run fast downhill?',
    { requiredUnderAge: 20 },
  ),
  yesNo('pain_on_walking', P, 'pain_course', 'Does ordinary walking hurt, not just running?', always),
  yesNo(
    'pain_single_leg_hop',
    P,
    'pain_course',
    'If you hop gently on one leg, does that bring on the back or buttock pain? If standing on one leg ' +
      'hurts, do not try it: answer Not sure.',
    { ...always, askWhen: { code: 'pain_on_walking', answer: 'no' } },
  ),
  yesNo(
    'severe_midline_pain_sudden',
    P,
    'pain_course',
    'Did a sudden, severe pain start in the middle of your spine?',
    always,
  ),
  yesNo('first_episode', P, 'history', 'Is this the first time you have ever had back pain?', always),
  yesNo(
    'recurrent_similar_episodes',
    P,
    'history',
    'Have you had bouts of back pain before that felt just like this?',
  ),
  yesNo(
    'onset_insidious',
    P,
    'pain_course',
    'Did it creep up gradually, with nothing in particular setting it off?',
  ),
  whole(
    'not_improving_weeks',
    P,
    'pain_course',
    'For how many weeks has it failed to get better, despite looking after it?',
    {
      unit: 'weeks',
      min: 0,
      max: 5_200,
    },
  ),
  yesNo(
    'night_pain_constant',
    P,
    'night_and_morning',
    'At night, does the pain keep you awake however you lie?',
    always,
  ),
  yesNo(
    'night_waking_position_related',
    P,
    'night_and_morning',
    'Do you wake only when you roll onto the sore side, and settle once you shift?',
  ),
  yesNo(
    'night_waking_second_half',
    P,
    'night_and_morning',
    'Does back pain or stiffness often wake you in the second half of the night?',
  ),
  whole(
    'morning_stiffness_minutes',
    P,
    'night_and_morning',
    'After you get up, how many minutes does your back stay stiff?',
    {
      unit: 'min',
      min: 0,
      max: 1_440,
    },
  ),
  yesNo(
    'improves_with_exercise',
    P,
    'night_and_morning',
    'Does your back feel better once you get moving or run?',
  ),
  yesNo('worse_with_rest', P, 'night_and_morning', 'Does resting leave it the same or make it worse?'),
  yesNo('buttock_pain_alternating', P, 'pain_site', 'Does buttock pain swap from one side to the other?'),
  yesNo(
    'nsaid_response_48h',
    P,
    'pain_course',
    'Did an anti-inflammatory (like ibuprofen) clearly help within two days?',
  ),
] as const;
