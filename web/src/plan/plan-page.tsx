import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { PlanRecord } from '../../../src/contract/plans';
import { dayNumber, isoDay } from '../../../src/core/load/calendar';
import { UrgencyBadge } from '../checkin/urgency-badge';
import { EmptyState } from '../components/empty-state';
import { ApiError, apiCall } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { useSettings } from '../lib/settings';
import { browserTimeZone } from '../lib/time-zone';
import { BuildPlanForm } from './build-plan-form';
import { CalendarCard } from './calendar-card';
import { MorningChecks, PlanLogsProvider } from './plan-logs';
import { findDay } from './plan-words';
import { TargetChart } from './target-chart';
import { useCurrentPlan } from './use-plan';
import { WeekStrip } from './week-strip';
import './plan.css';

/** The plan stopped: what happened and the one thing to do, visible without a tap. */
function StopAlert({ stop }: { stop: NonNullable<PlanRecord['stop']> }) {
  return (
    <section className="card plan-stop" role="alert" aria-labelledby="stop-h">
      <h2 id="stop-h">
        <span aria-hidden="true">■</span> Your plan is on hold
      </h2>
      <p>{stop.message}</p>
      <p>Stop the plan’s runs and exercises until you have checked in again.</p>
      <Link className="button primary" to="/check-in/new">
        Start a new check-in
      </Link>
    </section>
  );
}

/** No plan for this check-in's result: why, and where the result is. */
function Withheld({ record }: { record: PlanRecord }) {
  return (
    <section className="card plan-reason" aria-labelledby="withheld-h">
      <h2 id="withheld-h">No plan for now</h2>
      <UrgencyBadge urgency={record.urgency} />
      <p>{record.plan.reason ?? 'Your last check-in needs a clinician before a plan.'}</p>
      <Link className="button primary" to={`/check-in/${record.checkinId}`}>
        See your check-in result
      </Link>
    </section>
  );
}

/** A plan limited by a clinician's visit: the reason and the appointment, before anything else. */
function SeeClinician({ record }: { record: PlanRecord }) {
  return (
    <section className="card plan-reason" aria-labelledby="clinician-h">
      <h2 id="clinician-h">First: book an appointment</h2>
      <UrgencyBadge urgency="see_clinician" />
      {record.plan.reason && <p>{record.plan.reason}</p>}
      <p>
        Book with a GP or physiotherapist for the next week or two and tell them what your check-in found.
        Until then, the plan below keeps to what is safe to do meanwhile.
      </p>
      <Link to={`/check-in/${record.checkinId}`}>See your check-in result</Link>
    </section>
  );
}

/** Whether the runner has any check-in yet; 'unknown' when the answer did not come. */
function useHasCheckins(): boolean | 'loading' | 'unknown' {
  const [has, setHas] = useState<boolean | 'loading' | 'unknown'>('loading');
  useEffect(() => {
    let live = true;
    apiCall('GET /api/checkins')
      .then((list) => live && setHas(list.items.length > 0))
      .catch(() => live && setHas('unknown'));
    return () => {
      live = false;
    };
  }, []);
  return has;
}

/**
 * No plan yet: the form, or (before any check-in) the check-in it starts from. With check-ins but none
 * complete, the form stays and the server's refusal says what to do.
 */
function NoPlan({ ended, onBuilt }: { ended: boolean; onBuilt: (record: PlanRecord) => void }) {
  const hasCheckins = useHasCheckins();
  return (
    <>
      {ended && (
        <p className="banner" role="status">
          Plan ended. Your logs are kept.
        </p>
      )}
      {hasCheckins === 'loading' ? (
        <p className="loading" role="status">
          Loading…
        </p>
      ) : hasCheckins === false ? (
        <EmptyState
          icon="plan"
          title="Your plan starts with a check-in"
          action={
            <Link className="button primary" to="/check-in/new">
              Start a check-in
            </Link>
          }
        >
          <p>
            The check-in looks for signs that need a doctor and the likely causes of your pain. Your plan is
            built from it: weekly runs that grow gently, core, glute and stretching sessions, and rest days.
          </p>
        </EmptyState>
      ) : (
        <BuildPlanForm onBuilt={onBuilt} />
      )}
    </>
  );
}

