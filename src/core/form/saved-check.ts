/**
 * A form check the runner chose to keep: only the numbers of the analysis (never the clip, never a frame),
 * the cue it pointed to, and what the runner added (the day it was filmed, a note). The limits are what a
 * phone clip of a runner can plausibly measure; anything outside them was not measured but made up.
 */
import type { FormCueId } from '../plan/form-cues';
import type { FormAnalysis, Measure } from './types';

/** The pose models the browser pipeline can run. */
export const FORM_MODELS = ['movenet', 'blazepose'] as const;
export type FormModel = (typeof FORM_MODELS)[number];

/** The metrics a saved check keeps, each as a Measure (value, spread between steps, error band). */
export const FORM_METRIC_KEYS = [
  'cadenceSpm',
  'overstrideLegs',
  'shinAngleDeg',
  'trunkLeanDeg',
  'verticalOscillationLegs',
] as const;
export type FormMetricKey = (typeof FORM_METRIC_KEYS)[number];

export interface FormMetricLimit {
  min: number;
  max: number;
  /** Largest believable spread between steps and error band, same unit. */
  spreadMax: number;
  unit: string;
}

/** Plausible ranges of each metric (validation only; the analysis owns any judgement of good or bad). */
export const FORM_METRIC_LIMITS: Readonly<Record<FormMetricKey, FormMetricLimit>> = Object.freeze({
  cadenceSpm: { min: 60, max: 260, spreadMax: 100, unit: 'spm' },
  overstrideLegs: { min: -1, max: 1.5, spreadMax: 1, unit: 'leg lengths' },
  shinAngleDeg: { min: -60, max: 60, spreadMax: 60, unit: '°' },
  trunkLeanDeg: { min: -60, max: 60, spreadMax: 60, unit: '°' },
  verticalOscillationLegs: { min: 0, max: 0.5, spreadMax: 0.5, unit: 'leg lengths' },
});

export const FORM_CHECK_LIMITS = Object.freeze({
  noteMax: 500,
  /** Longest clip the pipeline analyses, seconds (with room: the guidance asks for 5–10 s). */
  clipSMax: 600,
  stepsMax: 2000,
  /** How many saved checks the history answers at most. */
  listMax: 500,
});

/** A saved form check. */
export interface SavedFormCheck {
  id: string;
  createdAt: string;
  /** The day the runner says the clip was filmed (YYYY-MM-DD), when they gave it. */
  recordedOn: string | null;
  model: FormModel;
  clipS: number;
  steps: number;
  facing: 'left' | 'right';
  cadenceSpm: Measure;
  overstrideLegs: Measure;
  shinAngleDeg: Measure;
  trunkLeanDeg: Measure;
  verticalOscillationLegs: Measure;
  /** The cue the analysis put first, or null when nothing stood out. */
  cue: FormCueId | null;
  cadenceTargetSpm: number | null;
  note: string;
}

/** What the runner sends to keep a check: the numbers of one analysis and their own additions. */
export type FormCheckInput = Omit<SavedFormCheck, 'id' | 'createdAt' | 'recordedOn' | 'note'> & {
  recordedOn?: string | null;
  note?: string;
};

/**
 * The numbers of an analysis as the body that saves them: the contacts, leg length and the reason's words stay
 * on the phone.
 * @example formCheckInputOf(analysis, 'movenet', 8.2).cadenceSpm.value // 164
 */
export function formCheckInputOf(analysis: FormAnalysis, model: FormModel, clipS: number): FormCheckInput {
  return {
    model,
    clipS,
    steps: analysis.steps,
    facing: analysis.facing,
    cadenceSpm: analysis.cadenceSpm,
    overstrideLegs: analysis.overstrideLegs,
    shinAngleDeg: analysis.shinAngleDeg,
    trunkLeanDeg: analysis.trunkLeanDeg,
    verticalOscillationLegs: analysis.verticalOscillationLegs,
    cue: analysis.advice.cue,
    cadenceTargetSpm: analysis.advice.cadenceTargetSpm,
  };
}
