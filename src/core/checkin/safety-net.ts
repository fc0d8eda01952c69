/**
 * What goes with every self-manage result (clinical-evidence §0.4, §4.2): the cauda equina card, and the changes
 * that mean "stop and check in again".
 */
export interface SafetyNet {
  caudaEquinaCard: {
    title: string;
    /** Any one of these, with back or leg pain, is an emergency. */
    symptoms: string[];
    action: string;
  };
  retriageTriggers: { id: RetriageTriggerId; text: string }[];
}

export type RetriageTriggerId =
  | 'new_numbness'
  | 'new_weakness'
  | 'bladder_bowel_sexual_change'
  | 'fever'
  | 'night_pain'
  | 'severe_pain'
  | 'pain_rising'
  | 'no_improvement';

/**
 * The safety net, a fresh copy each call so callers may not share mutations.
 * @example safetyNet().caudaEquinaCard.symptoms.length // 5
 */
export function safetyNet(): SafetyNet {
  return {
    caudaEquinaCard: {
      title: 'Cauda equina warning signs: go to A&E now',
      symptoms: [
        'Numbness or tingling between your legs, around your bottom or genitals, or when you wipe',
        'Trouble starting to pee, a weak flow, not feeling it, being unable to go, or leaking',
        'Losing control of your bowels, or not feeling when you need to go',
        'New loss of feeling in your genitals, or new trouble with erection or ejaculation',
        'Pain, numbness or weakness in both legs',
      ],
      action:
        'If any of these starts, go to A&E straight away and say "suspected cauda equina syndrome". Do not wait ' +
        'for the next check-in.',
    },
    retriageTriggers: [
      { id: 'new_numbness', text: 'New numbness or pins and needles in a leg or foot' },
      { id: 'new_weakness', text: 'A leg feels weak, your foot slaps or drags, or you trip more' },
      { id: 'bladder_bowel_sexual_change', text: 'Any change in bladder, bowel or sexual function' },
      { id: 'fever', text: 'A fever, shivers, or feeling unwell along with the back pain' },
      { id: 'night_pain', text: 'Pain at night that does not ease whichever way you lie' },
      { id: 'severe_pain', text: 'Pain of 7 out of 10 or more that does not settle' },
      { id: 'pain_rising', text: 'Pain 2 or more points above where you started, for over a week' },
      { id: 'no_improvement', text: 'No real improvement after 4 to 6 weeks' },
    ],
  };
}
