import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { apiCall } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { EmptyState } from '../components/empty-state';
import { PainChart } from './pain-chart';
import { checkinLengthText } from '../../../src/core/checkin';
import { UrgencyBadge } from './result-view';
import type { CheckinList } from './types';

/** Every check-in with its urgency and pain, a pain chart, and a nudge when a new one is due. */
export function CheckinHistoryPage() {
  const [list, setList] = useState<CheckinList | null>(null);
  const [error, setError] = useState(false);
  usePageTitle('Check-ins');
  useEffect(() => {
    apiCall('GET /api/checkins')
      .then(setList)
      .catch(() => setError(true));
  }, []);

  const start = (
    <Link className="button primary" to="/check-in/new">
      Start a check-in
    </Link>
  );
  if (error) return <p role="alert">Could not load your check-ins. Check your connection and reload.</p>;
  if (!list)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  if (list.items.length === 0) {
    return (
      <>
        <h1>Check-in</h1>
        <EmptyState icon="checkin" title="No check-ins yet" action={start}>
          <p>
            Each check-in asks about warning signs, your pain and your training. You get a clear answer: keep
            going with your plan, or see someone, and how soon. It takes {checkinLengthText(false)}.
          </p>
        </EmptyState>
      </>
    );
  }
  const points = list.items
    .filter((i) => i.painScore !== null)
    .map((i) => ({ at: i.createdAt, score: i.painScore as number, urgency: i.urgency }));
  return (
    <>
      <h1>Check-in</h1>
      {list.recheck.due && (
        <div className="banner" role="status">
          <p>{list.recheck.message}</p>
          {start}
        </div>
      )}
      {!list.recheck.due && <p>{start}</p>}
      {points.length > 0 && <PainChart points={points} />}
      <h2>History</h2>
      <ul className="history">
        {list.items.map((i) => (
          <li key={i.id}>
            <Link to={`/check-in/${i.id}`}>
              <span className="history-date">
                {new Date(i.createdAt).toLocaleDateString(undefined, {
                  weekday: 'short',
                  day: 'numeric',
                  month: 'short',
                })}
              </span>
              <UrgencyBadge urgency={i.urgency} />
              <span className="history-pain">
                {i.painScore === null ? 'pain not given' : `pain ${i.painScore}/10`}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
