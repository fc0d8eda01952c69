import type { FindingCode } from './vocabulary';

/** One change to watch for, and the check-in answers that stand for it (used to test where it belongs). */
export interface SafetySign {
  id: string;
  text: string;
  /** The finding codes this sign is about; each alone would be answered Yes at a check-in. */
  codes: FindingCode[];
  /** For a sign that is about answers together (night sweats with feeling unwell): all of them at once. */
  together?: FindingCode[];
}

/**
 * What goes with every self-manage result, visible without a tap (checkin-rules §7.14, §9.9; clinical-evidence
 * §0.4): the signs that need emergency care now, and the changes that mean "check in again at once". No sign in
 * the second list is an emergency on its own; a test holds that.
 */
export interface SafetyNet {
  goNow: { title: string; signs: SafetySign[]; action: string };
  checkInAgain: SafetySign[];
}

/**
 * The safety net, a fresh copy each call. Texts may hold `{number}` and `{department}` (see
 * `fillEmergencyWords`); `triage` fills them for the runner's country.
 * @example safetyNet().goNow.signs.some((s) => s.codes.includes('bladder_change')) // true
 */
/** The age from which tummy pain with sudden back pain or fainting is an emergency (E6, checkin-rules §9). */
const AORTIC_AGE = 50;

export function safetyNet(age?: number): SafetyNet {
  // Tummy pain with sudden severe back pain or fainting is E6 from 50 (and when the age is unknown).
  const aorticAge = age === undefined || age >= AORTIC_AGE;
  return {
    goNow: {
      title: 'Go to {department} now if any of these start',
      signs: [
        {
          id: 'saddle',
          text:
            'Numbness, tingling or a changed feeling around your back passage or genitals, between your legs, ' +
            'on your inner thighs, or when you wipe',
          codes: ['saddle_numbness'],
        },
        {
          id: 'bladder',
          text: 'New trouble passing urine, not being able to go or feeling no urge to go, not feeling it pass, or new leaking',
          codes: ['bladder_change'],
        },
        {
          id: 'bowel',
          text: 'New accidents or soiling, or not feeling when you need to open your bowels',
          codes: ['bowel_change'],
        },
        {
          id: 'sexual',
          text: 'New loss of feeling in your genitals, or new trouble with erection or ejaculation',
          codes: ['sexual_dysfunction_new'],
        },
        {
          id: 'both_legs',
          text: 'Pain, numbness or weakness in both legs, or new unsteadiness on your feet',
          codes: ['leg_symptoms_bilateral', 'leg_weakness_bilateral', 'gait_disturbance'],
        },
        {
          id: 'fever',
          text: 'A temperature of 38 °C or more, shivers or shaking, with the back pain',
          codes: ['fever'],
        },
        {
          id: 'night_sweats_unwell',
          text: 'Drenching sweats at night while you feel generally unwell',
          codes: [],
          together: ['night_sweats', 'systemically_unwell'],
        },
        {
          id: 'tummy_pulsing',
          text: 'A throbbing in your tummy in time with your heartbeat: call {number} for an ambulance',
          codes: ['pulsatile_abdominal_mass'],
        },
        ...(aorticAge
          ? [
              {
                id: 'tummy_with_sudden_pain_or_faint',
                text:
                  'Tummy pain together with a sudden severe back pain, or with fainting or nearly fainting: ' +
                  'call {number} for an ambulance',
                codes: [],
                together: ['abdominal_pain_with_back_pain', 'collapse_or_faint'],
              } satisfies SafetySign,
            ]
          : []),
      ],
      action:
        'Do not wait for your next check-in. Have someone take you, or call {number}; do not drive yourself. ' +
        'With any of the first five, say "suspected cauda equina syndrome".',
    },
    checkInAgain: [
      {
        id: 'one_leg_weak',
        text: 'One leg feels weak, your foot slaps or drags, or you trip more',
        codes: ['leg_weakness_unilateral'],
      },
      {
        id: 'getting_worse',
        text: 'Numbness, tingling or weakness that is getting worse',
        codes: ['neuro_progressive'],
      },
      {
        id: 'one_leg_numb',
        text: 'Numbness or pins and needles in one leg or foot that does not go away',
        codes: ['leg_numbness_unilateral_persistent'],
      },
      {
        id: 'below_knee',
        text: 'Pain that travels down one leg, below the knee',
        codes: ['pain_radiating_below_knee_unilateral'],
      },
      {
        id: 'night_pain',
        text: 'Pain at night that does not ease whichever way you lie',
        codes: ['night_pain_constant'],
      },
      {
        id: 'unwell',
        text: 'Feeling generally unwell or tired in a way rest does not fix, or losing weight without trying',
        codes: ['systemically_unwell', 'weight_loss_unexplained'],
      },
      {
        id: 'sudden_central',
        text: 'A sudden, severe pain in the middle of your spine',
        codes: ['severe_midline_pain_sudden'],
      },
      {
        id: 'tummy_or_faint',
        text: 'Pain in your tummy as well, or fainting or nearly fainting',
        codes: ['abdominal_pain_with_back_pain', 'collapse_or_faint'],
      },
      { id: 'severe_pain', text: 'Pain of 7 out of 10 or more that does not settle', codes: [] },
      {
        id: 'pain_rising',
        text: 'Pain 2 or more points above where you started, for over a week',
        codes: [],
      },
      { id: 'no_improvement', text: 'No real improvement after 4 to 6 weeks', codes: [] },
    ],
  };
}
