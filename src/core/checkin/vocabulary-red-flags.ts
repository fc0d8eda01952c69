import { yesNo, type FindingDef, type FindingTopic } from './finding-def';

// Every code here is asked at every check-in (checkin-rules §2.2–2.5 and §8); pregnancy only where it can apply.
// Wording rule (§9.11, wording-review.md): a question may be plainer than its code's definition, never narrower.
const flag = <const C extends string>(
  code: C,
  topic: FindingTopic,
  askAs: string,
  extra: { askWhen?: FindingDef['askWhen']; standing?: boolean } = {},
) => yesNo(code, 'red_flag', topic, askAs, { everyCheckin: true, ...extra });

/** Nerves and cauda equina (checkin-rules §2.2). Two of these are deliberate near-misses, never flags. */
export const NERVE_FINDINGS = [
  flag(
    'saddle_numbness',
    'nerves',
    'New numbness, tingling or changed feeling around your back passage or genitals, between your legs, on ' +
      'your inner thighs, or when you wipe?',
  ),
  flag(
    'bladder_change',
    'nerves',
    'Anything new when passing urine: trouble starting, a weaker flow, not feeling it pass, being unable to ' +
      'go or feeling no urge, or new leaking?',
  ),
  flag(
    'bowel_change',
    'nerves',
    'Any new accidents or soiling, or not feeling when you need to open your bowels?',
  ),
  flag(
    'sexual_dysfunction_new',
    'nerves',
    'Any new loss of feeling in your genitals, or new trouble with erection or ejaculation?',
  ),
  flag(
    'leg_symptoms_bilateral',
    'nerves',
    'Does pain shoot or spread down both legs, or are both legs numb, tingling or weak?',
  ),
  flag(
    'leg_numbness_unilateral_persistent',
    'nerves',
    'Has one leg or foot been numb or tingling for hours or days, without coming back to normal within ' +
      'minutes of warming up?',
  ),
  flag(
    'foot_numbness_cold_exposure_resolved',
    'nerves',
    'Did your toes or feet go numb only in cold or wet weather, and come back fully within minutes of warming up?',
  ),
  flag(
    'paraesthesia_feet_shoe_related_resolved',
    'nerves',
    'Did tingling in the front of your foot go away when you loosened your laces or shoes?',
  ),
  flag(
    'leg_weakness_unilateral',
    'nerves',
    'Is one leg weak, for example your foot slaps down or you keep tripping?',
  ),
  flag(
    'leg_weakness_bilateral',
    'nerves',
    'Are both legs newly weak, for example giving way under you? (Not tired after training, not held back ' +
      'by pain.)',
  ),
  flag(
    'neuro_progressive',
    'nerves',
    'Is any numbness, tingling or weakness getting worse over hours or days?',
  ),
  flag(
    'gait_disturbance',
    'nerves',
    'Are you newly unsteady or clumsy on your feet, or finding walking hard for a reason other than pain?',
  ),
] as const;

/** Trauma and bone fragility (checkin-rules §2.3). */
export const TRAUMA_FINDINGS = [
  flag(
    'trauma_major',
    'trauma_and_bone',
    'Just before this pain began, or since, were you hit by a vehicle or cyclist, or did you fall from ' +
      'above your own height or at speed?',
  ),
  flag(
    'trauma_minor',
    'trauma_and_bone',
    'Just before this pain began, or since, did you slip, stumble or fall over from standing?',
  ),
  flag(
    'bruising_abrasion_back',
    'trauma_and_bone',
    'Since that slip or fall, is there a bruise or graze over your spine? If you cannot see it, ask someone ' +
      'to look, or answer Not sure.',
    { askWhen: { code: 'trauma_minor', answer: 'yes' } },
  ),
  flag(
    'osteoporosis_known',
    'trauma_and_bone',
    'Have you been told you have osteoporosis, or do you take treatment for it?',
    { standing: true },
  ),
  flag(
    'corticosteroid_long_term',
    'trauma_and_bone',
    'Have you taken steroid tablets (like prednisolone) for more than 3 months?',
    { standing: true },
  ),
] as const;

/** Cancer and general health (checkin-rules §2.4). */
export const SYSTEMIC_FINDINGS = [
  flag(
    'history_cancer',
    'cancer_and_general_health',
    'Do you have cancer now, or have you ever had it? Melanoma counts. Only a basal-cell or squamous-cell ' +
      'skin cancer that was removed does not.',
    { standing: true },
  ),
  flag(
    'weight_loss_unexplained',
    'cancer_and_general_health',
    'Have you lost weight without trying: about 5% of your weight or more over the last 3 to 6 months ' +
      '(3.5 kg or more if you weigh 70 kg)?',
  ),
  flag(
    'weight_loss_intentional',
    'cancer_and_general_health',
    'Are you losing weight on purpose, on a planned diet where you still eat enough?',
  ),
  flag(
    'systemically_unwell',
    'cancer_and_general_health',
    'Do you feel generally unwell, or tired in a way that rest does not fix?',
  ),
] as const;

/** Infection (checkin-rules §2.5). */
export const INFECTION_FINDINGS = [
  flag(
    'fever',
    'infection',
    'In the last week, have you had a temperature of 38 °C or more, shivers or shaking, or felt feverish?',
  ),
  flag(
    'night_sweats',
    'infection',
    'In the last week, have you had drenching sweats, for example soaking your bedding at night?',
  ),
  flag(
    'recent_infection',
    'infection',
    'In the last few weeks, have you needed antibiotics for an infection (of the urine, skin, chest or anywhere ' +
      'else), or had an injection, epidural or operation on your spine?',
  ),
  flag(
    'immunosuppression',
    'infection',
    'Do you take medicines that weaken your immune system, such as transplant drugs, biologics, methotrexate, ' +
      'chemotherapy or long-term steroids, or do you live with HIV?',
    { standing: true },
  ),
  flag(
    'iv_drug_use',
    'infection',
    'Do you inject drugs now, or have you recently? Injected steroids and other performance drugs count.',
    { standing: true },
  ),
] as const;

/** Presentations outside plain low back pain (checkin-rules §8). */
export const OTHER_SERIOUS_FINDINGS = [
  flag('abdominal_pain_with_back_pain', 'other_serious', 'Is there pain in your tummy as well as your back?'),
  flag(
    'pulsatile_abdominal_mass',
    'other_serious',
    'Can you feel a throbbing or pulsing in your tummy, in time with your heartbeat?',
  ),
  flag(
    'collapse_or_faint',
    'other_serious',
    'With the pain, did you faint, nearly faint, or go suddenly light-headed and clammy?',
  ),
  flag(
    'groin_pain_weight_bearing',
    'other_serious',
    'Does your groin or the front of a hip hurt when you stand, walk or run on that leg?',
  ),
  flag(
    'groin_pain_on_hop',
    'other_serious',
    'If you hop gently on one leg, does your groin or the front of that hip hurt? If standing on it hurts, ' +
      'do not hop: answer Not sure.',
    { askWhen: { code: 'groin_pain_weight_bearing', answer: 'no' } },
  ),
  yesNo('pregnant', 'red_flag', 'other_serious', 'Are you pregnant at the moment?', {
    everyCheckin: true,
    appliesToSex: 'F',
  }),
] as const;
