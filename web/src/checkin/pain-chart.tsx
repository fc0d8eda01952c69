import type { Urgency } from '../../../src/core/checkin';
import { URGENCY_LOOK } from './words';

export interface PainPoint {
  at: string;
  score: number;
  urgency: Urgency;
}

const W = 340;
const H = 180;
const PAD = { left: 34, right: 12, top: 12, bottom: 30 };

/** Pain over time, 0–10, one dot per check-in shaped and coloured by its urgency; a text summary for screen readers. */
export function PainChart({ points }: { points: PainPoint[] }) {
  const sorted = [...points].sort((a, b) => a.at.localeCompare(b.at));
  if (sorted.length === 0) return null;
  const t0 = Date.parse(sorted[0]!.at);
  const t1 = Math.max(Date.parse(sorted[sorted.length - 1]!.at), t0 + 86_400_000);
  const x = (at: string) => PAD.left + ((Date.parse(at) - t0) / (t1 - t0)) * (W - PAD.left - PAD.right);
  const y = (score: number) => PAD.top + (1 - score / 10) * (H - PAD.top - PAD.bottom);
  const fmt = (at: string) => new Date(at).toLocaleDateString(undefined, { day: 'numeric', month: 'short' });
  const first = sorted[0]!;
  const last = sorted[sorted.length - 1]!;
  const summary =
    sorted.length === 1
      ? `One check-in, pain ${first.score} out of 10 on ${fmt(first.at)}.`
      : `${sorted.length} check-ins from ${fmt(first.at)} to ${fmt(last.at)}. Pain went from ${first.score} to ${last.score} out of 10.`;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Pain over time. ${summary}`}>
        {[0, 5, 10].map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 8} y={y(v) + 4} textAnchor="end" className="axis">
              {v}
            </text>
          </g>
        ))}
        <text
          x={4}
          y={PAD.top + 4}
          className="axis"
          transform={`rotate(-90 10 ${H / 2})`}
          textAnchor="middle"
        >
          {' '}
        </text>
        <polyline className="line" points={sorted.map((p) => `${x(p.at)},${y(p.score)}`).join(' ')} />
        {sorted.map((p) => (
          <circle
            key={p.at}
            cx={x(p.at)}
            cy={y(p.score)}
            r={6}
            className={`dot ${URGENCY_LOOK[p.urgency].className}`}
          >
            <title>{`${fmt(p.at)}: pain ${p.score}/10, ${URGENCY_LOOK[p.urgency].word}`}</title>
          </circle>
        ))}
        <text x={PAD.left} y={H - 8} className="axis">
          {fmt(first.at)}
        </text>
        <text x={W - PAD.right} y={H - 8} className="axis" textAnchor="end">
          {fmt(last.at)}
        </text>
      </svg>
      <figcaption>
        Pain (0–10) at each check-in. <span className="muted">{summary}</span>
      </figcaption>
    </figure>
  );
}
