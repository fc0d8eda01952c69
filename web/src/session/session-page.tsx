/**
 * The player's page, `/plan/session/:date/:kind/:index`: loads the current plan (from the service worker's copy
 * when offline), finds the item and hands it to the player. Full screen, outside the app's frame, so the
 * controls own the bottom of the screen.
 */
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { PlanRecord } from '../../../src/contract/plans';
import type { Plan } from '../../../src/core/plan/plan-types';
import { findPlanItem, isGuidedKind } from '../../../src/core/plan/session-steps';
import { apiCall, ApiError } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { browserTimeZone } from '../lib/time-zone';
import { dayLabel } from '../plan/plan-words';
import { Player } from './player';
import { SESSION_NAME } from './words';
import './session.css';

type Load =
  { state: 'loading' } | { state: 'failed'; error: ApiError | null } | { state: 'ok'; plan: PlanRecord };

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="player player-notice">
      <div className="player-scroll">
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}

export function SessionPage() {
  const { date = '', kind = '', index = '0' } = useParams();
  const itemIndex = Number.parseInt(index, 10);
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  usePageTitle(isGuidedKind(kind) ? SESSION_NAME[kind] : 'Session');

  useEffect(() => {
    let live = true;
    apiCall('GET /api/plans/current', { query: { timeZone: browserTimeZone() } })
      .then((plan) => live && setLoad({ state: 'ok', plan }))
      .catch((e: unknown) => live && setLoad({ state: 'failed', error: e instanceof ApiError ? e : null }));
    return () => {
      live = false;
    };
  }, []);

  if (load.state === 'loading')
    return (
      <p className="loading" role="status">
        Loading your session…
      </p>
    );
  if (load.state === 'failed') {
    const e = load.error;
    if (e?.status === 401)
      return (
        <Notice title="Log in to start this session">
          <Link
            className="button primary"
            to="/log-in"
            state={{ from: `/plan/session/${date}/${kind}/${index}` }}
          >
            Log in
          </Link>
        </Notice>
      );
    if (e?.status === 404)
      return (
        <Notice title="You have no plan yet">
          <p>Build a plan first; its sessions open here.</p>
          <Link className="button primary" to="/plan">
            Go to Plan
          </Link>
        </Notice>
      );
    return (
      <Notice title="Your session could not be loaded">
        <p role="alert">
          {e?.code === 'network'
            ? 'There is no connection, and this session has not been opened on this device before. Try again when you have signal.'
            : 'Something went wrong on our side. Try again in a moment.'}
        </p>
        <button type="button" className="button primary" onClick={() => window.location.reload()}>
          Try again
        </button>
      </Notice>
    );
  }

  const { plan } = load;
  // The contract types exercise ids as strings (a zod enum over a list); the server checked each is a library id.
  if (plan.stop) {
    return (
      <Notice title="Your plan is on hold">
        <p role="alert">{plan.stop.message}</p>
        <Link className="button primary" to="/check-in/new">
          Do a check-in
        </Link>
      </Notice>
    );
  }
  const item = Number.isInteger(itemIndex) ? findPlanItem(plan.plan as Plan, date, kind, itemIndex) : null;
  if (!item || !isGuidedKind(kind) || !item.exercises?.length) {
    return (
      <Notice title="This session is not in your plan">
        <p>Your plan may have changed since this link was made. Open your plan to pick today’s session.</p>
        <Link className="button primary" to="/plan">
          Go to Plan
        </Link>
      </Notice>
    );
  }
  // Sessions are spaced on purpose (strength never two days running), and a log can only be for a day that
  // has come: a later day's session opens on its day.
  if (date > plan.today) {
    return (
      <Notice title="This session is for a later day">
        <p>
          It is planned for {dayLabel(date, true)}. Doing it early would crowd the days your plan keeps apart;
          open it on its day.
        </p>
        <Link className="button primary" to="/plan">
          Go to Plan
        </Link>
      </Notice>
    );
  }
  return <Player planId={plan.id} date={date} kind={kind} itemIndex={itemIndex} item={item} />;
}
