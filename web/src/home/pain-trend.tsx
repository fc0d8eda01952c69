import { Link } from 'react-router';
import type { DashboardResponse } from '../../../src/contract/dashboard';
import { Sparkline } from './sparkline';
import { shortDate } from './words';

/** Pain at the last check-ins, oldest first, as a sparkline and in words. */
export function PainTrend({ points }: { points: DashboardResponse['painTrend'] }) {
  if (points.length < 2)
    return <p>A line of your pain scores over the weeks appears here after two check-ins.</p>;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  const before = points[points.length - 2]!;
  const trend =
    last.painScore < before.painScore
      ? 'is easing'
      : last.painScore > before.painScore
        ? 'is up'
        : 'is steady';
  const words =
    `Pain ${trend}: ${before.painScore}/10 then ${last.painScore}/10 at your last two check-ins. ` +
    `Over ${points.length} check-ins since ${shortDate(first.at)}: ${points.map((p) => p.painScore).join(', ')}.`;
  return (
    <>
      <Sparkline
        values={points.map((p) => p.painScore)}
        min={0}
        max={10}
        label={`Pain at your last ${points.length} check-ins, 0 to 10. ${words}`}
        className="pain-spark"
      />
      <p>
        {words} <Link to="/check-in">See the chart</Link>
      </p>
    </>
  );
}
