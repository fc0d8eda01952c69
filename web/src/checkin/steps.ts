import {
  FINDINGS,
  appliesTo,
  findingsOf,
  isAsked,
  isRequired,
  unansweredRequired,
  WARNING_SIGN_CODES,
  type AnswerContext,
  type Finding,
  type FindingCode,
  type FindingDef,
  type FindingTopic,
  type FindingValue,
  type Sex,
} from '../../../src/core/checkin';

export type Answer = FindingValue;
type Def = FindingDef<FindingCode>;
export type Answers = Partial<Record<string, Answer>>;

export interface Section {
  id: string;
  heading: string;
  defs: Def[];
}

export interface Step {
  id: 'nerves' | 'body' | 'infection' | 'pain' | 'causes';
  title: string;
  intro: string;
  /** A warning-sign step: the check-in may stop when it ends (urgent) or at any answer (emergency). */
  screen: boolean;
  sections: Section[];
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

/** Asked on the pain step as their own controls, not in the lists. */
export const PAIN_HEADLINE_CODES: readonly FindingCode[] = ['pain_score_0_10', 'pain_duration_days'];
/** Filled by the questionnaire, never typed in. */
const QUESTIONNAIRE_SCORES = new Set<string>(['sbst_total', 'sbst_psych']);

/**
 * The check-in, one screen per step; the warning signs first so an emergency is found before anything else.
 * `carried` are standing-history codes confirmed on their own step, left out here. Required questions lead
 * each later step, under their own heading.
 */
export function buildSteps(age: number, sex: Sex, carried: ReadonlySet<string>): Step[] {
  const asked = FINDINGS.filter(
    (f) => appliesTo(f, sex) && !carried.has(f.code) && !QUESTIONNAIRE_SCORES.has(f.code),
  ) as readonly Def[];
  const screen = asked.filter((f) => WARNING_SIGN_CODES.has(f.code));
  const later = asked.filter((f) => !WARNING_SIGN_CODES.has(f.code) && !PAIN_HEADLINE_CODES.includes(f.code));
  const section = (id: string, heading: string, defs: Def[]): Section[] =>
    defs.length > 0 ? [{ id, heading, defs }] : [];
  const byTopic = (defs: readonly Def[], topics: FindingTopic[]) =>
    topics.flatMap((t) =>
      section(
        t,
        HEADINGS[t],
        defs.filter((d) => d.topic === t),
      ),
    );
  const laterStep = (group: (d: Def) => boolean, topics: FindingTopic[], mustHeading: string) => {
    const defs = later.filter(group);
    const must = defs.filter((d) => isRequired(d, age));
    const rest = defs.filter((d) => !isRequired(d, age));
    return [...section('must', mustHeading, must), ...byTopic(rest, topics)];
  };

  return [
    {
      id: 'nerves',
      title: 'Warning signs: nerves',
      intro: 'These look for signs that need a doctor. Answer each one; if you are not sure, say so.',
      screen: true,
      sections: section(
        'nerves',
        HEADINGS.nerves,
        screen.filter((d) => d.topic === 'nerves' || d.code === 'pain_radiating_below_knee_unilateral'),
      ),
    },
    {
      id: 'body',
      title: 'Warning signs: injuries and health',
      intro: '“Not sure” is a fine answer; it is treated with care.',
      screen: true,
      sections: [
        ...byTopic(screen, ['trauma_and_bone', 'cancer_and_general_health']),
        ...section(
          'pain',
          'About this pain',
          screen.filter((d) => d.group === 'pain' && d.code !== 'pain_radiating_below_knee_unilateral'),
        ),
      ],
    },
    {
      id: 'infection',
      title: 'Warning signs: infection and other',
      intro: 'The last of the warning signs.',
      screen: true,
      sections: byTopic(screen, ['infection', 'other_serious']),
    },
    {
      id: 'pain',
      title: 'Your pain',
      intro: 'Now, what the pain is like.',
      screen: false,
      sections: laterStep(
        (d) => d.group === 'pain',
        ['pain_site', 'pain_course', 'night_and_morning', 'history'],
        'These matter for your answer',
      ),
    },
    {
      id: 'causes',
      title: 'Training and body',
      intro: 'These help find what may be feeding the pain. Leave blank what you do not know.',
      screen: false,
      sections: laterStep(
        (d) => d.group !== 'pain',
        [
          'training_load',
          'footwear_and_surface',
          'form_and_body',
          'history',
          'bone_stress',
          'inflammatory',
          'questionnaire',
        ],
        'Bone health: these matter for your answer',
      ),
    },
  ];
}

/** The questions of a section put to this runner now (follow-ups appear when the answer before them calls). */
export const visibleDefs = (section: Section, ctx: AnswerContext): Def[] =>
  section.defs.filter((d) => isAsked(d, ctx));

/** Required questions on a step (its sections, plus the pain headline numbers) still without an answer. */
export function unansweredOn(step: Step, ctx: AnswerContext): FindingCode[] {
  const defs = step.sections.flatMap((s) => visibleDefs(s, ctx));
  return unansweredRequired(defs, ctx, step.id === 'pain' ? PAIN_HEADLINE_CODES : []) as FindingCode[];
}

/** The answers as an answer context for the core. */
export const contextFor = (age: number, sex: Sex, answers: Answers): AnswerContext => ({
  age,
  sex,
  answers: new Map(Object.entries(answers).filter((e): e is [string, Answer] => e[1] !== undefined)),
});

/** Findings to send: the core's rule (answers to questions still asked, "Not sure" as it is). */
export const toFindings = (ctx: AnswerContext): Finding[] => findingsOf(ctx);
