/** Cadence and overstride across saved checks, oldest to newest, each with its error band; the same in words. */
import type { FormCheckView } from '../../../src/contract/form';
import { checkDay, dayWords } from './words';

const W = 320;
const H = 120;
const LEFT = 48;
const RIGHT = 10;
const TOP = 10;
const BOTTOM = 22;

function Series({
  checks,
  pick,
  title,
  format,
}: {
  checks: FormCheckView[];
  pick: (c: FormCheckView) => { value: number; band: number };
  title: string;
  format: (v: number) => string;
}) {
  const values = checks.map(pick);
  const lo = Math.min(...values.map((v) => v.value - v.band));
  const hi = Math.max(...values.map((v) => v.value + v.band));
  const pad = (hi - lo) * 0.15 || Math.abs(hi) * 0.1 || 1;
  const [y0, y1] = [lo - pad, hi + pad];
  const x = (i: number) => LEFT + (checks.length === 1 ? 0 : (i / (checks.length - 1)) * (W - LEFT - RIGHT));
  const y = (v: number) => TOP + (1 - (v - y0) / (y1 - y0)) * (H - TOP - BOTTOM);
  const first = values[0]!;
  const last = values[values.length - 1]!;
  const words = `${title}: ${format(first.value)} on ${dayWords(checkDay(checks[0]!))}, ${format(last.value)} on ${dayWords(
    checkDay(checks[checks.length - 1]!),
  )}, over ${checks.length} checks.`;
  return (
    <figure className="chart form-history-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={words}>
        {[Math.min(...values.map((v) => v.value)), Math.max(...values.map((v) => v.value))].map((v, i) => (
          <g key={i}>
            <line x1={LEFT} x2={W - RIGHT} y1={y(v)} y2={y(v)} className="grid" />
            <text x={LEFT - 4} y={y(v) + 4} textAnchor="end" className="axis">
              {format(v)}
            </text>
          </g>
        ))}
        {values.map((v, i) => (
          <line
            key={`b${i}`}
            x1={x(i)}
            x2={x(i)}
            y1={y(v.value - v.band)}
            y2={y(v.value + v.band)}
            className="band"
          />
        ))}
        <polyline className="line" points={values.map((v, i) => `${x(i)},${y(v.value)}`).join(' ')} />
        {values.map((v, i) => (
          <circle key={`d${i}`} cx={x(i)} cy={y(v.value)} r={4} className="dot">
            <title>{`${dayWords(checkDay(checks[i]!))}: ${format(v.value)} ± ${format(v.band)}`}</title>
          </circle>
        ))}
        <text x={LEFT} y={H - 6} className="axis">
          {dayWords(checkDay(checks[0]!))}
        </text>
        <text x={W - RIGHT} y={H - 6} textAnchor="end" className="axis">
          {dayWords(checkDay(checks[checks.length - 1]!))}
        </text>
      </svg>
      <figcaption>{words}</figcaption>
    </figure>
  );
}

/** Shown from two saved checks: one chart for cadence, one for how far ahead the foot lands. */
export function HistoryChart({ checks }: { checks: FormCheckView[] }) {
  if (checks.length < 2) return null;
  const oldestFirst = [...checks].sort(
    (a, b) => checkDay(a).localeCompare(checkDay(b)) || a.createdAt.localeCompare(b.createdAt),
  );
  return (
    <div className="form-history-charts">
      <Series
        checks={oldestFirst}
        pick={(c) => c.cadenceSpm}
        title="Cadence, steps a minute"
        format={(v) => `${Math.round(v)}`}
      />
      <Series
        checks={oldestFirst}
        pick={(c) => c.overstrideLegs}
        title="Foot landing ahead of the hips, leg lengths"
        format={(v) => v.toFixed(2)}
      />
    </div>
  );
}
