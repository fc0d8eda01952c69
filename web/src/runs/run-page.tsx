import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { apiCall, ApiError } from '../lib/api';
import { useSettings, type Units } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import {
  formatCadence,
  formatClimb,
  formatDistance,
  formatDuration,
  formatHeartRate,
  formatPace,
  formatPaceNumber,
  formatRunPace,
  metresPerUnit,
  speedToPace,
} from '../../../src/core/units/format';
import { PLAUSIBLE, plausibleOnly, stoppedS } from '../../../src/core/runs/plausible-samples';
import type { RunDetail, RunSeries } from './types';
import { runDateTime, runTitle, SURFACE_WORD } from './words';
import { DeleteRun, EditRun } from './run-edit';
import { PartlyReadNote } from './partly-read-note';
import { QuickPain } from '../pain/quick-pain';
import { holdLast, niceTicks, quantile, smooth, timeTicks } from './chart-scale';
import { distanceAxis, SeriesChart, timeAxis, type Axis } from './series-chart';
import { RouteMap } from './route-map';

/** One run: headline numbers, pace / heart rate / cadence over the run, the route, laps, and edit or delete. */
export function RunPage() {
  const { id = '' } = useParams();
  const { units } = useSettings();
  const [run, setRun] = useState<RunDetail | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    apiCall('GET /api/runs/:id', { params: { id } })
      .then((r) => live && setRun(r))
      .catch(
        (e) =>
          live &&
          setError(
            e instanceof ApiError && e.status === 404
              ? 'This run is not here. It may have been deleted.'
              : 'Could not load this run. Check your connection and reload.',
          ),
      );
    return () => {
      live = false;
    };
  }, [id]);
  usePageTitle(run ? runTitle(run) : 'Run');

  if (error)
    return (
      <>
        <p className="back-link">
          <Link to="/runs">← Runs</Link>
        </p>
        <p role="alert">{error}</p>
      </>
    );
  if (!run)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  const time = run.timerS ?? run.elapsedS;
  const stopped = stoppedS(run);
  return (
    <>
      <p className="back-link">
        <Link to="/runs">← Runs</Link>
      </p>
      <h1>{runTitle(run)}</h1>
      <p className="run-when muted">
        {runDateTime(run)}
        {run.indoor && ' · Indoor'}
        {run.surface && ` · ${SURFACE_WORD[run.surface]}`}
        {run.shoe && ` · ${run.shoe}`}
      </p>
      {run.recovered !== null && <PartlyReadNote reason={run.recovered} />}
      <dl className="headline">
        <Stat label="Distance" value={run.distanceM > 0 ? formatDistance(run.distanceM, units) : '–'} />
        <Stat label={stopped !== null ? 'Moving time' : 'Time'} value={formatDuration(time)} />
        <Stat label="Pace" value={formatRunPace(run.distanceM, time, units)} />
        {run.avgHeartRate !== null && <Stat label="Heart rate" value={formatHeartRate(run.avgHeartRate)} />}
        {run.avgCadenceSpm !== null && <Stat label="Cadence" value={formatCadence(run.avgCadenceSpm)} />}
        {run.ascentM !== null && <Stat label="Climb" value={formatClimb(run.ascentM, units)} />}
      </dl>
      <PainAfterRun run={run} />
      {stopped !== null && (
        <p className="muted small">
          {formatDuration(run.elapsedS)} from start to finish, with {formatDuration(stopped)} stopped.
        </p>
      )}
      {run.series ? (
        <Charts run={run} series={run.series} units={units} />
      ) : (
        <p className="muted">
          {run.source === 'manual'
            ? 'You added this run by hand, so there are no charts or route.'
            : 'This file has no samples over time, so there are no charts.'}
        </p>
      )}
      {run.laps.length > 1 && <Laps run={run} units={units} />}
      <RunMeta run={run} />
      <EditRun run={run} onSaved={setRun} />
      <DeleteRun id={run.id} />
    </>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <div className="stat">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

const mean = (v: (number | null)[]) => {
  const ok = v.filter((n): n is number => n !== null);
  return ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : null;
};

/** The device's speed, or speed worked out from distance over time where it recorded none (most GPX). */
function speedSeries(series: RunSeries): (number | null)[] {
  if (series.speedMps.filter((v) => v !== null).length >= 2) return series.speedMps;
  const d = series.distanceM;
  const t = series.t;
  return d.map((_, i) => {
    const a = Math.max(0, i - 1);
    const b = Math.min(d.length - 1, i + 1);
    const da = d[a];
    const db = d[b];
    const ta = t[a];
    const tb = t[b];
    if (da == null || db == null || ta === undefined || tb === undefined || tb <= ta) return null;
    return (db - da) / (tb - ta);
  });
}

function Charts({ run, series, units }: { run: RunDetail; series: RunSeries; units: Units }) {
  const perUnit = metresPerUnit(units);
  const hasDistance = series.distanceM.filter((d) => d !== null && d > 0).length >= 2;
  const x: (number | null)[] = hasDistance
    ? holdLast(series.distanceM, series.t, 10).map((d) => (d === null ? null : d / perUnit))
    : series.t.slice();
  const xAxis: Axis = hasDistance ? distanceAxis(units) : timeAxis;
  // Apps that write measures in alternate samples leave one-sample holes: bridge those, not real gaps.
  const held = (v: (number | null)[]) => holdLast(v, series.t, 5);
  const where = (i: number) => {
    const xv = x[i];
    if (xv === null || xv === undefined) return '';
    return hasDistance ? ` near ${xv.toFixed(1)} ${units}` : ` about ${Math.round(xv / 60)} minutes in`;
  };

  // Pace: drop standing still and impossible speeds (the core's bands), smooth GPS jitter, then say it per km or mi.
  const speed = smooth(plausibleOnly(held(speedSeries(series)), PLAUSIBLE.speedMps), 5);
  const pace = speed.map((s) => speedToPace(s, units));
  const time = run.timerS ?? run.elapsedS;
  const avgPace = run.distanceM > 0 && time > 0 ? time / (run.distanceM / perUnit) : mean(pace);
  const sortedPace = pace.filter((p): p is number => p !== null).sort((a, b) => a - b);
  const fastI = pace.indexOf(quantile(sortedPace, 0.03));
  const paceSummary =
    sortedPace.length > 1
      ? `Average ${formatPace(avgPace, units)}. Quickest stretch ${formatPace(quantile(sortedPace, 0.03), units)}${where(fastI)}; slowest ${formatPace(quantile(sortedPace, 0.97), units)}.`
      : '';

  const hr = plausibleOnly(held(series.heartRate), PLAUSIBLE.heartRateBpm);
  const hrOk = hr.filter((h): h is number => h !== null);
  const hrAvg = run.avgHeartRate ?? mean(hr);
  const hrMax = hrOk.length ? Math.max(...hrOk) : null;
  const hrMaxI = hrMax === null ? -1 : hr.indexOf(hrMax);
  const hrSummary =
    hrAvg !== null && hrMax !== null
      ? `Average ${formatHeartRate(hrAvg)}, highest ${formatHeartRate(hrMax)}${where(hrMaxI)}.`
      : '';

  const cad = smooth(plausibleOnly(held(series.cadenceSpm), PLAUSIBLE.cadenceSpm), 3);
  const cadSorted = cad.filter((c): c is number => c !== null).sort((a, b) => a - b);
  const cadAvg = run.avgCadenceSpm ?? mean(cad);
  const cadSummary =
    cadAvg !== null && cadSorted.length > 1
      ? `Average ${formatCadence(cadAvg)}; mostly between ${Math.round(quantile(cadSorted, 0.1))} and ${formatCadence(quantile(cadSorted, 0.9))}.`
      : '';

  const over = hasDistance ? 'distance' : 'time';
  return (
    <section className="run-charts" aria-label="Charts">
      <p className="muted small">
        Over {over}; the dashed line is your average.{' '}
        {!hasDistance && 'No distance was recorded over the run.'}
      </p>
      <SeriesChart
        title="Pace"
        yUnit={`min/${units}, faster is up`}
        x={x}
        xAxis={xAxis}
        y={pace}
        invert
        yTicks={(a, b) => timeTicks(a, b, 5).filter((v) => v % 15 === 0)}
        formatY={formatPaceNumber}
        average={avgPace}
        clip={(lo, hi) => [lo, avgPace === null ? hi : Math.min(hi, avgPace * 1.6)]}
        summary={paceSummary}
        tone="pace"
      />
      <SeriesChart
        title="Heart rate"
        yUnit="bpm"
        x={x}
        xAxis={xAxis}
        y={hr}
        yTicks={(a, b) => niceTicks(a, b, 3)}
        formatY={String}
        average={hrAvg}
        summary={hrSummary}
        tone="hr"
      />
      <SeriesChart
        title="Cadence"
        yUnit="steps per minute"
        x={x}
        xAxis={xAxis}
        y={cad}
        yTicks={(a, b) => niceTicks(a, b, 3)}
        formatY={String}
        average={cadAvg}
        summary={cadSummary}
        tone="cadence"
      />
      <RouteMap lat={series.lat} lon={series.lon} units={units} distanceM={run.distanceM} />
    </section>
  );
}

function Laps({ run, units }: { run: RunDetail; units: Units }) {
  return (
    <section className="laps" aria-labelledby="laps-heading">
      <h2 id="laps-heading">Laps</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Lap</th>
              <th scope="col">Distance</th>
              <th scope="col">Time</th>
              <th scope="col">Pace</th>
            </tr>
          </thead>
          <tbody>
            {run.laps.map((l, i) => {
              const t = l.timerS ?? l.elapsedS ?? null;
              return (
                <tr key={`${l.startTime}-${i}`}>
                  <th scope="row">{i + 1}</th>
                  <td>{l.distanceM !== null ? formatDistance(l.distanceM, units) : '–'}</td>
                  <td>{t === null ? '–' : formatDuration(t)}</td>
                  <td>{l.distanceM !== null && t !== null ? formatRunPace(l.distanceM, t, units) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RunMeta({ run }: { run: RunDetail }) {
  const parts: string[] = [];
  if (run.source === 'manual') parts.push('Added by hand');
  else
    parts.push(
      `Imported from a ${run.format ? run.format.toUpperCase() : ''} file`.replace('a  file', 'a file'),
    );
  if (run.device) parts.push(run.device);
  if (run.sport && run.sport !== 'running')
    parts.push(run.subSport ? `${run.sport}, ${run.subSport}` : run.sport);
  if (parts.length === 0) return null;
  return <p className="muted small run-meta">{parts.join(' · ')}</p>;
}

/** How long after a run ends the run page asks how the back is. */
const ASK_AFTER_RUN_MS = 2 * 86_400_000;

/** A recent run asks for a pain score for the diary; an older one links to the diary. */
function PainAfterRun({ run }: { run: RunDetail }) {
  const running = run.sport === 'running' || run.sport === 'trail_running';
  if (!running) return null;
  const ended = Date.parse(run.startTime) + run.elapsedS * 1000;
  if (Date.now() - ended > ASK_AFTER_RUN_MS) {
    return (
      <p className="muted small">
        Pain after this run? <Link to="/pain#log">Log it in your pain diary</Link> with the time you felt it.
      </p>
    );
  }
  return (
    <QuickPain
      heading="How is your back after this run?"
      legend="Pain now"
      when="after_run"
      note={`After the run of ${runDateTime(run)}.`}
    />
  );
}
