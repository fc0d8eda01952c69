import { Link } from 'react-router';
import type { DashboardResponse } from '../../../src/contract/dashboard';
import { formatDistance, formatDistanceNumber } from '../../../src/core/units/format';
import type { Units } from '../lib/settings';
import { plural } from './words';

type ThisWeek = DashboardResponse['thisWeek'];

const BAR_W = 300;
/** Room for the target's mark at either end. */
const INSET = 2;

const STATE_LOOK = {
  under: { icon: '✓', word: 'Within your safe target', className: 'state-under' },
  near: { icon: '●', word: 'Close to your safe target', className: 'state-near' },
  over: { icon: '▲', word: 'Over your safe target', className: 'state-over' },
} as const;

/** One line of words for this week: "12.4 of 18.0 km — 5.6 km left this week". */
export function thisWeekWords(w: ThisWeek, units: Units): string {
  if (w.targetM === null)
    return w.doneM > 0 ? `${formatDistance(w.doneM, units)} so far this week.` : 'No running yet this week.';
  const of = `${formatDistanceNumber(w.doneM, units)} of ${formatDistance(w.targetM, units)}`;
  if (w.state === 'over') return `${of} — ${formatDistance(w.doneM - w.targetM, units)} over this week`;
  return `${of} — ${formatDistance(w.remainingM ?? 0, units)} left this week`;
}

function basisWords(w: ThisWeek, units: Units): string {
  if (w.basis === 'spike_cap')
    return (
      `Your safe target stops just under ${formatDistance(w.targetM ?? 0, units)}: more would put your last two ` +
      `weeks 30 % or more above your usual ${formatDistance(w.baselineM ?? 0, units)} a week, the jump most ` +
      'linked to running injuries.'
    );
  return `Your safe target is last week’s ${formatDistance(w.lastWeekM, units)} plus 10 %, the article’s rule of thumb.`;
}

/** This week so far against the safe target, as a bar and in words (the bar is only a picture of them). */
export function ThisWeekCard({ week, units, hasRuns }: { week: ThisWeek; units: Units; hasRuns: boolean }) {
  const days = `${plural(week.daysLeft, 'day')} left, today included.`;
  if (week.targetM === null) {
    return (
      <>
        <p className="this-week-words">{thisWeekWords(week, units)}</p>
        {hasRuns ? (
          <p>
            No safe target this week: you did not run last week, so there is nothing to add 10 % to. Start
            again gently, shorter than your usual runs. {days}
          </p>
        ) : (
          <p>
            Your safe target for the week appears after a week with runs.{' '}
            <Link to="/runs/import">Import a Strava or Garmin export</Link> or{' '}
            <Link to="/runs/new">add a run by hand</Link>.
          </p>
        )}
      </>
    );
  }
  const look = STATE_LOOK[week.state ?? 'under'];
  const top = Math.max(week.targetM, week.doneM) || 1;
  const x = (m: number) => INSET + (Math.min(m, top) / top) * (BAR_W - 2 * INSET);
  const words = thisWeekWords(week, units);
  return (
    <>
      <p className="this-week-words">{words}</p>
      <svg
        className={`target-bar ${look.className}`}
        viewBox={`0 0 ${BAR_W} 28`}
        role="img"
        aria-label={`${words}. ${look.word}.`}
      >
        <rect x={INSET} y={6} width={BAR_W - 2 * INSET} height={16} rx={8} className="target-track" />
        <rect
          x={INSET}
          y={6}
          width={x(Math.min(week.doneM, week.targetM)) - INSET}
          height={16}
          rx={8}
          className="target-done"
        />
        {week.doneM > week.targetM && (
          <rect
            x={x(week.targetM)}
            y={6}
            width={x(week.doneM) - x(week.targetM)}
            height={16}
            className="target-over"
          />
        )}
        <line x1={x(week.targetM)} x2={x(week.targetM)} y1={1} y2={27} className="target-mark" />
      </svg>
      <p className={`target-state ${look.className}`}>
        <span aria-hidden="true">{look.icon}</span> {look.word}. {days}
      </p>
      <p className="muted small">{basisWords(week, units)}</p>
    </>
  );
}
