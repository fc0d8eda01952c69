import { yesNo, type FindingTopic } from './finding-def';

// Every code here is asked at every check-in (checkin-rules §2.2–2.5 and §8); pregnancy only where it can apply.
const flag = <const C extends string>(code: C, topic: FindingTopic, askAs: string) =>
  yesNo(code, 'red_flag', topic, askAs, { everyCheckin: true });

/** Nerves and cauda equina (checkin-rules §2.2). Two of these are deliberate near-misses, never flags. */
export const NERVE_FINDINGS = [
  flag(
    'saddle_numbness',
    'nerves',
    'Is there any new numbness or tingling between your legs, around your bottom or genitals, or when you wipe?',
  ),
  flag(
    'bladder_change',
    'nerves',
    'Has anything changed with peeing: trouble starting, a weak flow, not feeling it, or leaking?',
  ),
  flag(
    'bowel_change',
    'nerves',
    'Have you lost control of your bowels, or stopped feeling when you need to go?',
  ),
  flag(
    'sexual_dysfunction_new',
    'nerves',
    'Any new loss of feeling in your genitals, or new trouble with erection or ejaculation?',
  ),
  flag('leg_symptoms_bilateral', 'nerves', 'Do you have pain, numbness or weakness going down both legs?'),
  flag(
    'leg_numbness_unilateral_persistent',
    'nerves',
    'Has one leg or foot been numb or tingling for hours or days, with no cold to explain it?',
  ),
  flag(
    'foot_numbness_cold_exposure_resolved',
    'nerves',
    'Did your toes or feet go numb only in cold or wet weather, and come back fully once warm?',
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
  flag('leg_weakness_bilateral', 'nerves', 'Do both of your legs feel weak?'),
  flag('neuro_progressive', 'nerves', 'Is any numbness or weakness getting worse over hours or days?'),
  flag('gait_disturbance', 'nerves', 'Are you newly unsteady on your feet, or finding it hard to walk?'),
] as const;

/** Trauma and bone fragility (checkin-rules §2.3). */
export const TRAUMA_FINDINGS = [
  flag(
    'trauma_major',
    'trauma_and_bone',
    'Were you hit by a car or bike, or did you fall from higher than your own height or at speed?',
  ),
  flag('trauma_minor', 'trauma_and_bone', 'Did you slip, stumble or fall over from standing?'),
  flag(
    'bruising_abrasion_back',
    'trauma_and_bone',
    'After that, is there a bruise or graze over your spine?',
  ),
  flag(
    'osteoporosis_known',
    'trauma_and_bone',
    'Have you been told you have osteoporosis, or do you take treatment for it?',
  ),
  flag(
    'corticosteroid_long_term',
    'trauma_and_bone',
    'Have you taken steroid tablets (like prednisolone) for more than 3 months?',
  ),
] as const;

/** Cancer and general health (checkin-rules §2.4). */
export const SYSTEMIC_FINDINGS = [
  flag(
    'history_cancer',
    'cancer_and_general_health',
    'Have you ever had cancer (not counting simple skin cancers other than melanoma)?',
  ),
  flag(
    'weight_loss_unexplained',
    'cancer_and_general_health',
    'Have you lost weight recently without trying to?',
  ),
  flag(
    'weight_loss_intentional',
    'cancer_and_general_health',
    'Are you losing weight on purpose, on a planned diet where you eat enough?',
  ),
  flag(
    'systemically_unwell',
    'cancer_and_general_health',
    'Do you feel generally unwell or unusually worn out?',
  ),
] as const;

/** Infection (checkin-rules §2.5). */
export const INFECTION_FINDINGS = [
  flag('fever', 'infection', 'Have you had a temperature of 38 °C or more, shivers, or felt feverish?'),
  flag('night_sweats', 'infection', 'Have you had night sweats that soak your bedding?'),
  flag(
    'recent_infection',
    'infection',
    'In the last few weeks, have you had an infection (like a water or skin infection) or a procedure on your spine?',
  ),
  flag(
    'immunosuppression',
    'infection',
    'Do you take medicines that lower your immunity, have chemotherapy, or live with HIV?',
  ),
  flag('iv_drug_use', 'infection', 'Do you inject drugs?'),
] as const;

/** Presentations outside plain low back pain (checkin-rules §8). */
export const OTHER_SERIOUS_FINDINGS = [
  flag('abdominal_pain_with_back_pain', 'other_serious', 'Is there pain in your tummy as well as your back?'),
  flag(
    'pulsatile_abdominal_mass',
    'other_serious',
    'Can you feel a throbbing, pulsing or lump in your tummy?',
  ),
  flag(
    'collapse_or_faint',
    'other_serious',
    'With the pain, did you faint, nearly faint, or go suddenly light-headed and clammy?',
  ),
  flag(
    'groin_pain_weight_bearing',
    'other_serious',
    'Does your groin or the front of your hip hurt when you stand, walk or run on that leg?',
  ),
  flag(
    'groin_pain_on_hop',
    'other_serious',
    'If you hop on one leg, does your groin or the front of your hip hurt?',
  ),
  yesNo('pregnant', 'red_flag', 'other_serious', 'Are you pregnant at the moment?', {
    everyCheckin: true,
    appliesToSex: 'F',
  }),
] as const;
