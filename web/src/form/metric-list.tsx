/** The numbers of a form check, each with its plain meaning, its error band and where it sits on a small scale. */
import { FORM_METRIC_KEYS, type FormMetricKey } from '../../../src/core/form/saved-check';
import type { Measure } from '../../../src/core/form/types';
import { TYPICAL_RANGES } from '../../../src/core/form/typical-ranges';
import { MetricScale } from './metric-scale';
import { METRIC_WORDS } from './words';

export function MetricList({ metrics }: { metrics: Record<FormMetricKey, Measure> }) {
  return (
    <ul className="form-metrics" aria-label="Your numbers">
      {FORM_METRIC_KEYS.map((key) => {
        const m = metrics[key];
        const w = METRIC_WORDS[key];
        return (
          <li key={key} className="form-metric" data-metric={key}>
            <p className="form-metric-number">
              <span className="form-metric-label">{w.label}</span> <strong>{w.format(m.value)}</strong>,{' '}
              <span>± {w.band(m.band)}</span>
            </p>
            <p className="muted small">{w.meaning}</p>
            <MetricScale measure={m} range={TYPICAL_RANGES[key]} />
            <p className="small form-metric-typical">{TYPICAL_RANGES[key].typicalWords}</p>
          </li>
        );
      })}
    </ul>
  );
}
