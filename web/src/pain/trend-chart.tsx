/** The worst pain of each day over the last 8 weeks, as bars, with the same story in words. */
import { dailyWorst, type ScoredEntry } from '../../../src/core/pain/pain-days';
import { dayLabel } from './words';

export const TREND_DAYS = 56;

const W = 340;
const H = 170;
const LEFT = 22;
const BOTTOM = 24;
const TOP = 8;

export function TrendChart({
  entries,
  timeZone,
  today,
}: {
  entries: readonly ScoredEntry[];
  timeZone: string;
  today: string;
}) {
  const days = dailyWorst(entries, timeZone, today, TREND_DAYS);
  const logged = days.filter((d) => d.worst !== null) as { day: string; worst: number }[];
  if (logged.length === 0)
    return <p>Your worst pain of each day over the last 8 weeks appears here once you log an entry.</p>;
  const mean = (list: typeof logged) =>
    list.length === 0 ? null : Math.round((list.reduce((n, d) => n + d.worst, 0) / list.length) * 10) / 10;
  const lastWeek = mean(logged.filter((d) => d.day > days[TREND_DAYS - 8]!.day));
  const weekBefore = mean(
    logged.filter((d) => d.day > days[TREND_DAYS - 15]!.day && d.day <= days[TREND_DAYS - 8]!.day),
  );
  const peak = logged.reduce((a, b) => (b.worst > a.worst ? b : a));
  const words = [
    `Pain logged on ${logged.length} of the last ${TREND_DAYS} days.`,
    `Highest: ${peak.worst}/10 on ${dayLabel(peak.day)}.`,
    lastWeek === null
      ? 'Nothing logged in the last 7 days.'
      : `Last 7 days, the worst of each day averaged ${lastWeek}/10`,
    lastWeek !== null && weekBefore !== null
      ? `against ${weekBefore}/10 the week before.`
      : lastWeek !== null
        ? '.'
        : '',
  ]
    .join(' ')
    .replace(' .', '.');
  const plotW = W - LEFT - 4;
  const plotH = H - BOTTOM - TOP;
  const barW = plotW / TREND_DAYS;
  const y = (v: number) => TOP + plotH - (v / 10) * plotH;
  return (
    <figure className="pain-trend-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={`Worst pain of each day, 0 to 10, over 8 weeks. ${words}`}
      >
        {[0, 4, 7, 10].map((v) => (
          <g key={v}>
            <line x1={LEFT} x2={W - 4} y1={y(v)} y2={y(v)} className={v === 0 ? 'axis' : 'grid'} />
            <text x={LEFT - 6} y={y(v) + 4} textAnchor="end" className="tick">
              {v}
            </text>
          </g>
        ))}
        {days.map((d, i) =>
          d.worst === null ? null : (
            <rect
              key={d.day}
              data-day={d.day}
              x={LEFT + i * barW + 1}
              width={Math.max(barW - 2, 2)}
              y={y(Math.max(d.worst, 0.15))}
              height={y(0) - y(Math.max(d.worst, 0.15))}
              className={`bar ${d.worst >= 7 ? 'high' : d.worst >= 4 ? 'mid' : 'low'}`}
            >
              <title>{`${dayLabel(d.day)}: ${d.worst}/10`}</title>
            </rect>
          ),
        )}
        {days.map((d, i) =>
          (i % 14 === 0 && i < TREND_DAYS - 14) || i === TREND_DAYS - 1 ? (
            <text
              key={`l${d.day}`}
              x={LEFT + i * barW + barW / 2}
              y={H - 6}
              textAnchor={i === TREND_DAYS - 1 ? 'end' : 'start'}
              className="tick"
            >
              {i === TREND_DAYS - 1 ? 'today' : dayLabel(d.day)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption>{words}</figcaption>
    </figure>
  );
}
