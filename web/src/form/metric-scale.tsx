/** A small scale under a number: the usual range shaded, the runner's value marked, its error band as a bar. */
import type { Measure } from '../../../src/core/form/types';
import type { TypicalRange } from '../../../src/core/form/typical-ranges';

const W = 300;
const H = 34;
const PAD = 8;

export function MetricScale({ measure, range }: { measure: Measure; range: TypicalRange }) {
  const [lo, hi] = range.scale;
  const x = (v: number) => PAD + ((Math.min(Math.max(v, lo), hi) - lo) / (hi - lo)) * (W - 2 * PAD);
  const [t0, t1] = range.typical;
  const mark = x(measure.value);
  return (
    <svg className="metric-scale" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
      <line x1={PAD} x2={W - PAD} y1={14} y2={14} className="track" />
      <rect x={x(t0)} width={x(t1) - x(t0)} y={8} height={12} rx={3} className="typical" />
      <rect
        x={x(measure.value - measure.band)}
        width={Math.max(x(measure.value + measure.band) - x(measure.value - measure.band), 2)}
        y={11}
        height={6}
        className="band"
      />
      <path d={`M${mark} 2 L${mark + 6} 8 L${mark} 26 L${mark - 6} 8 Z`} className="marker" />
      <text x={PAD} y={H - 1} className="tick">
        {lo}
      </text>
      <text x={W - PAD} y={H - 1} textAnchor="end" className="tick">
        {hi}
      </text>
    </svg>
  );
}
