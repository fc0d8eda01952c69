import { ChartGrid } from './chart-grid';
import { useEffect, useState } from 'react';
import type { Units } from '../lib/settings';
import { apiCall } from '../lib/api';
import { formatDistance, toUnits } from '../../../src/core/units/format';
import type { WeeklyLoadResponse, WeekTotalsResponse } from '../../../src/contract/load';
import { niceTicks } from './chart-scale';
import { browserTimeZone } from '../lib/time-zone';

const W = 340;
const H = 190;
const PAD = { left: 36, right: 8, top: 18, bottom: 30 };
const WEEKS = 12;

const short = (weekStart: string) =>
  new Date(`${weekStart}T12:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });

/**
 * Weekly running distance, last 12 weeks, as the server totals and judges it (src/core/load); this only
 * draws. `version` changes when the runs do, to fetch again.
 */
export function WeeklyChart({ units, version }: { units: Units; version: number }) {
  const [load, setLoad] = useState<WeeklyLoadResponse | null>(null);
  useEffect(() => {
    let live = true;
    apiCall('GET /api/load/weekly', { query: { weeks: WEEKS, timeZone: browserTimeZone() } })
      .then((l) => live && setLoad(l))
      .catch(() => live && setLoad(null));
    return () => {
      live = false;
    };
  }, [version]);
  return load ? <WeeklyBars load={load} units={units} /> : null;
}

function WeeklyBars({ load, units }: { load: WeeklyLoadResponse; units: Units }) {
  const weeks: WeekTotalsResponse[] = load.weeks;
  const recent = load.current;
  const last = weeks[weeks.length - 1];
  if (!last) return null;
  const title = recent
    ? `last ${weeks.length} weeks`
    : `${weeks.length} weeks to the week of ${short(last.weekStart)}`;
  const values = weeks.map((w) => toUnits(w.distanceM, units));
  const top = Math.max(...values);
  if (top <= 0) return null;
  const count = weeks.length;
  const ticks = niceTicks(0, top, 3);
  const yMax = Math.max(top, ticks[ticks.length - 1] ?? top);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / count;
  const y = (v: number) => PAD.top + (1 - v / yMax) * plotH;
  const avg = weeks.reduce((n, w) => n + w.distanceM, 0) / count;
  const best = weeks.reduce((a, b) => (b.distanceM > a.distanceM ? b : a));
  const spikes = weeks.filter((w) => w.spike);
  const summary = [
    recent
      ? last.distanceM > 0
        ? `This week so far ${formatDistance(last.distanceM, units)}.`
        : 'No run yet this week.'
      : `Your newest run is more than ${count} weeks old; these are the ${count} weeks up to it.`,
    `Average ${formatDistance(avg, units)} a week.`,
    `Most: ${formatDistance(best.distanceM, units)} in the week of ${short(best.weekStart)}.`,
    ...spikes.map(
      (w) =>
        `By the end of the week of ${short(w.weekStart)}, your running had risen ${Math.round(w.increasePct ?? 0)}% within two weeks.`,
    ),
  ].join(' ');
  return (
    <figure className="chart weekly-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Weekly running distance, ${title}. ${summary}`}>
        <ChartGrid units={units} ticks={ticks} y={y} left={PAD.left} right={W - PAD.right} />
        {weeks.map((w, i) => {
          const v = values[i]!;
          const x = PAD.left + i * slot + slot * 0.15;
          const bw = slot * 0.7;
          return (
            <g key={w.weekStart}>
              {v > 0 && (
                <rect
                  x={x}
                  y={y(v)}
                  width={bw}
                  height={Math.max(1, y(0) - y(v))}
                  rx={3}
                  className={`bar${w.spike ? ' bar-spike' : ''}${i === count - 1 && recent ? ' bar-now' : ''}`}
                >
                  <title>{`Week of ${short(w.weekStart)}: ${formatDistance(w.distanceM, units)}, ${w.runs} ${w.runs === 1 ? 'run' : 'runs'}`}</title>
                </rect>
              )}
              {w.spike && (
                <text x={x + bw / 2} y={y(v) - 4} textAnchor="middle" className="axis spike-mark">
                  ▲
                </text>
              )}
              {(i % 4 === 0 || i === count - 1) && (
                <text
                  x={i === count - 1 ? x + bw : x + bw / 2}
                  y={H - 10}
                  textAnchor={i === count - 1 ? 'end' : 'middle'}
                  className="axis"
                >
                  {i === count - 1 && recent ? 'this week' : short(w.weekStart)}
                </text>
              )}
            </g>
          );
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="axis-line" />
      </svg>
      <figcaption>
        Weekly running distance ({units}), {title}
        {spikes.length > 0
          ? '; ▲ marks a rise of 30% or more within two weeks on your usual weeks'
          : ''}. <span className="muted">{summary}</span>
      </figcaption>
    </figure>
  );
}
