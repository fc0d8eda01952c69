/** How soon the runner needs help, lowest first. The order of this list is the order of severity. */
export const URGENCIES = ['self_manage', 'see_clinician', 'urgent', 'emergency'] as const;

export type Urgency = (typeof URGENCIES)[number];

/**
 * Position of an urgency on the severity scale (0 = self_manage, 3 = emergency).
 * @example urgencyRank('urgent') // 2
 */
export const urgencyRank = (urgency: Urgency): number => URGENCIES.indexOf(urgency);

/**
 * The more severe of two urgencies.
 * @example maxUrgency('see_clinician', 'urgent') // 'urgent'
 */
export const maxUrgency = (a: Urgency, b: Urgency): Urgency => (urgencyRank(a) >= urgencyRank(b) ? a : b);

/**
 * Sort comparator: most severe first.
 * @example ['urgent', 'emergency'].sort(byUrgencyDesc) // ['emergency', 'urgent']
 */
export const byUrgencyDesc = (a: Urgency, b: Urgency): number => urgencyRank(b) - urgencyRank(a);
