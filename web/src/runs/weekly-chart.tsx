import type { Units } from '../lib/settings';
import { formatDistance, toUnits } from '../../../src/core/units/format';
import type { Run } from './types';
import { niceTicks } from './chart-scale';

const W = 340;
const H = 190;
const PAD = { left: 36, right: 8, top: 18, bottom: 30 };
const WEEKS = 12;
const DAY = 86_400_000;

/** Monday 00:00 local of the week holding `d`. */
function weekStart(d: Date): Date {
  const s = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  s.setDate(s.getDate() - ((s.getDay() + 6) % 7));
  return s;
}

/** The calendar day a run happened on, in its own local time when known. */
function runLocalDay(run: Run): Date {
  const ms = Date.parse(run.startTime);
  if (run.utcOffsetS === null) return new Date(ms);
  const t = new Date(ms + run.utcOffsetS * 1000);
  return new Date(t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate());
}

interface Week {
  start: Date;
  metres: number;
  runs: number;
  /** Up this much on the mean of the four weeks before (0.3 = 30%), when it is a spike. */
  spike: number | null;
}

export function weeklyDistance(runs: Run[], now: Date): Week[] {
  const first = weekStart(now);
  first.setDate(first.getDate() - 7 * (WEEKS - 1));
  const weeks: Week[] = Array.from({ length: WEEKS }, (_, i) => {
    const start = new Date(first);
    start.setDate(first.getDate() + 7 * i);
    return { start, metres: 0, runs: 0, spike: null };
  });
  for (const r of runs) {
    const i = Math.floor((weekStart(runLocalDay(r)).getTime() - first.getTime() + DAY / 2) / (7 * DAY));
    const w = weeks[i];
    if (w) {
      w.metres += r.distanceM;
      w.runs += 1;
    }
  }
  weeks.forEach((w, i) => {
    if (i < 4) return;
    const before = weeks.slice(i - 4, i).reduce((n, b) => n + b.metres, 0) / 4;
    if (before > 0 && w.metres > before * 1.3 && w.metres - before > 3000) w.spike = w.metres / before - 1;
  });
  return weeks;
}

const short = (d: Date) => d.toLocaleDateString(undefined, { day: 'numeric', month: 'short' });

/** Weekly distance, last 12 weeks, with big jumps marked; a text summary for screen readers. */
export function WeeklyChart({ runs, units, now = new Date() }: { runs: Run[]; units: Units; now?: Date }) {
  let weeks = weeklyDistance(runs, now);
  // Nothing lately (an old export): show the twelve weeks up to the newest run instead of an empty chart.
  const recent = weeks.some((w) => w.metres > 0);
  const newest = runs.length ? runs.reduce((a, b) => (a.startTime > b.startTime ? a : b)) : null;
  if (!recent && newest) weeks = weeklyDistance(runs, runLocalDay(newest));
  const title = recent ? 'last 12 weeks' : `12 weeks to ${short(runLocalDay(newest ?? runs[0]!))}`;
  const values = weeks.map((w) => toUnits(w.metres, units));
  const top = Math.max(...values);
  if (top <= 0) return null;
  const ticks = niceTicks(0, top, 3);
  const yMax = Math.max(top, ticks[ticks.length - 1] ?? top);
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const slot = plotW / WEEKS;
  const y = (v: number) => PAD.top + (1 - v / yMax) * plotH;
  const thisWeek = weeks[WEEKS - 1]!;
  const avg = weeks.reduce((n, w) => n + w.metres, 0) / WEEKS;
  const best = weeks.reduce((a, b) => (b.metres > a.metres ? b : a));
  const spikes = weeks.filter((w) => w.spike !== null);
  const summary = [
    recent
      ? `This week ${formatDistance(thisWeek.metres, units)}.`
      : `Your newest run is more than 12 weeks old; these are the 12 weeks before it.`,
    `Average ${formatDistance(avg, units)} a week.`,
    `Most: ${formatDistance(best.metres, units)} in the week of ${short(best.start)}.`,
    ...spikes.map(
      (w) =>
        `The week of ${short(w.start)} was ${Math.round((w.spike ?? 0) * 100)}% above the four weeks before it.`,
    ),
  ].join(' ');
  return (
    <figure className="chart weekly-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Weekly distance, ${title}. ${summary}`}>
        <text x={4} y={11} className="axis">
          {units}
        </text>
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} className="grid" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" className="axis">
              {v}
            </text>
          </g>
        ))}
        {weeks.map((w, i) => {
          const v = values[i]!;
          const x = PAD.left + i * slot + slot * 0.15;
          const bw = slot * 0.7;
          return (
            <g key={w.start.getTime()}>
              {v > 0 && (
                <rect
                  x={x}
                  y={y(v)}
                  width={bw}
                  height={Math.max(1, y(0) - y(v))}
                  rx={3}
                  className={`bar${w.spike !== null ? ' bar-spike' : ''}${i === WEEKS - 1 && recent ? ' bar-now' : ''}`}
                >
                  <title>{`Week of ${short(w.start)}: ${formatDistance(w.metres, units)}, ${w.runs} ${w.runs === 1 ? 'run' : 'runs'}`}</title>
                </rect>
              )}
              {w.spike !== null && (
                <text x={x + bw / 2} y={y(v) - 4} textAnchor="middle" className="axis spike-mark">
                  ▲
                </text>
              )}
              {(i % 4 === 0 || i === WEEKS - 1) && (
                <text
                  x={i === WEEKS - 1 ? x + bw : x + bw / 2}
                  y={H - 10}
                  textAnchor={i === WEEKS - 1 ? 'end' : 'middle'}
                  className="axis"
                >
                  {i === WEEKS - 1 && recent ? 'this week' : short(w.start)}
                </text>
              )}
            </g>
          );
        })}
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} className="axis-line" />
      </svg>
      <figcaption>
        Weekly distance ({units}), {title}
        {spikes.length > 0 ? '; ▲ marks a jump of over 30%' : ''}. <span className="muted">{summary}</span>
      </figcaption>
    </figure>
  );
}
