import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { api, ApiError } from '../lib/api';
import { useSettings, type Units } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import { Field } from '../components/field';
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
import { SURFACES, type RunDetail, type RunList, type RunPatch, type RunSeries, type Surface } from './types';
import { runDateTime, runTitle, SURFACE_WORD } from './words';
import { niceTicks, quantile, smooth, timeTicks } from './chart-scale';
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
    api<RunDetail>('GET', `/api/runs/${encodeURIComponent(id)}`)
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
      {run.recovered !== null && (
        <p className="banner recovered-note" role="note">
          <span>
            <strong>Recovered.</strong> The file was damaged, so this run holds what could be read (
            {run.recovered}
            ).
          </span>
        </p>
      )}
      <dl className="headline">
        <Stat label="Distance" value={run.distanceM > 0 ? formatDistance(run.distanceM, units) : '–'} />
        <Stat
          label={run.timerS !== null && run.elapsedS - run.timerS > 59 ? 'Moving time' : 'Time'}
          value={formatDuration(time)}
        />
        <Stat label="Pace" value={formatRunPace(run.distanceM, time, units)} />
        {run.avgHeartRate !== null && <Stat label="Heart rate" value={formatHeartRate(run.avgHeartRate)} />}
        {run.avgCadenceSpm !== null && <Stat label="Cadence" value={formatCadence(run.avgCadenceSpm)} />}
        {run.ascentM !== null && <Stat label="Climb" value={formatClimb(run.ascentM, units)} />}
      </dl>
      {run.timerS !== null && run.elapsedS - run.timerS > 59 && (
        <p className="muted small">
          {formatDuration(run.elapsedS)} from start to finish, with{' '}
          {formatDuration(run.elapsedS - run.timerS)} stopped.
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
const band = (v: (number | null)[], lo: number, hi: number) =>
  v.map((n) => (n !== null && n >= lo && n <= hi ? n : null));

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
    ? series.distanceM.map((d) => (d === null ? null : d / perUnit))
    : series.t.slice();
  const xAxis: Axis = hasDistance ? distanceAxis(units) : timeAxis;
  const where = (i: number) => {
    const xv = x[i];
    if (xv === null || xv === undefined) return '';
    return hasDistance ? ` near ${xv.toFixed(1)} ${units}` : ` about ${Math.round(xv / 60)} minutes in`;
  };

  // Pace: drop standing still and impossible speeds (0.5–12 m/s), smooth GPS jitter, then say it per km or mi.
  const speed = smooth(band(speedSeries(series), 0.5, 12), 5);
  const pace = speed.map((s) => speedToPace(s, units));
  const time = run.timerS ?? run.elapsedS;
  const avgPace = run.distanceM > 0 && time > 0 ? time / (run.distanceM / perUnit) : mean(pace);
  const sortedPace = pace.filter((p): p is number => p !== null).sort((a, b) => a - b);
  const fastI = pace.indexOf(quantile(sortedPace, 0.03));
  const paceSummary =
    sortedPace.length > 1
      ? `Average ${formatPace(avgPace, units)}. Quickest stretch ${formatPace(quantile(sortedPace, 0.03), units)}${where(fastI)}; slowest ${formatPace(quantile(sortedPace, 0.97), units)}.`
      : '';

  const hr = band(series.heartRate, 30, 230);
  const hrOk = hr.filter((h): h is number => h !== null);
  const hrAvg = run.avgHeartRate ?? mean(hr);
  const hrMax = hrOk.length ? Math.max(...hrOk) : null;
  const hrMaxI = hrMax === null ? -1 : hr.indexOf(hrMax);
  const hrSummary =
    hrAvg !== null && hrMax !== null
      ? `Average ${formatHeartRate(hrAvg)}, highest ${formatHeartRate(hrMax)}${where(hrMaxI)}.`
      : '';

  const cad = smooth(band(series.cadenceSpm, 40, 260), 3);
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

function EditRun({ run, onSaved }: { run: RunDetail; onSaved: (r: RunDetail) => void }) {
  const shoesId = useId();
  const [name, setName] = useState(run.name ?? '');
  const [surface, setSurface] = useState<Surface | ''>(run.surface ?? '');
  const [shoe, setShoe] = useState(run.shoe ?? '');
  const [shoes, setShoes] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    api<RunList>('GET', '/api/runs?sport=all&limit=1')
      .then((l) => setShoes(l.shoes))
      .catch(() => undefined);
  }, []);
  const dirty = name !== (run.name ?? '') || surface !== (run.surface ?? '') || shoe !== (run.shoe ?? '');
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setSaving(true);
    setStatus('');
    setError(null);
    const patch: RunPatch = {
      name: name.trim() || null,
      surface: surface || null,
      shoe: shoe.trim() || null,
    };
    try {
      const saved = await api<RunDetail>('PATCH', `/api/runs/${encodeURIComponent(run.id)}`, patch);
      onSaved({ ...run, ...saved, series: run.series, laps: run.laps });
      setStatus('Saved');
    } catch (err) {
      setError(err instanceof ApiError ? err : null);
      setStatus('');
    } finally {
      setSaving(false);
    }
  };
  return (
    <section className="card edit-run" aria-labelledby="edit-heading">
      <h2 id="edit-heading">Details</h2>
      <form onSubmit={onSubmit} noValidate>
        <Field
          label="Name"
          value={name}
          maxLength={120}
          placeholder={runTitle({ ...run, name: null })}
          onChange={(e) => {
            setName(e.target.value);
            setStatus('');
          }}
          error={error?.fieldError('name')}
        />
        <SurfaceSelect
          value={surface}
          onChange={(v) => {
            setSurface(v);
            setStatus('');
          }}
          error={error?.fieldError('surface')}
        />
        <Field
          label="Shoe"
          hint="Pick one you used before or type a new name."
          value={shoe}
          list={shoesId}
          maxLength={80}
          autoComplete="off"
          onChange={(e) => {
            setShoe(e.target.value);
            setStatus('');
          }}
          error={error?.fieldError('shoe')}
        />
        <datalist id={shoesId}>
          {shoes.map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
        {error && !error.issues.length && (
          <p className="form-error" role="alert">
            {error.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="button primary" disabled={saving || !dirty}>
            {saving ? 'Saving…' : 'Save'}
          </button>
          <span className="status save-status" role="status">
            {status && (
              <>
                <span aria-hidden="true">✓ </span>
                {status}
              </>
            )}
          </span>
        </div>
      </form>
    </section>
  );
}

export function SurfaceSelect({
  value,
  onChange,
  error,
}: {
  value: Surface | '';
  onChange: (v: Surface | '') => void;
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>Surface</label>
      <select
        id={id}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onChange(e.target.value as Surface | '')}
      >
        <option value="">Not set</option>
        {SURFACES.map((s) => (
          <option key={s} value={s}>
            {SURFACE_WORD[s]}
          </option>
        ))}
      </select>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

function DeleteRun({ id }: { id: string }) {
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await api<void>('DELETE', `/api/runs/${encodeURIComponent(id)}`);
      navigate('/runs', { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Could not delete the run. Try again.');
      setBusy(false);
    }
  };
  return (
    <section className="delete-run" aria-label="Delete">
      {!asking ? (
        <button type="button" className="button danger-outline" onClick={() => setAsking(true)}>
          Delete this run
        </button>
      ) : (
        <div className="confirm" role="group" aria-labelledby="confirm-text">
          <p id="confirm-text">
            <strong>Delete this run?</strong> It goes from your runs and weekly distance, and cannot be
            brought back. You could import the file again.
          </p>
          <div className="actions">
            <button ref={confirmRef} type="button" className="button danger" onClick={remove} disabled={busy}>
              {busy ? 'Deleting…' : 'Yes, delete it'}
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)} disabled={busy}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
