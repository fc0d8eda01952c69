import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { apiCall } from '../lib/api';
import { useSettings } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import { EmptyState } from '../components/empty-state';
import { Icon } from '../components/icons';
import { formatDistance, formatDuration, formatRunPace, formatSpeed } from '../../../src/core/units/format';
import type { ImportStatus, Run, RunList } from './types';
import { runDate, runTitle, SURFACE_WORD } from './words';
import { WeeklyChart } from './weekly-chart';
import { isRunning } from './import-page';
import { OUTCOME_LABEL } from '../../../src/core/imports/import-words';

/** Enough for the weekly chart's twelve weeks for almost everyone; the API allows up to 1,000. */
const PAGE = 200;

/** Every run, newest first, with the weekly distance on top and any import still running. */
export function RunsPage() {
  const { units } = useSettings();
  const [list, setList] = useState<RunList | null>(null);
  const [error, setError] = useState(false);
  const [more, setMore] = useState(false);
  const [running, setRunning] = useState<ImportStatus | null>(null);
  const [allSports, setAllSports] = useState(false);
  const sport = allSports ? 'all' : 'running';
  usePageTitle('Runs');

  const load = useCallback(() => {
    apiCall('GET /api/runs', { query: { sport, limit: PAGE, offset: 0 } })
      .then((l) => {
        setList(l);
        setError(false);
      })
      .catch(() => setError(true));
  }, [sport]);
  useEffect(load, [load]);

  // An import still running shows here and refreshes the list when it ends.
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let wasRunning = false;
    const tick = async () => {
      try {
        const l = await apiCall('GET /api/imports');
        if (!live) return;
        const r = l.items.find(isRunning) ?? null;
        setRunning(r);
        if (r) wasRunning = true;
        else if (wasRunning) {
          wasRunning = false;
          load();
        }
        if (r) timer = setTimeout(tick, 2000);
      } catch {
        // The banner is a nicety; the list still works.
      }
    };
    void tick();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [load]);

  const loadMore = async () => {
    if (!list) return;
    setMore(true);
    try {
      const next = await apiCall('GET /api/runs', {
        query: { sport, limit: PAGE, offset: list.items.length },
      });
      setList({ ...next, items: [...list.items, ...next.items] });
    } catch {
      setError(true);
    } finally {
      setMore(false);
    }
  };

  const actions = (
    <div className="actions runs-actions">
      <Link className="button primary" to="/runs/import">
        <Icon name="upload" size={20} />
        Import runs
      </Link>
      <Link className="button" to="/runs/new">
        Add a run by hand
      </Link>
    </div>
  );
  const banner = running && (
    <div className="banner" role="status">
      <p>
        An import is running:{' '}
        {running.filesTotal
          ? `${running.filesDone} of ${running.filesTotal} files read.`
          : `${running.filesDone} files read.`}
      </p>
      <Link className="button" to={`/runs/import?id=${encodeURIComponent(running.id)}`}>
        See progress
      </Link>
    </div>
  );

  if (error && !list) return <p role="alert">Could not load your runs. Check your connection and reload.</p>;
  if (!list)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  const sportToggle = (
    <label className="choice small-choice sport-toggle">
      <input type="checkbox" checked={allSports} onChange={(e) => setAllSports(e.target.checked)} />
      Show other sports too
    </label>
  );
  if (list.items.length === 0 && !allSports)
    return (
      <>
        <h1>Runs</h1>
        {banner}
        <EmptyState
          icon="upload"
          title="No runs yet"
          action={
            <div className="actions actions-center">
              <Link className="button primary" to="/runs/import">
                Import runs
              </Link>
              <Link className="button" to="/runs/new">
                Add a run by hand
              </Link>
            </div>
          }
        >
          <p>
            Import your runs from a Strava or Garmin export. You will see weekly distance in{' '}
            {units === 'km' ? 'kilometres' : 'miles'}, pace, heart rate and cadence for every run.
          </p>
        </EmptyState>
      </>
    );
  return (
    <>
      <h1>Runs</h1>
      {banner}
      {actions}
      {!allSports && <WeeklyChart units={units} version={list.total} />}
      <div className="runs-head">
        <h2 className="runs-count">
          {allSports
            ? `${list.total} ${list.total === 1 ? 'activity' : 'activities'}`
            : list.total === 1
              ? 'One run'
              : `${list.total} runs`}
        </h2>
        {sportToggle}
      </div>
      <ul className="run-list">
        {list.items.map((r) => (
          <RunRow key={r.id} run={r} />
        ))}
      </ul>
      {list.items.length < list.total && (
        <p className="more">
          <button type="button" className="button wide" onClick={loadMore} disabled={more}>
            {more ? 'Loading…' : `Show more (${list.total - list.items.length} left)`}
          </button>
        </p>
      )}
    </>
  );
}

function RunRow({ run }: { run: Run }) {
  const { units } = useSettings();
  const time = run.timerS ?? run.elapsedS;
  return (
    <li>
      <Link to={`/runs/${run.id}`} className="run-row">
        <span className="run-row-date">{runDate(run)}</span>
        <span className="run-row-name">{runTitle(run)}</span>
        <span className="run-row-stats">
          <span>
            <span className="visually-hidden">Distance </span>
            {run.distanceM > 0 ? formatDistance(run.distanceM, units) : 'no distance'}
          </span>
          <span>
            <span className="visually-hidden">Time </span>
            {formatDuration(time)}
          </span>
          <span>
            <span className="visually-hidden">{run.sport === 'cycling' ? 'Speed ' : 'Pace '}</span>
            {run.sport === 'cycling'
              ? formatSpeed(run.distanceM, time, units)
              : formatRunPace(run.distanceM, time, units)}
          </span>
        </span>
        {(run.indoor || run.surface || run.shoe || run.recovered !== null) && (
          <span className="chips">
            {run.indoor && <span className="chip chip-indoor">Indoor</span>}
            {run.surface && <span className="chip">{SURFACE_WORD[run.surface]}</span>}
            {run.shoe && <span className="chip chip-shoe">{run.shoe}</span>}
            {run.recovered !== null && <span className="chip chip-recovered">{OUTCOME_LABEL.recovered}</span>}
          </span>
        )}
      </Link>
    </li>
  );
}
