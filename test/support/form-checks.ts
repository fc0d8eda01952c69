/** A body that saves a form check, as the page sends it after an analysis; override what a test needs. */
import type { FormCheckCreateBody } from '../../src/contract/form';

export function aFormCheck(overrides: Partial<FormCheckCreateBody> = {}): FormCheckCreateBody {
  return {
    model: 'movenet',
    clipS: 8.4,
    steps: 14,
    facing: 'right',
    cadenceSpm: { value: 164, spread: 3, band: 2 },
    overstrideLegs: { value: 0.21, spread: 0.03, band: 0.04 },
    shinAngleDeg: { value: 9, spread: 2, band: 6 },
    trunkLeanDeg: { value: 6, spread: 1.5, band: 6 },
    verticalOscillationLegs: { value: 0.09, spread: 0.01, band: 0.02 },
    cue: 'land_under_hips',
    cadenceTargetSpm: 172,
    ...overrides,
  };
}
