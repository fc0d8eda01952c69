import { useId } from 'react';
import { gappedPath, niceTicks, quantile, timeTicks } from './chart-scale';

const W = 340;
const H = 170;
const PAD = { left: 44, right: 10, top: 14, bottom: 34 };

export interface Axis {
  /** e.g. "km", "mi", "min" */
  label: string;
  /** Tick values in the axis' own numbers. */
  ticks: (min: number, max: number) => number[];
  format: (v: number) => string;
}

export const distanceAxis = (units: string): Axis => ({
  label: units,
  ticks: (a, b) => niceTicks(a, b, 4),
  format: (v) => String(v),
});

/** x in seconds from the start, ticks every round number of minutes. */
export const timeAxis: Axis = {
  label: 'time',
  ticks: (a, b) => timeTicks(a, b, 4).filter((v) => v % 60 === 0),
  format: (v) => {
    const m = Math.round(v / 60);
    return m >= 60 ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')} h` : `${m} min`;
  },
};

/**
 * One measure over a run, as a line; gaps where the device recorded nothing.
 * Values outside the 2nd–98th percentile are held at the edge so one GPS glitch cannot flatten the rest.
 */
export function SeriesChart({
  title,
  yUnit,
  x,
  xAxis,
  y,
  yTicks,
  formatY,
  invert = false,
  average,
  summary,
  tone,
  clip,
}: {
  title: string;
  yUnit: string;
  x: (number | null)[];
  xAxis: Axis;
  y: (number | null)[];
  yTicks: (min: number, max: number) => number[];
  formatY: (v: number) => string;
  /** Smaller is better and drawn higher (pace). */
  invert?: boolean;
  average: number | null;
  summary: string;
  tone: 'pace' | 'hr' | 'cadence';
  /** Narrows the drawn range (e.g. walking breaks on a pace chart); values beyond sit on the edge. */
  clip?: (lo: number, hi: number) => [number, number];
}) {
  const titleId = useId();
  const pairs: { x: number; y: number }[] = [];
  x.forEach((xv, i) => {
    const yv = y[i];
    if (xv !== null && yv !== null && yv !== undefined && Number.isFinite(yv)) pairs.push({ x: xv, y: yv });
  });
  if (pairs.length < 2) return null;
  const ys = pairs.map((p) => p.y).sort((a, b) => a - b);
  let [lo, hi] = [quantile(ys, 0.02), quantile(ys, 0.98)];
  if (clip) [lo, hi] = clip(lo, hi);
  if (hi - lo < 1e-6) {
    lo -= 1;
    hi += 1;
  }
  const padY = (hi - lo) * 0.08;
  lo -= padY;
  hi += padY;
  const xs = pairs.map((p) => p.x);
  const x0 = Math.min(...xs);
  const x1 = Math.max(...xs);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const sx = (v: number) => PAD.left + ((v - x0) / (x1 - x0 || 1)) * plotW;
  const sy = (v: number) => {
    const f = (Math.min(hi, Math.max(lo, v)) - lo) / (hi - lo);
    return PAD.top + (invert ? f : 1 - f) * plotH;
  };
  const points = x.map((xv, i) => {
    const yv = y[i];
    return xv === null || yv === null || yv === undefined ? null : { x: sx(xv), y: sy(yv) };
  });
  const yt = yTicks(lo, hi);
  const xt = xAxis.ticks(x0, x1);
  return (
    <figure className={`chart series-chart tone-${tone}`}>
      <figcaption id={titleId} className="chart-title">
        <strong>{title}</strong> <span className="muted">({yUnit})</span>
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title} (${yUnit}). ${summary}`}>
        {yt.map((v) => (
          <g key={`y${v}`}>
            <line x1={PAD.left} x2={W - PAD.right} y1={sy(v)} y2={sy(v)} className="grid" />
            <text x={PAD.left - 6} y={sy(v) + 4} textAnchor="end" className="axis">
              {formatY(v)}
            </text>
          </g>
        ))}
        {xt.map((v) => (
          <text key={`x${v}`} x={sx(v)} y={H - 16} textAnchor="middle" className="axis">
            {xAxis.format(v)}
          </text>
        ))}
        <text x={W - PAD.right} y={H - 2} textAnchor="end" className="axis axis-name">
          {xAxis.label === 'time' ? 'time from start' : `distance (${xAxis.label})`}
        </text>
        <line
          x1={PAD.left}
          x2={W - PAD.right}
          y1={H - PAD.bottom}
          y2={H - PAD.bottom}
          className="axis-line"
        />
        {average !== null && (
          <line x1={PAD.left} x2={W - PAD.right} y1={sy(average)} y2={sy(average)} className="average-line" />
        )}
        <path d={gappedPath(points)} className="series-line" />
      </svg>
      <p className="chart-summary">{summary}</p>
    </figure>
  );
}
