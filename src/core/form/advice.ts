/**
 * The one cue worth working on first, from the measures, tied to the plan's running-form cues (and so to their
 * drills). The article names three faults: overstriding, leaning forward too much (from the waist) and
 * slouching; they are checked in that order, overstriding first because it is the one the studies measure
 * (shorter, quicker steps lower the load at hip and knee: clinical evidence §3, Heiderscheit 2011).
 */
import type { FormAdvice, FormMetrics } from './types';

export const FORM_ADVICE_THRESHOLDS = {
  /** Ankle ahead of the hips at contact beyond which we call it overstriding, leg lengths. Judgement: every
   * runner lands somewhat ahead of the hips (about 0.1–0.25 leg lengths is common in recreational runners'
   * 2D video), and the article's advice is to land "under your hips"; a quarter of a leg (about 22 cm on a
   * 0.9 m leg) is clearly reaching out, and above the method's own error band (about ±0.04). */
  overstrideLegs: 0.25,
  /** Below this cadence an overstrider is offered quicker steps, steps a minute. Judgement: the often-quoted
   * 170–180 spm is not a target for everyone, but below 170 a +5 % change is the one tested (Heiderscheit 2011). */
  cadenceCueBelowSpm: 170,
  /** Step rate increase offered: +5 %, the smaller of the two tested and the plan's cadence cue. */
  cadenceIncrease: 0.05,
  /** Hip-to-shoulder lean beyond which the lean looks like folding at the waist, degrees forward. Judgement:
   * distance runners typically lean the trunk about 5–12° forward; the article wants a slight lean from the
   * ankles with a straight body, and 15° is beyond the usual range by more than the ±6° error band allows. */
  waistBendDeg: 15,
  /** Lean back beyond which "run tall" applies, degrees (negative is backwards). Judgement: an upright trunk
   * reads 0 ± 6° here, so only a clear backward lean counts. Slouching through the upper back is not visible
   * in the hip-to-shoulder line and is not detected. */
  leanBackDeg: -3,
} as const;

const T = FORM_ADVICE_THRESHOLDS;
const fixed = (v: number, digits: number): string => v.toFixed(digits);
const leanWords = (deg: number): string => {
  const r = Math.round(deg);
  return r === 0
    ? 'your trunk is upright'
    : `your trunk leans about ${Math.abs(r)}° ${r > 0 ? 'forward' : 'back'}`;
};

/**
 * @example formAdvice(metrics).cue // 'land_under_hips' when the foot lands 0.3 leg lengths ahead
 */
export function formAdvice(
  m: Pick<FormMetrics, 'overstrideLegs' | 'cadenceSpm' | 'trunkLeanDeg'>,
): FormAdvice {
  const overstride = m.overstrideLegs.value;
  const cadence = Math.round(m.cadenceSpm.value);
  const lean = m.trunkLeanDeg.value;

  if (overstride > T.overstrideLegs) {
    const target = cadence < T.cadenceCueBelowSpm ? Math.round(cadence * (1 + T.cadenceIncrease)) : null;
    const steps =
      target === null
        ? ''
        : ` Slightly quicker, shorter steps help: try about ${target} steps a minute instead of your ${cadence}, at the same speed.`;
    return {
      cue: 'land_under_hips',
      reason: `Your foot lands about ${fixed(overstride, 2)} leg lengths ahead of your hips, more than the ${T.overstrideLegs} that counts as reaching out. Let it come down closer under your body.${steps}`,
      cadenceTargetSpm: target,
    };
  }
  if (lean > T.waistBendDeg) {
    return {
      cue: 'lean_from_ankles',
      reason: `Your trunk leans about ${Math.round(lean)}° forward from the hips, more than the ${T.waistBendDeg}° that suggests bending at the waist. Keep your body in one straight line and let the slight lean come from your ankles.`,
      cadenceTargetSpm: null,
    };
  }
  if (lean < T.leanBackDeg) {
    return {
      cue: 'tall_posture',
      reason: `Your trunk leans about ${Math.round(-lean)}° backwards. Run tall, with your chest open and a slight forward lean from the ankles.`,
      cadenceTargetSpm: null,
    };
  }
  return {
    cue: null,
    reason: `Nothing stands out: your foot lands about ${fixed(overstride, 2)} leg lengths ahead of your hips and ${leanWords(lean)}, both in the usual range.`,
    cadenceTargetSpm: null,
  };
}
