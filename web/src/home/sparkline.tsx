import { gappedPath } from '../runs/chart-scale';

const W = 300;
const H = 56;
const PAD = 6;

/**
 * A small line over evenly spaced values (null leaves a gap), with the text alternative given: the
 * caller's summary says what the line shows.
 */
export function Sparkline({
  values,
  label,
  min,
  max,
  className = '',
}: {
  values: (number | null)[];
  label: string;
  min?: number;
  max?: number;
  className?: string;
}) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return null;
  const lo = min ?? Math.min(...known);
  const hi = Math.max(max ?? Math.max(...known), lo + 1);
  const step = values.length > 1 ? (W - 2 * PAD) / (values.length - 1) : 0;
  const point = (v: number | null, i: number) =>
    v === null ? null : { x: PAD + i * step, y: PAD + (1 - (v - lo) / (hi - lo)) * (H - 2 * PAD) };
  const points = values.map(point);
  return (
    <svg className={`sparkline ${className}`} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <path d={gappedPath(points)} className="spark-line" />
      {points.map((p, i) => p && <circle key={i} cx={p.x} cy={p.y} r={3} className="spark-dot" />)}
    </svg>
  );
}
