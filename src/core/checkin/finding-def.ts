/** Building blocks for the finding vocabulary (see `vocabulary.ts`). */

export const SEXES = ['F', 'M'] as const;
export type Sex = (typeof SEXES)[number];

/** B = yes/no answer, N = whole number. */
export type FindingType = 'B' | 'N';

/**
 * Where a finding belongs in the check-in:
 * - `red_flag`: signs of a serious cause; asked in plain words at every check-in (most of them).
 * - `pain`: what the pain is like and how it has behaved.
 * - `cause`: possible causes and contributing factors (inflammatory, bone stress, training, kit, body).
 * - `questionnaire`: scores from questionnaires.
 */
export type FindingGroup = 'red_flag' | 'pain' | 'cause' | 'questionnaire';

/** A finer grouping the app can use for headings. */
export type FindingTopic =
  | 'pain_site'
  | 'pain_course'
  | 'night_and_morning'
  | 'nerves'
  | 'trauma_and_bone'
  | 'cancer_and_general_health'
  | 'infection'
  | 'other_serious'
  | 'inflammatory'
  | 'bone_stress'
  | 'training_load'
  | 'footwear_and_surface'
  | 'form_and_body'
  | 'history'
  | 'questionnaire';

export interface FindingDef<C extends string = string> {
  code: C;
  type: FindingType;
  group: FindingGroup;
  topic: FindingTopic;
  /** The question in plain words, as the app should ask it. Our own wording; not yet tested with users. */
  askAs: string;
  /**
   * Asked at every check-in and must be answered (No / Yes / Not sure for yes/no questions): the red flags of
   * checkin-rules §2.2–2.5 and §8, and every other code that can raise the urgency (§9.5, §9.10). An unanswered
   * one makes the check-in incomplete, and an incomplete check-in cannot end in `self_manage` (§7.13).
   */
  everyCheckin: boolean;
  /** Only asked of people of this recorded sex (e.g. pregnancy). Absent: asked of everyone. */
  appliesToSex?: Sex;
  /**
   * Must also be answered (No / Yes / Not sure) by people younger than this, because a rule reads it only for
   * them (`pain_with_extension` feeds C2 under 20). Older runners may leave it blank.
   */
  requiredUnderAge?: number;
  /**
   * A follow-up, asked only when another answer makes it matter: `yes` = only after Yes or Not sure to `code`,
   * `no` = only once `code` is answered No (no point hopping on a leg that hurts to walk on, and the hop is not
   * offered before the runner has said whether walking hurts).
   * While it is not asked it counts as answered, and reads as No, which cannot change any rule's result.
   */
  askWhen?: { code: string; answer: 'yes' | 'no' };
  /**
   * Standing history (checkin-rules §9.8): may be carried forward from the runner's last complete check-in
   * when that is under 90 days old, once the runner confirms it is still true.
   */
  standing?: boolean;
  /** Numbers only: the value is a distance in kilometres, shown in the runner's chosen unit. */
  distanceKm?: boolean;
  /** Numbers only: unit shown beside the input, and the accepted range (inclusive). */
  unit?: string;
  min?: number;
  max?: number;
}

interface BoolOptions {
  everyCheckin?: boolean;
  appliesToSex?: Sex;
  requiredUnderAge?: number;
  askWhen?: FindingDef['askWhen'];
  standing?: boolean;
}

/**
 * A yes/no finding.
 * @example yesNo('fever', 'red_flag', 'infection', 'Have you had a fever?', { everyCheckin: true })
 */
export function yesNo<const C extends string>(
  code: C,
  group: FindingGroup,
  topic: FindingTopic,
  askAs: string,
  options: BoolOptions = {},
): FindingDef<C> & { type: 'B' } {
  const def: FindingDef<C> & { type: 'B' } = {
    code,
    type: 'B',
    group,
    topic,
    askAs,
    everyCheckin: options.everyCheckin ?? false,
  };
  if (options.appliesToSex !== undefined) def.appliesToSex = options.appliesToSex;
  if (options.requiredUnderAge !== undefined) def.requiredUnderAge = options.requiredUnderAge;
  if (options.askWhen !== undefined) def.askWhen = options.askWhen;
  if (options.standing) def.standing = true;
  return def;
}

interface NumberOptions {
  unit: string;
  min: number;
  max?: number;
  everyCheckin?: boolean;
  distanceKm?: boolean;
}

/**
 * A whole-number finding.
 * @example whole('shoe_km', 'cause', 'footwear_and_surface', 'How far have your shoes run?', { unit: 'km', min: 0 })
 */
export function whole<const C extends string>(
  code: C,
  group: FindingGroup,
  topic: FindingTopic,
  askAs: string,
  options: NumberOptions,
): FindingDef<C> & { type: 'N' } {
  const def: FindingDef<C> & { type: 'N' } = {
    code,
    type: 'N',
    group,
    topic,
    askAs,
    everyCheckin: options.everyCheckin ?? false,
    unit: options.unit,
    min: options.min,
  };
  if (options.max !== undefined) def.max = options.max;
  if (options.distanceKm) def.distanceKm = true;
  return def;
}
