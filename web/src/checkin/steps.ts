import {
  appliesTo,
  FINDINGS,
  type Finding,
  type FindingCode,
  type FindingDef,
  type FindingTopic,
  type Sex,
} from '../../../src/core/checkin';

export type Answer = boolean | number | 'unsure';
export type Answers = Partial<Record<string, Answer>>;

export interface Step {
  id: string;
  title: string;
  intro: string;
  /** Red-flag steps: every question must be answered; "Not sure" counts as yes. */
  redFlags: boolean;
  sections: { topic: FindingTopic; heading: string; codes: FindingDef[] }[];
}

const HEADINGS: Record<FindingTopic, string> = {
  nerves: 'Numbness, weakness and nerves',
  trauma_and_bone: 'Falls, injuries and bones',
  cancer_and_general_health: 'General health',
  infection: 'Infection',
  other_serious: 'Other signs',
  pain_course: 'How the pain behaves',
  pain_site: 'Where it hurts',
  night_and_morning: 'Nights and mornings',
  history: 'Your history',
  inflammatory: 'Joints and skin',
  bone_stress: 'Bone health',
  training_load: 'Your training',
  footwear_and_surface: 'Shoes and surfaces',
  form_and_body: 'Form, strength and flexibility',
  questionnaire: 'How you feel about it',
};

/** Stable facts that a runner need not repeat at every check-in. */
export const STABLE_CODES = new Set([
  'previous_lbp_episode',
  'previous_lower_limb_injury',
  'previous_stress_fracture',
  'recurrent_similar_episodes',
  'psoriasis',
  'ibd_history',
  'family_history_spa',
  'enthesitis',
]);

/** Asked on the pain step as their own controls, not in the yes/no lists. */
export const PAIN_HEADLINE_CODES = ['pain_score_0_10', 'pain_duration_days'] as const;
/** Filled by the questionnaire, never typed in. */
const QUESTIONNAIRE_SCORES = new Set(['sbst_total', 'sbst_psych']);

const section = (topic: FindingTopic, defs: FindingDef[]) => ({
  topic,
  heading: HEADINGS[topic],
  codes: defs,
});

/** The check-in, one screen per step; red flags first so an emergency is found before anything else. */
export function buildSteps(sex: Sex): Step[] {
  const asked = FINDINGS.filter((f) => appliesTo(f, sex)) as readonly FindingDef[];
  const every = asked.filter((f) => f.everyCheckin);
  const rest = asked.filter((f) => !f.everyCheckin && !QUESTIONNAIRE_SCORES.has(f.code));
  const byTopic = (defs: FindingDef[], topics: FindingTopic[]) =>
    topics
      .map((t) =>
        section(
          t,
          defs.filter((d) => d.topic === t),
        ),
      )
      .filter((s) => s.codes.length > 0);

  return [
    {
      id: 'nerves',
      title: 'Warning signs: nerves',
      intro:
        'These questions look for signs that need a doctor. Answer each one; if you are not sure, say so.',
      redFlags: true,
      sections: byTopic(every, ['nerves']),
    },
    {
      id: 'body',
      title: 'Warning signs: injuries and health',
      intro: 'A few more. "Not sure" is a fine answer and we will treat it carefully.',
      redFlags: true,
      sections: byTopic(every, [
        'trauma_and_bone',
        'cancer_and_general_health',
        'pain_course',
        'history',
        'night_and_morning',
      ]),
    },
    {
      id: 'infection',
      title: 'Warning signs: infection and other',
      intro: 'Last set of warning-sign questions.',
      redFlags: true,
      sections: byTopic(every, ['infection', 'other_serious']),
    },
    {
      id: 'pain',
      title: 'Your pain',
      intro: 'Now, what the pain is like. Skip anything that does not apply.',
      redFlags: false,
      sections: byTopic(
        rest.filter(
          (d) => d.group === 'pain' && !(PAIN_HEADLINE_CODES as readonly string[]).includes(d.code),
        ),
        ['pain_site', 'pain_course', 'night_and_morning', 'history'],
      ),
    },
    {
      id: 'causes',
      title: 'Training and body',
      intro: 'These help find what may be feeding the pain. Leave blank what you do not know.',
      redFlags: false,
      sections: byTopic(
        rest.filter((d) => d.group !== 'pain'),
        [
          'training_load',
          'footwear_and_surface',
          'form_and_body',
          'history',
          'bone_stress',
          'inflammatory',
          'questionnaire',
        ],
      ),
    },
  ];
}

/** Findings to send: red flags as given ("Not sure" = yes), optional answers only where given. */
export function toFindings(answers: Answers): Finding[] {
  return Object.entries(answers)
    .filter((entry): entry is [string, Answer] => entry[1] !== undefined)
    .map(([code, value]) => ({ code: code as FindingCode, value: value === 'unsure' ? true : value }));
}

/** Red-flag questions on a step that still have no answer. */
export const unansweredOn = (step: Step, answers: Answers): FindingDef[] =>
  step.redFlags ? step.sections.flatMap((s) => s.codes).filter((d) => answers[d.code] === undefined) : [];
