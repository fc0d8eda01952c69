import type { FindingDef, Sex } from './finding-def';
import { PAIN_FINDINGS } from './vocabulary-pain';
import {
  INFECTION_FINDINGS,
  NERVE_FINDINGS,
  OTHER_SERIOUS_FINDINGS,
  SYSTEMIC_FINDINGS,
  TRAUMA_FINDINGS,
} from './vocabulary-red-flags';
import {
  BONE_STRESS_FINDINGS,
  INFLAMMATORY_FINDINGS,
  LOAD_FINDINGS,
  QUESTIONNAIRE_FINDINGS,
} from './vocabulary-causes';

export type { FindingDef, FindingGroup, FindingTopic, FindingType, Sex } from './finding-def';
export { SEXES } from './finding-def';

/**
 * Every finding a check-in may carry, in the order the app should ask them (red flags first).
 * The web app renders questions from this list: `askAs` is the question, `type` picks a yes/no or number input,
 * `everyCheckin` marks the questions that must be answered each time (see `questions.ts`).
 */
export const FINDINGS = [
  ...NERVE_FINDINGS,
  ...TRAUMA_FINDINGS,
  ...SYSTEMIC_FINDINGS,
  ...INFECTION_FINDINGS,
  ...OTHER_SERIOUS_FINDINGS,
  ...PAIN_FINDINGS,
  ...INFLAMMATORY_FINDINGS,
  ...BONE_STRESS_FINDINGS,
  ...LOAD_FINDINGS,
  ...QUESTIONNAIRE_FINDINGS,
] as const satisfies readonly FindingDef[];

export type FindingCode = (typeof FINDINGS)[number]['code'];

type CodesOfType<T extends 'B' | 'N'> = Extract<(typeof FINDINGS)[number], { type: T }>['code'];
/** Codes answered yes/no. */
export type BooleanCode = CodesOfType<'B'>;
/** Codes answered with a whole number. */
export type NumericCode = CodesOfType<'N'>;

const BY_CODE: ReadonlyMap<string, FindingDef<FindingCode>> = new Map(FINDINGS.map((f) => [f.code, f]));

/**
 * The definition of one code, or undefined if the code is not in the vocabulary.
 * @example findingDef('shoe_km')?.type // 'N'
 */
export const findingDef = (code: string): FindingDef<FindingCode> | undefined => BY_CODE.get(code);

/**
 * @example isFindingCode('fever') // true
 */
export const isFindingCode = (code: string): code is FindingCode => BY_CODE.has(code);

/**
 * Whether a question is asked of someone with this recorded sex.
 * @example appliesTo(findingDef('pregnant')!, 'M') // false
 */
export const appliesTo = (def: FindingDef, sex: Sex): boolean =>
  def.appliesToSex === undefined || def.appliesToSex === sex;

/**
 * Codes that count as neurological symptoms wherever a rule says "neurological" (checkin-rules §7.3).
 * The cold-exposure and shoe-related near-misses are deliberately absent.
 */
export const NEUROLOGICAL_CODES = [
  'saddle_numbness',
  'bladder_change',
  'bowel_change',
  'sexual_dysfunction_new',
  'leg_symptoms_bilateral',
  'leg_numbness_unilateral_persistent',
  'pain_radiating_below_knee_unilateral',
  'leg_weakness_unilateral',
  'leg_weakness_bilateral',
  'neuro_progressive',
  'gait_disturbance',
] as const satisfies readonly BooleanCode[];
