/**
 * Where each number usually sits among recreational runners, for drawing a marker on a small scale: display
 * only, never a judgement (the core's FormAdvice says what matters). Rough figures from running studies; the
 * core form helper should own these once it defines them, and this file should then read them from there.
 */
import type { FormMetricKey } from '../../../src/core/form/saved-check';

export interface DisplayRange {
  /** Ends of the drawn scale. */
  scale: [number, number];
  /** Where most recreational runners fall. */
  typical: [number, number];
  /** How the typical range is said. */
  typicalWords: string;
}

export const DISPLAY_RANGES: Record<FormMetricKey, DisplayRange> = {
  cadenceSpm: { scale: [130, 200], typical: [155, 180], typicalWords: 'Most runners: 155–180' },
  overstrideLegs: { scale: [-0.1, 0.6], typical: [0.1, 0.3], typicalWords: 'Most runners: 0.10–0.30' },
  shinAngleDeg: { scale: [-10, 25], typical: [0, 10], typicalWords: 'Most runners: 0–10°' },
  trunkLeanDeg: { scale: [-10, 25], typical: [2, 12], typicalWords: 'Most runners: 2–12° forward' },
  verticalOscillationLegs: {
    scale: [0, 0.2],
    typical: [0.06, 0.12],
    typicalWords: 'Most runners: 0.06–0.12',
  },
};
