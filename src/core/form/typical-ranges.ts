/**
 * Where each form number usually sits among recreational runners, for the marker on the result page's small
 * scales. These say "usual", never "wrong": the judgement is FormAdvice's, and the ranges are drawn so they
 * never disagree with it (the overstride and lean ranges end at the advice thresholds).
 */
import { FORM_ADVICE_THRESHOLDS } from './advice';
import type { FormMetricKey } from './saved-check';

export interface TypicalRange {
  /** Ends of the drawn scale. */
  scale: [number, number];
  /** Where most recreational runners fall. */
  typical: [number, number];
  /** How the typical range is said. */
  typicalWords: string;
}

const overstrideTop = FORM_ADVICE_THRESHOLDS.overstrideLegs;
const leanTop = FORM_ADVICE_THRESHOLDS.waistBendDeg;

export const TYPICAL_RANGES: Readonly<Record<FormMetricKey, TypicalRange>> = {
  // Judgement: recreational runners' own cadence mostly falls here; the spec gives no range, only the +5 %
  // change for overstriders (clinical evidence, running form), so this is not a target.
  cadenceSpm: { scale: [130, 200], typical: [150, 180], typicalWords: 'Usual range: 150–180' },
  // Every runner lands a little ahead of the hips; past the advice threshold we call it reaching out.
  overstrideLegs: {
    scale: [-0.1, 0.6],
    typical: [0.05, overstrideTop],
    typicalWords: `Usual range: 0.05–${overstrideTop.toFixed(2)}`,
  },
  // Judgement: the shin near vertical at landing, a little ahead of the knee.
  shinAngleDeg: { scale: [-10, 25], typical: [0, 10], typicalWords: 'Usual range: 0–10°' },
  // A slight forward lean; beyond the waist-bend threshold the advice speaks up.
  trunkLeanDeg: {
    scale: [-10, 25],
    typical: [2, leanTop],
    typicalWords: `Usual range: 2–${leanTop}° forward`,
  },
  // Judgement: about 6–10 cm of bounce on a 0.85–0.95 m leg.
  verticalOscillationLegs: {
    scale: [0, 0.2],
    typical: [0.06, 0.12],
    typicalWords: 'Usual range: 0.06–0.12',
  },
};
