import { atLeast, type Facts } from './checkin';
import {
  aorticAneurysmSigns,
  berlinFeatures,
  fragilityRisk,
  malignancyFlags,
  ng65Features,
  onsetAge,
} from './flag-sets';
import type { RuleDef } from './rule-def';

const KEEP_MOVING = 'Keep moving as comfort allows; staying active helps most back pain.';

const LOAD_SPIKE_PCT = 30;

function suspectedPelvicBoneStress(f: Facts): boolean {
  const site = f.yes('pain_sacral') || f.yes('pain_buttock_unilateral');
  const provoked = f.yes('pain_single_leg_hop') || f.yes('pain_on_walking');
  // §7.5: any one risk is enough.
  const risk =
    atLeast(f.num('recent_mileage_increase_pct'), LOAD_SPIKE_PCT) ||
    f.yes('menstrual_dysfunction') ||
    f.yes('low_energy_availability') ||
    f.yes('previous_stress_fracture');
  return site && provoked && risk;
}

function inflammatoryPattern(f: Facts): boolean {
  const onset = onsetAge(f);
  return (
    atLeast(f.num('pain_duration_days'), 90) &&
    onset !== undefined &&
    onset < 45 &&
    (ng65Features(f).length >= 3 || berlinFeatures(f).length >= 2)
  );
}

/**
 * See-a-clinician rules and the self-manage fallback (checkin-rules §3 rules 11–17, §8 C7, §9.2 C8, §9.3 C9).
 * `when` comes from each rule (C8 is a few days, C1 and C9 a week), not from the urgency level.
 */
export const CLINICIAN_RULES: readonly RuleDef[] = [
  {
    id: 'C1',
    urgency: 'see_clinician',
    title: 'Possible bone stress injury in the pelvis',
    action:
      'Book a sports-medicine or GP appointment within a week. This may be a stress injury in the pelvis or ' +
      'the base of the spine, and a scan may be needed.',
    when: 'Within a week',
    meanwhile: 'Stop running and other impact now. Pain-free cycling or swimming is fine meanwhile.',
    sources: ['SACRAL', 'REDS'],
    stopRunning: true,
    fires: suspectedPelvicBoneStress,
  },
  {
    id: 'C2',
    urgency: 'see_clinician',
    title: 'Possible stress injury in a young athlete’s spine',
    action:
      'Book a GP or sports-medicine appointment in the next week or two. At your age this pattern can be a ' +
      'stress injury in a spinal bone.',
    when: 'Within 1–2 weeks',
    meanwhile: 'Until then, pause running, jumping and moves that arch your back.',
    sources: ['PARS', 'CKS'],
    // "Stop extension and impact": running is impact, and this is a suspected bone stress injury (§0.5).
    stopRunning: true,
    fires: (f) => f.age < 20 && f.yes('pain_with_extension') && (f.num('pain_duration_days') ?? 0) > 14,
  },
  {
    id: 'C3',
    urgency: 'see_clinician',
    title: 'Pattern of inflammatory back pain',
    action:
      'Book a routine GP appointment. Your answers fit inflammatory back pain; your GP may order blood tests ' +
      'and refer you to a rheumatologist.',
    when: 'At a routine appointment',
    meanwhile: 'You can keep running meanwhile; movement usually helps this kind of pain.',
    sources: ['NG65', 'ASAS2009', 'RUD2006'],
    stopRunning: false,
    fires: inflammatoryPattern,
  },
  {
    id: 'C4',
    urgency: 'see_clinician',
    title: 'Irritated nerve root (sciatica)',
    action:
      'Book a GP or physio appointment in the next week or two so they can check your nerves. This usually ' +
      'settles with time. If the leg becomes weak or the numbness spreads, check in again at once.',
    when: 'Within 1–2 weeks',
    meanwhile: `${KEEP_MOVING} Ease off any run that sends pain further down the leg.`,
    sources: ['NG59', 'CKS', 'CRF2023'],
    stopRunning: false,
    fires: (f) =>
      f.yes('pain_radiating_below_knee_unilateral') || f.yes('leg_numbness_unilateral_persistent'),
  },
  {
    id: 'C5',
    urgency: 'see_clinician',
    title: 'One warning sign to check',
    action:
      'Book a GP appointment in the next week or two to have this looked at. It is most often nothing serious.',
    when: 'Within 1–2 weeks',
    meanwhile: KEEP_MOVING,
    sources: ['CKS', 'CRF2023', 'HEN2013'],
    stopRunning: false,
    fires: (f) => malignancyFlags(f).length === 1,
  },
  {
    id: 'C6',
    urgency: 'see_clinician',
    title: 'Pain that is weighing on you',
    action: 'Book a physiotherapist who can help with both the pain and the worry that comes with it.',
    when: 'Within 1–2 weeks',
    meanwhile: 'Carry on with your plan meanwhile.',
    sources: ['NG59', 'SBST'],
    stopRunning: false,
    fires: (f) => atLeast(f.num('sbst_psych'), 4),
  },
  {
    id: 'C7',
    urgency: 'see_clinician',
    title: 'Back pain in pregnancy',
    action:
      'Speak to your midwife or an obstetric physiotherapist before going further. Pregnancy changes what is ' +
      'right for your back and pelvis.',
    when: 'Before your next run',
    meanwhile:
      'The standard running plan is paused until they have advised you. Gentle activity they are happy with ' +
      'is fine.',
    sources: ['SPEC_EXCLUSIONS'],
    // §8: C7 withholds the standard running plan.
    stopRunning: true,
    fires: (f) => f.yes('pregnant'),
  },
  {
    id: 'C8',
    urgency: 'see_clinician',
    title: 'Tummy pain or fainting with back pain',
    action:
      'See a GP within the next few days and tell them your back pain comes with tummy pain or fainting; this ' +
      'is not part of ordinary runner’s back pain. If the pain suddenly gets worse, you faint again, or you ' +
      'feel a throbbing in your tummy, call {number} for an ambulance.',
    when: 'Within a few days',
    meanwhile: 'Pause running until you have been seen.',
    sources: ['CKS', 'SPEC_EXCLUSIONS'],
    stopRunning: true,
    // §9.2: when E6 does not fire (for example under 50, or without the other E6 signs).
    fires: (f) =>
      (f.yes('abdominal_pain_with_back_pain') || f.yes('collapse_or_faint')) && !aorticAneurysmSigns(f),
  },
  {
    id: 'C9',
    urgency: 'see_clinician',
    title: 'Sudden severe pain in the middle of the spine',
    action:
      'Book a GP or sports-medicine appointment within a week. Get seen the same day instead if the pain ' +
      'followed a fall or a knock, or if it does not ease when you lie down.',
    when: 'Within a week',
    meanwhile: 'Stop running until you have been seen.',
    sources: ['CKS'],
    stopRunning: true,
    // §9.3: when neither U4 (fragility) nor E6 fires; without those it is rarely a fracture.
    fires: (f) => f.yes('severe_midline_pain_sudden') && !fragilityRisk(f) && !aorticAneurysmSigns(f),
  },
];

/** The fallback when nothing else fires (checkin-rules §3 rule 17). */
export const SELF_MANAGE_RULE: RuleDef = {
  id: 'S1',
  urgency: 'self_manage',
  title: 'Everyday mechanical back pain',
  action:
    'Follow your plan and stay active. Keep the warning signs below in mind, and check in again if anything ' +
    'changes.',
  when: 'Follow your plan',
  meanwhile: 'Easy running is fine while the pain stays the same or settles.',
  sources: ['NG59', 'DAHM2010'],
  stopRunning: false,
  fires: () => true,
};
