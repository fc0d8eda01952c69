import type { RuleDef } from './rule-def';
import { malignancyFlags } from './flag-sets';
import { NEUROLOGICAL_CODES } from './vocabulary';

/** Emergency and urgent rules (checkin-rules §3 rules 1–10, §7.2, §8). Any of these stops running. */
export const SERIOUS_RULES: readonly RuleDef[] = [
  {
    id: 'E1',
    urgency: 'emergency',
    title: 'Possible cauda equina syndrome',
    action:
      'Go to A&E now and say you may have cauda equina syndrome. The nerves at the base of your spine may be ' +
      'under pressure and you need an emergency scan. Do not wait to see if it settles, and do not run.',
    sources: ['BASS2018', 'BASS', 'GIRFT2023', 'HSIB2021', 'CKS', 'FIN2020'],
    stopRunning: true,
    fires: (f) =>
      f.yes('saddle_numbness') ||
      f.yes('bladder_change') ||
      f.yes('bowel_change') ||
      f.yes('sexual_dysfunction_new') ||
      f.yes('leg_symptoms_bilateral'),
  },
  {
    id: 'E2',
    urgency: 'emergency',
    title: 'Weakness in both legs or new trouble walking',
    action: 'Go to A&E now. Weakness in both legs or new unsteadiness needs checking today. Do not run.',
    sources: ['CRF2023', 'CKS'],
    stopRunning: true,
    fires: (f) => f.yes('leg_weakness_bilateral') || f.yes('gait_disturbance'),
  },
  {
    id: 'E3',
    urgency: 'emergency',
    title: 'Possible spine infection',
    action:
      'Go to A&E or urgent care now. A fever or feeling this unwell alongside back pain can mean an infection ' +
      'in the spine. Do not run.',
    sources: ['CRF2023', 'NEPATH', 'CKS', 'FIN2020'],
    stopRunning: true,
    fires: (f) => f.yes('fever') || (f.yes('night_sweats') && f.yes('systemically_unwell')),
  },
  {
    id: 'E4',
    urgency: 'emergency',
    title: 'Possible fracture after an injury',
    action: 'Go to A&E now so your spine can be checked for a broken bone after this injury. Do not run.',
    sources: ['DOW2013', 'CKS'],
    stopRunning: true,
    fires: (f) => f.yes('trauma_major') || (f.yes('trauma_minor') && f.yes('bruising_abrasion_back')),
  },
  {
    id: 'E5',
    urgency: 'emergency',
    title: 'Possible pressure on the spinal cord from cancer',
    action:
      'Go to A&E now and tell them about your cancer. If you have an acute oncology helpline, call it too. ' +
      'New nerve symptoms after cancer can mean pressure on the spinal cord. Do not run.',
    sources: ['LOTH', 'NG234'],
    stopRunning: true,
    fires: (f) => f.yes('history_cancer') && NEUROLOGICAL_CODES.some((code) => f.yes(code)),
  },
  {
    id: 'E6',
    urgency: 'emergency',
    title: 'Possible aortic aneurysm',
    action:
      'Phone for an ambulance now and do not drive yourself. Tummy and back pain with these signs can come ' +
      'from the main blood vessel in your belly.',
    sources: ['CKS', 'SPEC_EXCLUSIONS'],
    stopRunning: true,
    fires: (f) =>
      f.yes('pulsatile_abdominal_mass') ||
      (f.yes('abdominal_pain_with_back_pain') &&
        (f.yes('severe_midline_pain_sudden') || f.yes('collapse_or_faint')) &&
        f.age >= 50),
  },
  {
    id: 'U1',
    urgency: 'urgent',
    title: 'Nerve weakness or worsening nerve symptoms',
    action:
      'See a GP or urgent care today. Weakness in one leg, or nerve symptoms that are getting worse, need an ' +
      'examination; they may send you on to the spinal team. Do not run until you have been seen.',
    sources: ['LOTH', 'NEPATH'],
    stopRunning: true,
    // Spec U1 needs neuro_progressive with a one-sided symptom (§7.4). Progressive numbness or weakness with no
    // side recorded is still a new, worsening deficit (same day, [R15]); resolving that doubt upward (§0.2).
    fires: (f) => f.yes('leg_weakness_unilateral') || f.yes('neuro_progressive'),
  },
  {
    id: 'U2',
    urgency: 'urgent',
    title: 'Back pain after cancer',
    action:
      'See your GP within a day or two and tell them about your cancer history. Do not run until you have ' +
      'been seen.',
    sources: ['DOW2013', 'HEN2013', 'CKS', 'CRF2023'],
    stopRunning: true,
    fires: (f) => f.yes('history_cancer'),
  },
  {
    id: 'U3',
    urgency: 'urgent',
    title: 'Several warning signs together',
    action:
      'See your GP within a day or two. Each of these signs is usually harmless alone, but together they need ' +
      'checking. Do not run until you have been seen.',
    sources: ['HEN2013', 'CKS'],
    stopRunning: true,
    fires: (f) => malignancyFlags(f).length >= 2,
  },
  {
    id: 'U4',
    urgency: 'urgent',
    title: 'Possible fragility fracture',
    action:
      'See a GP or urgent care today or tomorrow. A bone in your spine may have cracked, and you may need an ' +
      'X-ray. Do not run until you have been seen.',
    sources: ['DOW2013', 'CKS', 'NEPATH'],
    stopRunning: true,
    fires: (f) =>
      (f.yes('trauma_minor') || f.yes('severe_midline_pain_sudden')) &&
      (f.yes('osteoporosis_known') || f.yes('corticosteroid_long_term') || f.age >= 70),
  },
  {
    id: 'U5',
    urgency: 'urgent',
    title: 'Higher infection risk',
    action:
      'See your GP within a day or two so they can rule out an infection. If you get a fever or shivers, go to ' +
      'A&E. Do not run until you have been seen.',
    sources: ['CKS', 'CRF2023'],
    stopRunning: true,
    // §7.9: long-term steroids count as immunosuppression; with fever E3 also fires and wins.
    fires: (f) => f.yes('iv_drug_use') || f.yes('immunosuppression') || f.yes('corticosteroid_long_term'),
  },
  {
    id: 'U6',
    urgency: 'urgent',
    title: 'Back pain after a recent infection or spinal procedure',
    action:
      'See your GP within a day or two so they can rule out an infection in the spine. If you get a fever or ' +
      'shivers, go to A&E. Do not run until you have been seen.',
    sources: ['CKS', 'CRF2023', 'NEPATH'],
    stopRunning: true,
    fires: (f) => f.yes('recent_infection'),
  },
  {
    id: 'U7',
    urgency: 'urgent',
    title: 'Possible hip stress fracture',
    action:
      'Do not run, and keep walking on that leg to a minimum, until a clinician sees you in the next day or ' +
      'two. Groin pain like this can be a stress fracture near the top of the thigh bone, which needs quick care.',
    sources: ['SACRAL', 'SPEC_EXCLUSIONS'],
    stopRunning: true,
    fires: (f) => f.yes('groin_pain_weight_bearing') || f.yes('groin_pain_on_hop'),
  },
];
