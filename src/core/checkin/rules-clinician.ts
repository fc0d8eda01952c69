import { atLeast, type Facts } from './checkin';
import { berlinFeatures, malignancyFlags, ng65Features, onsetAge } from './flag-sets';
import type { RuleDef } from './rule-def';

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

/** See-a-clinician rules and the self-manage fallback (checkin-rules §3 rules 11–17, §8 C7; C8 is ours). */
export const CLINICIAN_RULES: readonly RuleDef[] = [
  {
    id: 'C1',
    urgency: 'see_clinician',
    title: 'Possible bone stress injury in the pelvis',
    action:
      'Stop running and other impact now, and book a sports-medicine or GP appointment within a week. This may ' +
      'be a stress injury in the pelvis or the base of the spine, and a scan may be needed. Pain-free cycling or ' +
      'swimming is fine meanwhile.',
    sources: ['SACRAL', 'REDS'],
    stopRunning: true,
    fires: suspectedPelvicBoneStress,
  },
  {
    id: 'C2',
    urgency: 'see_clinician',
    title: 'Possible stress injury in a young athlete’s spine',
    action:
      'Book a GP or sports-medicine appointment in the next week or two. Until then, pause running, jumping and ' +
      'moves that arch your back: at your age this pattern can be a stress injury in a spinal bone.',
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
      'Book a routine GP appointment. Your answers fit inflammatory back pain; your GP may order blood tests and ' +
      'refer you to a rheumatologist. You can keep running meanwhile.',
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
      'settles with time; keep moving as comfort allows.',
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
      'Book a GP appointment in the next week or two to have this looked at. It is most often nothing serious; ' +
      'keep moving as comfort allows.',
    sources: ['CKS', 'CRF2023', 'HEN2013'],
    stopRunning: false,
    fires: (f) => malignancyFlags(f).length === 1,
  },
  {
    id: 'C6',
    urgency: 'see_clinician',
    title: 'Pain that is weighing on you',
    action:
      'Carry on with your plan, and book a physiotherapist who can help with both the pain and the worry that ' +
      'comes with it.',
    sources: ['NG59', 'SBST'],
    stopRunning: false,
    fires: (f) => atLeast(f.num('sbst_psych'), 4),
  },
  {
    id: 'C7',
    urgency: 'see_clinician',
    title: 'Back pain in pregnancy',
    action:
      'Speak to your midwife or an obstetric physio before going further. Pregnancy changes what is right for ' +
      'your back and pelvis, so the standard running plan is paused until they have advised you.',
    sources: ['SPEC_EXCLUSIONS'],
    stopRunning: false,
    fires: (f) => f.yes('pregnant'),
  },
  {
    id: 'C8',
    urgency: 'see_clinician',
    title: 'Tummy pain or fainting with back pain',
    action:
      'Pause running and see a GP within the next few days. Tummy pain or fainting is not part of ordinary ' +
      'runner’s back pain, so this app cannot plan for it. If the pain becomes severe, you faint again, or you ' +
      'feel a pulsing in your tummy, call an ambulance.',
    sources: ['CKS', 'SPEC_EXCLUSIONS'],
    // Not in checkin-rules: clinical-evidence §1.2 routes abdominal pain to a clinician, and §8 only covers it
    // (E6) from age 50. Below that, or without the other E6 signs, these findings must not end in self_manage.
    stopRunning: true,
    fires: (f) => f.yes('abdominal_pain_with_back_pain') || f.yes('collapse_or_faint'),
  },
];

/** The fallback when nothing else fires (checkin-rules §3 rule 17). */
export const SELF_MANAGE_RULE: RuleDef = {
  id: 'S1',
  urgency: 'self_manage',
  title: 'Everyday mechanical back pain',
  action:
    'Follow your plan and stay active. Keep an eye out for the warning signs below, and check in again if ' +
    'anything changes.',
  sources: ['NG59', 'DAHM2010'],
  stopRunning: false,
  fires: () => true,
};
