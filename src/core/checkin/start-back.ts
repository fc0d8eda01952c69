import { z } from 'zod';
import type { Finding } from './checkin';

/**
 * Scoring for the Keele STarT Back Screening Tool (clinical-evidence §2.1, [R22]). Numbers only: the item text is
 * Keele's copyright and is kept out of this module.
 */

/** Answer options for item 9 (bothersomeness), mildest first. */
export const BOTHER_LEVELS = ['not_at_all', 'slightly', 'moderately', 'very_much', 'extremely'] as const;
export type BotherLevel = (typeof BOTHER_LEVELS)[number];

export const startBackAnswersSchema = z.object({
  /** Items 1–8 in order: true = Agree (1), false = Disagree (0). */
  agree: z.array(z.boolean()).length(8, 'items 1–8 need exactly 8 agree/disagree answers'),
  /** Item 9. */
  bothersome: z.enum(BOTHER_LEVELS),
});

export type StartBackAnswers = z.infer<typeof startBackAnswersSchema>;

export type StartBackRisk = 'low' | 'medium' | 'high';

export interface StartBackScore {
  /** Sum of all 9 items, 0–9. */
  sbst_total: number;
  /** Psychosocial (distress) subscale, items 5–9, 0–5. */
  sbst_psych: number;
  risk: StartBackRisk;
}

const PSYCH_FROM_ITEM = 5;

/**
 * Scores the 9 items: items 1–8 score 1 for Agree; item 9 scores 1 for "very much" or "extremely".
 * Risk: high if the subscale is 4–5, otherwise medium if the total is 4 or more, otherwise low.
 * @example scoreStartBack({ agree: [true, false, false, false, true, true, false, false], bothersome: 'very_much' })
 * // { sbst_total: 4, sbst_psych: 3, risk: 'medium' }
 */
export function scoreStartBack(answers: StartBackAnswers): StartBackScore {
  const itemScores = [
    ...answers.agree.map((agreed) => (agreed ? 1 : 0)),
    answers.bothersome === 'very_much' || answers.bothersome === 'extremely' ? 1 : 0,
  ];
  const sum = (scores: number[]): number => scores.reduce((total, s) => total + s, 0);
  const sbst_total = sum(itemScores);
  const sbst_psych = sum(itemScores.slice(PSYCH_FROM_ITEM - 1));
  const risk: StartBackRisk = sbst_psych >= 4 ? 'high' : sbst_total >= 4 ? 'medium' : 'low';
  return { sbst_total, sbst_psych, risk };
}

/**
 * The two questionnaire findings a check-in carries.
 * @example startBackFindings({ sbst_total: 2, sbst_psych: 1, risk: 'low' })
 * // [{ code: 'sbst_total', value: 2 }, { code: 'sbst_psych', value: 1 }]
 */
export const startBackFindings = (score: StartBackScore): Finding[] => [
  { code: 'sbst_total', value: score.sbst_total },
  { code: 'sbst_psych', value: score.sbst_psych },
];
