import { formatDistance, toUnits, type DistanceUnit } from '../../../src/core/units/format';

const W = 320;
const H = 150;
const PAD = { left: 34, right: 6, top: 22, bottom: 28 };

/** A round top for the axis: 5, 10, 20, 25, 50… units. */
function niceTop(v: number): number {
  if (v <= 0) return 5;
  const steps = [5, 10, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300, 500, 1000];
  return steps.find((s) => s >= v) ?? Math.ceil(v / 100) * 100;
}

/**
 * Planned km per week as bars, the weeks the targets grew from before them in grey, the week holding today
 * outlined. A sentence beside it says the same for screen readers.
 */
export function TargetChart({
  history,
  planned,
  currentWeek,
  units,
}: {
  /** Complete weeks before the plan, km, oldest first. */
  history: readonly number[];
  /** The plan's weekly targets, km. */
  planned: readonly number[];
  /** Index into `planned` of the week holding today, or -1. */
  currentWeek: number;
  units: DistanceUnit;
}) {
  const past = history.slice(-6);
  const bars = [
    ...past.map((km, i) => ({ km, kind: 'history' as const, label: `−${past.length - i}` })),
    ...planned.map((km, i) => ({ km, kind: 'plan' as const, label: `${i + 1}` })),
  ];
  const values = bars.map((b) => toUnits(b.km * 1000, units));
  const top = niceTop(Math.max(0, ...values));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const slot = innerW / Math.max(1, bars.length);
  const barW = Math.min(28, slot * 0.7);
  const y = (v: number) => PAD.top + innerH - (v / top) * innerH;
  const say = (km: number) => formatDistance(km * 1000, units);
  const summary =
    (past.length > 0
      ? `Your last ${past.length === 1 ? 'week' : `${past.length} weeks`} before the plan: ${past.map(say).join(', ')}. `
      : 'No complete weeks of running before the plan. ') +
    `The plan's weeks: ${planned.map(say).join(', ')}.`;
  return (
    <figure className="target-chart">
      {/* The caption below says what the bars show, for everyone. */}
      <svg viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
        {[0, top / 2, top].map((v) => (
          <g key={v}>
            <line className="grid" x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} />
            <text className="axis" x={PAD.left - 4} y={y(v) + 4} textAnchor="end">
              {v}
            </text>
          </g>
        ))}
        <text className="axis" x={PAD.left - 4} y={10} textAnchor="end">
          {units}
        </text>
        {bars.map((b, i) => {
          const v = values[i]!;
          const x = PAD.left + slot * i + (slot - barW) / 2;
          const current = b.kind === 'plan' && i - past.length === currentWeek;
          return (
            <g key={i}>
              <rect
                className={`bar bar-${b.kind}${current ? ' bar-current' : ''}`}
                x={x}
                y={y(v)}
                width={barW}
                height={Math.max(0, y(0) - y(v))}
                rx={3}
              />
              <text className="axis" x={x + barW / 2} y={H - PAD.bottom + 14} textAnchor="middle">
                {b.label}
              </text>
            </g>
          );
        })}
        <text className="axis" x={PAD.left + innerW / 2} y={H - 2} textAnchor="middle">
          {past.length > 0 ? 'weeks before (grey) and plan weeks' : 'plan weeks'}
        </text>
      </svg>
      <figcaption className="muted">{summary}</figcaption>
    </figure>
  );
}
