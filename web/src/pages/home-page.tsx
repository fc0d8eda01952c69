import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { checkinLengthText } from '../../../src/core/checkin/checkin-length';
import { emergencyContactFor } from '../../../src/core/emergency/emergency-services';
import { Icon } from '../components/icons';
import { apiCall } from '../lib/api';
import { useSettings } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import { UrgencyBadge } from '../checkin/urgency-badge';
import type { CheckinList } from '../checkin/types';

const SAFE_TO_RUN: Record<string, string> = {
  emergency: 'No. Your last check-in found signs that need emergency care now.',
  urgent: 'Not yet. Your last check-in said to see a clinician soon, and not to run until then.',
  see_clinician: 'Gently, if it does not hurt more. Your last check-in said to book a clinician.',
  self_manage: 'Yes, easy running is fine while the pain stays the same or settles.',
};

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; list: CheckinList };

/** "Safe to run today?": never claims a result while loading or after a failure. */
function SafeToRun({ load, onRetry }: { load: Load; onRetry: () => void }) {
  const { country } = useSettings();
  const start = (primary: boolean) => (
    <Link className={`button${primary ? ' primary' : ''}`} to="/check-in/new">
      Start a check-in
    </Link>
  );
  if (load.state === 'loading')
    return (
      <p className="loading" role="status">
        Loading your last check-in…
      </p>
    );
  if (load.state === 'failed')
    return (
      <>
        <p role="alert">
          Your last check-in could not be loaded, so this page cannot say whether running is safe. Check your
          connection and try again.
        </p>
        <p className="card-actions">
          <button type="button" className="button" onClick={onRetry}>
            Try again
          </button>
          {start(false)}
        </p>
      </>
    );
  const { list } = load;
  const last = list.items[0];
  if (!last)
    return (
      <>
        <p>
          Answer a few questions about your back first. It takes {checkinLengthText(false)} and checks for the
          signs that need a doctor.
        </p>
        {start(true)}
      </>
    );
  const number = emergencyContactFor(country).number;
  return (
    <>
      <p>
        <UrgencyBadge urgency={last.urgency} />
      </p>
      <p>
        {last.stopRunning && last.urgency === 'see_clinician'
          ? 'Not for now. Your last check-in said to stop running until a clinician has seen you.'
          : SAFE_TO_RUN[last.urgency]}
      </p>
      {last.urgency === 'emergency' && (
        <p>
          <a className="button danger" href={`tel:${number}`}>
            Call {number}
          </a>
        </p>
      )}
      {list.recheck.due && <p className="recheck">{list.recheck.message}</p>}
      <p className="card-actions">
        {start(list.recheck.due)}
        <Link className="button" to={`/check-in/${last.id}`}>
          See your last result
        </Link>
      </p>
    </>
  );
}

/** Home answers three questions at a glance: safe to run today, what's planned, how the back is trending. */
export function HomePage() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  usePageTitle('Today');
  const fetchList = useCallback(() => {
    setLoad({ state: 'loading' });
    apiCall('GET /api/checkins')
      .then((list) => setLoad({ state: 'ready', list }))
      .catch(() => setLoad({ state: 'failed' }));
  }, []);
  useEffect(fetchList, [fetchList]);
  const items = load.state === 'ready' ? load.list.items : [];
  const painScores = items.filter((i) => i.painScore !== null).slice(0, 2);
  const [latest, before] = painScores.map((p) => p.painScore ?? 0);
  const trend =
    latest === undefined || before === undefined
      ? null
      : latest < before
        ? 'is easing'
        : latest > before
          ? 'is up'
          : 'is steady';
  const urgentLook = items[0]?.urgency === 'emergency' ? ' card-emergency' : '';
  const lastWithoutPain = items[0] !== undefined && items[0].painScore === null;

  return (
    <>
      <h1>Today</h1>
      <div className="cards">
        <section
          className={`card${urgentLook}`}
          aria-labelledby="safe-h"
          aria-busy={load.state === 'loading'}
        >
          <h2 id="safe-h">
            <Icon name="shield" /> Safe to run today?
          </h2>
          <SafeToRun load={load} onRetry={fetchList} />
        </section>
        <section className="card" aria-labelledby="plan-h">
          <h2 id="plan-h">
            <Icon name="plan" /> On the plan
          </h2>
          <p>Your strength, stretching and rest days will show here once your plan is ready.</p>
        </section>
        <section className="card" aria-labelledby="trend-h">
          <h2 id="trend-h">
            <Icon name="pain" /> Your back, lately
          </h2>
          {load.state !== 'ready' ? (
            <p className="muted">Appears once your check-ins have loaded.</p>
          ) : trend ? (
            <p>
              {lastWithoutPain ? 'Before your last check-in, pain' : 'Pain'} {trend}: {before}/10 then{' '}
              {latest}/10 at the last two check-ins that recorded it.{' '}
              <Link to="/check-in">See the chart</Link>
            </p>
          ) : (
            <p>A line of your pain scores over the weeks appears here after two check-ins.</p>
          )}
        </section>
      </div>
    </>
  );
}
