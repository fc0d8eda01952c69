/** What one analysed clip says: the numbers, a still with lines, the cue that matters most, and the caveat. */
import type { ReactNode } from 'react';
import type { FormMetricKey } from '../../../src/core/form/saved-check';
import type { FormAnalysis, Measure } from '../../../src/core/form/types';
import type { FormCueId } from '../../../src/core/plan/form-cues';
import { CueCard } from './cue-card';
import { MetricList } from './metric-list';

/** The caveat every result carries, visible without a tap. */
export function Caveat() {
  return (
    <p className="form-caveat">
      These are coaching cues measured from a phone video, each with its error band. They are not a diagnosis.
      If running hurts your back, your check-in and plan come first.
    </p>
  );
}

export interface ResultsProps {
  metrics: Record<FormMetricKey, Measure>;
  steps: number;
  clipS: number;
  cue: FormCueId | null;
  reason?: string;
  cadenceTargetSpm: number | null;
  /** The still of a contact frame, when the clip is still on hand. */
  still?: ReactNode;
}

export function Results({ metrics, steps, clipS, cue, reason, cadenceTargetSpm, still }: ResultsProps) {
  return (
    <>
      <section className="card form-results" aria-labelledby="results-h">
        <h2 id="results-h">Your numbers</h2>
        <p className="muted small">
          From {steps} steps in {clipS.toFixed(1)} s of video. “±” is how far off the measurement can be.
        </p>
        <MetricList metrics={metrics} />
        <Caveat />
      </section>
      {still}
      <CueCard cue={cue} reason={reason} cadenceTargetSpm={cadenceTargetSpm} />
    </>
  );
}

/** The numbers of an analysis as the results show them. */
export const metricsOf = (a: Pick<FormAnalysis, FormMetricKey>): Record<FormMetricKey, Measure> => ({
  cadenceSpm: a.cadenceSpm,
  overstrideLegs: a.overstrideLegs,
  shinAngleDeg: a.shinAngleDeg,
  trunkLeanDeg: a.trunkLeanDeg,
  verticalOscillationLegs: a.verticalOscillationLegs,
});
