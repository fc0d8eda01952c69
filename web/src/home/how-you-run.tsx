import type { DashboardResponse } from '../../../src/contract/dashboard';
import { Sparkline } from './sparkline';

type Span = DashboardResponse['surface']['lastTwoWeeks'];

const pct = (s: Span) => (s.treadmillPct === null ? null : `${Math.round(s.treadmillPct)} %`);

/** Surface mix (treadmill share) and cadence trend, each in words with a small picture. */
export function HowYouRun({ data }: { data: DashboardResponse }) {
  const { lastTwoWeeks: recent, fourWeeksBefore: before } = data.surface;
  const cadence = data.cadence;
  const known = cadence.weeks.filter((w) => w.medianSpm !== null);
  const cadenceWords =
    cadence.fourWeekMedianSpm !== null
      ? `Your usual cadence over the last four weeks: ${Math.round(cadence.fourWeekMedianSpm)} steps a minute.`
      : 'No cadence recorded in the last four weeks: it comes from a watch or a foot pod.';
  const range =
    known.length > 1
      ? `Weekly medians from ${Math.round(Math.min(...known.map((w) => w.medianSpm!)))} to ${Math.round(Math.max(...known.map((w) => w.medianSpm!)))} spm over ${known.length} weeks with cadence.`
      : '';
  return (
    <>
      <h3>Surface</h3>
      {pct(recent) === null ? (
        <p>No runs in the last two weeks to tell treadmill from outside.</p>
      ) : (
        <>
          <p>
            Treadmill: {pct(recent)} of your running in the last two weeks
            {pct(before) !== null ? `, ${pct(before)} in the four weeks before.` : '.'}
          </p>
          <svg className="surface-bars" viewBox="0 0 300 40" aria-hidden="true">
            {[recent, before].map((s, i) =>
              s.treadmillPct === null ? null : (
                <g key={i}>
                  <rect x={0} y={i * 20 + 2} width={300} height={14} rx={7} className="surface-outdoor" />
                  <rect
                    x={0}
                    y={i * 20 + 2}
                    width={(s.treadmillPct / 100) * 300}
                    height={14}
                    rx={7}
                    className="surface-treadmill"
                  />
                </g>
              ),
            )}
          </svg>
        </>
      )}
      <h3>Cadence</h3>
      <p>{cadenceWords}</p>
      {known.length > 1 && (
        <Sparkline
          values={cadence.weeks.map((w) => w.medianSpm)}
          label={`Cadence week by week. ${range}`}
          className="cadence-spark"
        />
      )}
      {range && <p className="muted small">{range}</p>}
    </>
  );
}
