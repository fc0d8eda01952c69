import type { RuleDef } from './rule-def';
import { aorticAneurysmSigns, fragilityRisk, malignancyFlags } from './flag-sets';
import { NEUROLOGICAL_CODES } from './vocabulary';

const NO_RUNNING = 'Do not run.';
const UNTIL_SEEN = 'Do not run until you have been seen.';

/**
 * Emergency and urgent rules (checkin-rules §3 rules 1–10, §7.2, §8, §9.1). Any of these stops running.
 * Listed in the order their actions are shown when several fire: E6 leads, because "call an ambulance and do
 * not drive" must never sit under "go to the emergency department" (§9.11).
 */
export const SERIOUS_RULES: readonly RuleDef[] = [
  {
    id: 'E6',
    urgency: 'emergency',
    title: 'Possible aortic aneurysm',
    action:
      'Call {number} for an ambulance now, and do not drive yourself. Tummy and back pain with these signs can ' +
      'come from the main blood vessel in your belly, which needs care at once.',
    when: 'Now',
    meanwhile: 'Stay still and keep your phone with you until help arrives.',
    sources: ['CKS', 'SPEC_EXCLUSIONS'],
    stopRunning: true,
    fires: aorticAneurysmSigns,
  },
  {
    id: 'E1',
    urgency: 'emergency',
    title: 'Possible cauda equina syndrome',
    action:
      'Go to {department} now and say you may have cauda equina syndrome. The nerves at the base of your spine ' +
      'may be under pressure and you need an emergency scan. Do not wait to see if it settles.',
    when: 'Now',
    meanwhile: NO_RUNNING,
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
    title: 'New weakness in both legs or new trouble walking',
    action: 'Go to {department} now. New weakness in both legs or new unsteadiness needs checking now.',
    when: 'Now',
    meanwhile: NO_RUNNING,
    sources: ['CRF2023', 'CKS'],
    stopRunning: true,
    fires: (f) => f.yes('leg_weakness_bilateral') || f.yes('gait_disturbance'),
  },
  {
    id: 'E3',
    urgency: 'emergency',
    title: 'Possible spine infection',
    action:
      'Go to {department} now. A fever, or drenching sweats with feeling unwell, alongside back pain can mean ' +
      'an infection in the spine, which needs treatment straight away.',
    when: 'Now',
    meanwhile: NO_RUNNING,
    sources: ['CRF2023', 'NEPATH', 'CKS', 'FIN2020'],
    stopRunning: true,
    fires: (f) => f.yes('fever') || (f.yes('night_sweats') && f.yes('systemically_unwell')),
  },
  {
    id: 'E4',
    urgency: 'emergency',
    title: 'Possible broken bone in the spine after an injury',
    action:
      'Go to {department} now so your spine can be checked for a broken bone after this injury. If you cannot ' +
      'move without severe pain, or your legs feel numb or weak, stay where you are and call {number}.',
    when: 'Now',
    meanwhile: NO_RUNNING,
    sources: ['DOW2013', 'CKS'],
    stopRunning: true,
    fires: (f) => f.yes('trauma_major') || (f.yes('trauma_minor') && f.yes('bruising_abrasion_back')),
  },
  {
    id: 'E5',
    urgency: 'emergency',
    title: 'Possible pressure on the spinal cord after cancer',
    action:
      'Go to {department} now and tell them about your cancer. If you have an acute oncology helpline, call it ' +
      'as well. New nerve symptoms after cancer can mean pressure on the spinal cord, which needs treatment ' +
      'the same day.',
    when: 'Now',
    meanwhile: NO_RUNNING,
    sources: ['LOTH', 'NG234'],
    stopRunning: true,
    fires: (f) => f.yes('history_cancer') && NEUROLOGICAL_CODES.some((code) => f.yes(code)),
  },
  {
    id: 'U1',
    urgency: 'urgent',
    title: 'Leg weakness, or nerve symptoms getting worse',
    action:
      'See a GP or urgent care today. Weakness in one leg, or numbness or weakness that is getting worse, ' +
      'needs an examination the same day; they may send you on to the spinal team. If both legs become weak ' +
      'or numb, go to {department} now.',
    when: 'Today',
    meanwhile: UNTIL_SEEN,
    sources: ['LOTH', 'NEPATH'],
    stopRunning: true,
    // §9.1: worsening numbness or weakness alone is enough.
    fires: (f) => f.yes('leg_weakness_unilateral') || f.yes('neuro_progressive'),
  },
  {
    id: 'U2',
    urgency: 'urgent',
    title: 'Back pain after cancer',
    action:
      'See your GP within a day or two and tell them about your cancer history. If numbness, weakness, or any ' +
      'change in bladder or bowel control starts, go to {department} now.',
    when: 'Within a day or two',
    meanwhile: UNTIL_SEEN,
    sources: ['DOW2013', 'HEN2013', 'CKS', 'CRF2023'],
    stopRunning: true,
    fires: (f) => f.yes('history_cancer'),
  },
  {
    id: 'U3',
    urgency: 'urgent',
    title: 'Several warning signs together',
    action:
      'See your GP within a day or two. Each of these signs is usually harmless on its own, but together they ' +
      'need checking.',
    when: 'Within a day or two',
    meanwhile: UNTIL_SEEN,
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
      'X-ray.',
    when: 'Today or tomorrow',
    meanwhile: UNTIL_SEEN,
    sources: ['DOW2013', 'CKS', 'NEPATH'],
    stopRunning: true,
    fires: fragilityRisk,
  },
  {
    id: 'U5',
    urgency: 'urgent',
    title: 'Higher risk of infection',
    action:
      'See your GP within a day or two so they can rule out an infection. If you get a fever or shivers, go to ' +
      '{department} now.',
    when: 'Within a day or two',
    meanwhile: UNTIL_SEEN,
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
      'shivers, go to {department} now.',
    when: 'Within a day or two',
    meanwhile: UNTIL_SEEN,
    sources: ['CKS', 'CRF2023', 'NEPATH'],
    stopRunning: true,
    fires: (f) => f.yes('recent_infection'),
  },
  {
    id: 'U7',
    urgency: 'urgent',
    title: 'Possible hip stress fracture',
    action:
      'See a clinician in the next day or two. Groin pain like this can be a stress fracture near the top of ' +
      'the thigh bone, which needs quick care.',
    when: 'Within a day or two',
    meanwhile: 'Do not run, and keep walking on that leg to a minimum, until you have been seen.',
    sources: ['SACRAL', 'SPEC_EXCLUSIONS'],
    stopRunning: true,
    fires: (f) => f.yes('groin_pain_weight_bearing') || f.yes('groin_pain_on_hop'),
  },
];
