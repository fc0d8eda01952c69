import { ChartGrid } from '../runs/chart-grid';
import type { DashboardResponse } from '../../../src/contract/dashboard';
import { formatDistance, toUnits } from '../../../src/core/units/format';
import type { Units } from '../lib/settings';
import { niceTicks } from '../runs/chart-scale';
import type { DashboardWeeks } from './use-dashboard';
import { plural, shortDate } from './words';

const W = 340;
const H = 200;
const PAD = { left: 36, right: 8, top: 20, bottom: 30 };

type Week = DashboardResponse['weeks'][number];

/** The mark of a week: a shape and a word beside the colour, never the colour alone. */
const markOf = (w: Week): { shape: string; className: string } | null =>
  w.spike
    ? { shape: '▲', className: 'bar-spike' }
    : w.rule10 === 'over'
      ? { shape: '◆', className: 'bar-over' }
      : null;

function summaryOf(weeks: Week[], units: Units, current: boolean): string {
  const count = weeks.length;
  const avg = weeks.reduce((n, w) => n + w.distanceM, 0) / count;
  const best = weeks.reduce((a, b) => (b.distanceM > a.distanceM ? b : a));
  const spikes = weeks.filter((w) => w.spike);
  const overs = weeks.filter((w) => w.rule10 === 'over' && !w.spike);
  const last = weeks[count - 1]!;
  return [
    current
      ? `This week so far ${formatDistance(last.distanceM, units)}.`
      : `These are the ${count} weeks up to your newest run.`,
    `Average ${formatDistance(avg, units)} a week; most ${formatDistance(best.distanceM, units)} in the week of ${shortDate(best.weekStart)}.`,
    spikes.length > 0
      ? `${plural(spikes.length, 'week')} marked ▲, a rise of 30 % or more within two weeks: ${spikes.map((w) => `${shortDate(w.weekStart)} (+${Math.round(w.increasePct ?? 0)} %)`).join(', ')}.`
      : 'No week rose 30 % or more within two weeks.',
    overs.length > 0
      ? `${plural(overs.length, 'week')} marked ◆, more than 10 % up on the week before: ${overs.map((w) => `${shortDate(w.weekStart)} (+${Math.round(w.changePct ?? 0)} %)`).join(', ')}.`
      : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Weekly running distance with the 10 % rule's overs and the spikes marked; this week's target as a dashed line. */
export function WeeklyBars({
  data,
  units,
  weeks: span,
  onWeeks,
  busy,
}: {
  data: DashboardResponse;
  units: Units;
  weeks: DashboardWeeks;
  onWeeks: (w: DashboardWeeks) => void;
  busy: boolean;
}) {
  const weeks = data.weeks;
  const count = weeks.length;
  const values = weeks.map((w) => toUnits(w.distanceM, units));
  const target =
    data.current && data.thisWeek.targetM !== null ? toUnits(data.thisWeek.targetM, units) : null;
  const top = Math.max(...values, target ?? 0);
  const ticks = niceTicks(0, top > 0 ? top : 1, 3);
  const yMax = Math.max(top, ticks[ticks.length - 1] ?? 1);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / count;
  const y = (v: number) => PAD.top + (1 - v / yMax) * plotH;
  const labelEvery = count > 20 ? 13 : 4;
  const title = data.current
    ? `last ${count} weeks`
    : `${count} weeks to the week of ${shortDate(data.asOfWeek, true)}`;
  const summary = summaryOf(weeks, units, data.current);
  const markSize = count > 20 ? 8 : 12;
  return (
    <>
      <div className="week-toggle" role="group" aria-label="Weeks shown">
        {([12, 52] as const).map((n) => (
          <button
            key={n}
            type="button"
            className="button"
            aria-pressed={span === n}
            onClick={() => onWeeks(n)}
            disabled={busy && span !== n}
          >
            {n} weeks
          </button>
        ))}
      </div>
      <figure className="chart weekly-chart" aria-busy={busy}>
        <svg
          viewBox={`0 0 ${W} ${H}`}
          role="img"
          aria-label={`Weekly running distance, ${title}. ${summary}`}
        >
          <ChartGrid units={units} ticks={ticks} y={y} left={PAD.left} right={W - PAD.right} />
          {weeks.map((w, i) => {
            const v = values[i]!;
            const x = PAD.left + i * slot + slot * 0.15;
            const bw = slot * 0.7;
            const mark = markOf(w);
            const now = i === count - 1 && data.current;
            return (
              <g key={w.weekStart}>
                {v > 0 && (
                  <rect
                    x={x}
                    y={y(v)}
                    width={bw}
                    height={Math.max(1, y(0) - y(v))}
                    rx={count > 20 ? 1 : 3}
                    className={`bar${mark ? ` ${mark.className}` : ''}${now ? ' bar-now' : ''}`}
                  >
                    <title>{`Week of ${shortDate(w.weekStart)}: ${formatDistance(w.distanceM, units)}, ${plural(w.runs, 'run')}`}</title>
                  </rect>
                )}
                {mark && (
                  <text
                    x={x + bw / 2}
                    y={y(v) - 4}
                    textAnchor="middle"
                    fontSize={markSize}
                    className={`mark ${mark.className}-mark`}
                  >
                    {mark.shape}
                  </text>
                )}
                {((count - 1 - i) % labelEvery === 0 || i === count - 1) && i > 0 && (
                  <text
                    x={i === count - 1 ? x + bw : x + bw / 2}
                    y={H - 10}
                    textAnchor={i === count - 1 ? 'end' : 'middle'}
                    className="axis"
                  >
                    {now ? 'this week' : shortDate(w.weekStart)}
                  </text>
                )}
              </g>
            );
          })}
          {target !== null && (
            <line
              x1={PAD.left + (count - 1) * slot}
              x2={PAD.left + count * slot}
              y1={y(target)}
              y2={y(target)}
              className="target-line"
            />
          )}
          <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="axis-line" />
        </svg>
        <figcaption>
          <ul className="legend">
            <li>
              <span aria-hidden="true" className="bar-spike-mark">
                ▲
              </span>{' '}
              a rise of 30 % or more within two weeks
            </li>
            <li>
              <span aria-hidden="true" className="bar-over-mark">
                ◆
              </span>{' '}
              more than 10 % up on the week before
            </li>
            {target !== null && (
              <li>
                <span aria-hidden="true" className="legend-target">
                  - -
                </span>{' '}
                this week’s safe target
              </li>
            )}
          </ul>
          <p className="muted small">{summary}</p>
        </figcaption>
      </figure>
    </>
  );
}
