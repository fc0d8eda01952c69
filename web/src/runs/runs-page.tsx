import { useCallback, useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { apiCall } from '../lib/api';
import { useSettings } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import { EmptyState } from '../components/empty-state';
import { Icon } from '../components/icons';
import { formatDistance, formatDuration, formatRunPace, formatSpeed } from '../../../src/core/units/format';
import type { ImportStatus, Run, RunList, RunListItem } from './types';
import { runDate, runTitle, SURFACE_WORD, type SportAnswer } from './words';
import { WeeklyChart } from './weekly-chart';
import { isRunning } from './import-page';
import { OUTCOME_LABEL } from '../../../src/core/imports/import-words';
import { isOnFootSport } from '../../../src/core/activity/activity';
import { isUnclassified } from '../../../src/core/runs/runner-sports';
import { SportQuestion } from './sport-question';
import { UnclassifiedBanner } from './unclassified-banner';

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
  const [unclassifiedOnly, setUnclassifiedOnly] = useState(false);
  const sport = unclassifiedOnly ? 'unclassified' : allSports ? 'all' : 'running';
  // Changes whenever the runs do, so the weekly chart fetches its totals again.
  const [chartVersion, setChartVersion] = useState(0);
  const [answerNote, setAnswerNote] = useState('');
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const countRef = useRef<HTMLHeadingElement>(null);
  usePageTitle('Runs');

  const load = useCallback(() => {
    apiCall('GET /api/runs', { query: { sport, limit: PAGE, offset: 0 } })
      .then((l) => {
        setList(l);
        setError(false);
        setChartVersion((v) => v + 1);
      })
      .catch(() => setError(true));
  }, [sport]);
  useEffect(load, [load]);

  // After an answer, the next question (its suggested answer first) or the list's heading takes the focus.
  useEffect(() => {
    if (focusNext === null) return;
    const group = document.querySelector(`[data-run="${CSS.escape(focusNext)}"]`);
    const target =
      group?.querySelector<HTMLButtonElement>('button.primary') ?? group?.querySelector('button');
    (target ?? countRef.current)?.focus();
    setFocusNext(null);
  }, [focusNext, list]);

  const onAnswered = (saved: Run, answer: SportAnswer) => {
    if (!list) return;
    const at = list.items.findIndex((r) => r.id === saved.id);
    const next =
      list.items.slice(at + 1).find((r) => isUnclassified(r.sport)) ??
      list.items.slice(0, Math.max(0, at)).find((r) => isUnclassified(r.sport));
    const keep = sport === 'all' || (sport === 'running' && isOnFootSport(saved.sport));
    setList({
      ...list,
      items: keep
        ? list.items.map((r) => (r.id === saved.id ? saved : r))
        : list.items.filter((r) => r.id !== saved.id),
      total: keep ? list.total : list.total - 1,
      unclassified: Math.max(0, list.unclassified - 1),
    });
    setChartVersion((v) => v + 1);
    setAnswerNote(
      `${runTitle(saved)} saved as ${answer.noun}. ` +
        (saved.sport === 'running'
          ? 'It counts in your weekly distance now.'
          : 'It is shown apart from your running.'),
    );
    setFocusNext(next?.id ?? 'heading');
  };
  const showUnclassified = (only: boolean) => {
    setAnswerNote('');
    setUnclassifiedOnly(only);
  };

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
  if (list.items.length === 0 && sport === 'running')
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
      <UnclassifiedBanner
        count={list.unclassified}
        showing={unclassifiedOnly}
        onShow={() => showUnclassified(true)}
        onShowAll={() => showUnclassified(false)}
      />
      {!allSports && <WeeklyChart units={units} version={chartVersion} />}
      <div className="runs-head">
        <h2 className="runs-count" ref={countRef} tabIndex={-1}>
          {unclassifiedOnly
            ? `${list.total} ${list.total === 1 ? 'activity' : 'activities'} without a sport`
            : allSports
              ? `${list.total} ${list.total === 1 ? 'activity' : 'activities'}`
              : list.total === 1
                ? 'One run'
                : `${list.total} runs`}
        </h2>
        {!unclassifiedOnly && sportToggle}
      </div>
      <p className="answer-note" role="status">
        {answerNote}
      </p>
      {list.items.length > 0 && (
        <ul className="run-list">
          {list.items.map((r) => (
            <RunRow key={r.id} run={r} onAnswered={onAnswered} />
          ))}
        </ul>
      )}
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

function RunRow({
  run,
  onAnswered,
}: {
  run: RunListItem;
  onAnswered: (saved: Run, answer: SportAnswer) => void;
}) {
  const { units } = useSettings();
  const time = run.timerS ?? run.elapsedS;
  return (
    <li className={isUnclassified(run.sport) ? 'run-unclassified' : undefined}>
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
      {isUnclassified(run.sport) && <SportQuestion run={run} onAnswered={onAnswered} />}
    </li>
  );
}
