import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { Icon } from '../components/icons';
import { api } from '../lib/api';
import { UrgencyBadge } from '../checkin/result-view';
import type { CheckinList } from '../checkin/types';

const SAFE_TO_RUN: Record<string, string> = {
  emergency: 'No. Your last check-in found signs that need emergency care.',
  urgent: 'Not yet. Your last check-in said to see a clinician within a day or two.',
  see_clinician: 'Gently, if it does not hurt more. Book to see a clinician within 1–2 weeks.',
  self_manage: 'Yes, easy running is fine if the pain stays the same or settles.',
};

/** Home answers three questions at a glance: safe to run today, what's planned, how the back is trending. */
export function HomePage() {
  const [list, setList] = useState<CheckinList | null>(null);
  useEffect(() => {
    api<CheckinList>('GET', '/api/checkins')
      .then(setList)
      .catch(() => undefined);
  }, []);
  const last = list?.items[0];
  const painScores = (list?.items ?? []).filter((i) => i.painScore !== null).slice(0, 2);
  const trend =
    painScores.length < 2
      ? null
      : painScores[0]!.painScore! < painScores[1]!.painScore!
        ? 'easing'
        : painScores[0]!.painScore! > painScores[1]!.painScore!
          ? 'worse'
          : 'steady';

  return (
    <>
      <h1>Today</h1>
      <div className="cards">
        <section className="card" aria-labelledby="safe-h">
          <h2 id="safe-h">
            <Icon name="shield" /> Safe to run today?
          </h2>
          {last ? (
            <>
              <p>
                <UrgencyBadge urgency={last.urgency} />
              </p>
              <p>
                {last.stopRunning && last.urgency === 'see_clinician'
                  ? 'Not for now. Your last check-in said to stop running until a clinician has seen you; walking and other gentle movement are fine if they do not hurt more.'
                  : SAFE_TO_RUN[last.urgency]}
              </p>
              {list?.recheck.due && <p className="recheck">{list.recheck.message}</p>}
              <p>
                <Link
                  className={`button${list?.recheck.due ? ' primary' : ''}`}
                  to={list?.recheck.due ? '/check-in/new' : `/check-in/${last.id}`}
                >
                  {list?.recheck.due ? 'Check in again' : 'See your last result'}
                </Link>
              </p>
            </>
          ) : (
            <>
              <p>
                Answer a few questions about your back first. It takes about two minutes and checks for the
                signs that need a doctor.
              </p>
              <Link className="button primary" to="/check-in/new">
                Start a check-in
              </Link>
            </>
          )}
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
          {trend ? (
            <p>
              Pain {trend === 'easing' ? 'is easing' : trend === 'worse' ? 'is up' : 'is steady'}:{' '}
              {painScores[1]!.painScore}/10 then {painScores[0]!.painScore}/10 at your last two check-ins.{' '}
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