function EndPlan({ record, onEnded }: { record: PlanRecord; onEnded: () => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function end() {
    setBusy(true);
    setError('');
    try {
      await apiCall('POST /api/plans/:id/end', { params: { id: record.id } });
      onEnded();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'The plan could not be ended. Try again.');
      setBusy(false);
    }
  }
  return (
    <section className="end-plan" aria-label="End this plan">
      {!asking ? (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          End this plan
        </button>
      ) : (
        <div className="card" role="group" aria-labelledby="end-q">
          <p id="end-q">
            <strong>End this plan?</strong> What you logged is kept; you can build a new plan straight away.
          </p>
          <div className="button-row">
            <button type="button" className="button primary" disabled={busy} onClick={() => void end()}>
              Yes, end it
            </button>
            <button type="button" className="button" onClick={() => setAsking(false)}>
              Keep it
            </button>
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

/** Changes newer than this many days lead; older ones fold away. */
const RECENT_CHANGE_DAYS = 7;

/** What the logs changed, newest first: the last week's in view, the rest folded. */
function WhatChanged({ record }: { record: PlanRecord }) {
  if (record.changes.length === 0) return null;
  const newestFirst = [...record.changes].reverse();
  const since = isoDay(dayNumber(record.today) - RECENT_CHANGE_DAYS);
  const recent = newestFirst.filter((c) => c.from > since);
  const earlier = newestFirst.filter((c) => c.from <= since);
  return (
    <section className="card" aria-labelledby="changes-h">
      <h2 id="changes-h">What changed</h2>
      {recent.length === 0 && <p className="muted">Nothing in the last week.</p>}
      <ul className="plain-list">
        {recent.map((c, i) => (
          <li key={i}>{c.message}</li>
        ))}
      </ul>
      {earlier.length > 0 && (
        <details>
          <summary>Earlier changes ({earlier.length})</summary>
          <ul className="plain-list">
            {earlier.map((c, i) => (
              <li key={i}>{c.message}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function PlanView({
  record,
  onEnded,
  onChanged,
}: {
  record: PlanRecord;
  onEnded: () => void;
  onChanged: (record: PlanRecord) => void;
}) {
  const { units } = useSettings();
  // After a log: read the plan again, quietly, so what the log changed shows where it applies.
  const reload = () =>
    void apiCall('GET /api/plans/current', { query: { timeZone: browserTimeZone() } })
      .then(onChanged)
      .catch(() => undefined);
  const { plan } = record;
  const withheld = plan.status === 'withheld';
  const current = findDay(plan, record.today)?.week ?? -1;
  return (
    <div className="cards">
      {record.stop && <StopAlert stop={record.stop} />}
      {withheld ? (
        <Withheld record={record} />
      ) : (
        <>
          {record.urgency === 'see_clinician' && <SeeClinician record={record} />}
          <MorningChecks record={record} reload={reload} />
          <WhatChanged record={record} />
          <PlanLogsProvider
            value={{
              planId: record.id,
              today: record.today,
              logs: record.logs,
              open: record.status === 'active',
              reload,
            }}
          >
            <WeekStrip plan={plan} today={record.today} units={units} canStart={!record.stop} />
          </PlanLogsProvider>
          {plan.notes.length > 0 && (
            <section className="card" aria-labelledby="notes-h">
              <h2 id="notes-h">How this plan was shaped</h2>
              <ul className="plain-list">
                {plan.notes.map((n) => (
                  <li key={n}>{n}</li>
                ))}
              </ul>
            </section>
          )}
          <section className="card" aria-labelledby="targets-h">
            <h2 id="targets-h">Weekly running</h2>
            <TargetChart
              history={record.weeklyKm}
              planned={plan.weeks.map((w) => w.targetKm)}
              currentWeek={current}
              units={units}
            />
          </section>
          <nav className="card" aria-labelledby="guides-h">
            <h2 id="guides-h">Guides</h2>
            <ul className="list-links">
              <li>
                <Link to="/plan/form">Running form: one cue a week</Link>
              </li>
              <li>
                <Link to="/plan/recovery">Recovery: rest, ice or heat, rolling</Link>
              </li>
              <li>
                <Link to="/plan/exercises">Every exercise, step by step</Link>
              </li>
            </ul>
          </nav>
          <CalendarCard planId={record.id} />
        </>
      )}
      <EndPlan record={record} onEnded={onEnded} />
    </div>
  );
}

/**
 * The Plan page: the current plan's weeks with today open, or the form that builds one. Loading and failure
 * say so; only a 404 means there is no plan.
 */
export function PlanPage() {
  usePageTitle('Plan');
  const { load, retry, set } = useCurrentPlan();
  const [ended, setEnded] = useState(false);
  return (
    <>
      <h1>Plan</h1>
      {load.state === 'loading' && (
        <p className="loading" role="status">
          Loading your plan…
        </p>
      )}
      {load.state === 'failed' && (
        <div role="alert">
          <p>Your plan could not be loaded. {load.message}</p>
          <button type="button" className="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {load.state === 'none' && (
        <NoPlan
          ended={ended}
          onBuilt={(record) => {
            setEnded(false);
            set(record);
          }}
        />
      )}
      {load.state === 'ready' && (
        <PlanView
          record={load.record}
          onChanged={set}
          onEnded={() => {
            setEnded(true);
            set(null);
          }}
        />
      )}
    </>
  );
}
