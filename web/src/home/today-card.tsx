import { Link } from 'react-router';
import type { DistanceUnit } from '../../../src/core/units/format';
import { Icon } from '../components/icons';
import { KindIcon } from '../plan/plan-icons';
import { findDay, firstSession, isRestDay, itemTitle, sessionPath } from '../plan/plan-words';
import { useCurrentPlan } from '../plan/use-plan';
import './today.css';

/**
 * Home's answer to "what is on the plan today": today's items in words and a one-tap Start for the first
 * session. Without a plan, a quiet link to build one; while loading or after a failure, it says so.
 */
export function TodayCard({ units }: { units: DistanceUnit }) {
  const { load, retry } = useCurrentPlan();
  if (load.state === 'none')
    return (
      <p className="today-none">
        <Link to="/plan">Build your plan</Link>: weekly runs, strength and stretching from your check-in.
      </p>
    );
  return (
    <section className="card today-card" aria-labelledby="plan-h" aria-busy={load.state === 'loading'}>
      <h2 id="plan-h">
        <Icon name="plan" /> On the plan today
      </h2>
      {load.state === 'loading' && <p className="muted">Loading your plan…</p>}
      {load.state === 'failed' && (
        <p>
          Your plan could not be loaded.{' '}
          <button type="button" className="link-button" onClick={retry}>
            Try again
          </button>
        </p>
      )}
      {load.state === 'ready' && <TodayBody record={load.record} units={units} />}
    </section>
  );
}

function TodayBody({
  record,
  units,
}: {
  record: Extract<ReturnType<typeof useCurrentPlan>['load'], { state: 'ready' }>['record'];
  units: DistanceUnit;
}) {
  if (record.stop)
    return (
      <div role="alert">
        <p>
          <strong>Your plan is on hold.</strong> {record.stop.message}
        </p>
        <Link className="button primary" to="/check-in/new">
          Start a new check-in
        </Link>
      </div>
    );
  if (record.plan.status === 'withheld')
    return (
      <p>
        No plan for now. <Link to="/plan">See why</Link>.
      </p>
    );
  const today = findDay(record.plan, record.today)?.day;
  if (!today)
    return (
      <p>
        {record.plan.weeks[0] && record.today < record.plan.weeks[0].weekStart
          ? 'Your plan starts on Monday.'
          : 'Your plan has finished.'}{' '}
        <Link to="/plan">Open your plan</Link>
      </p>
    );
  if (isRestDay(today))
    return (
      <>
        <p className="today-rest">
          <KindIcon kind="rest" /> <strong>Rest day.</strong> No running and no strength: let your back
          recover.
        </p>
        <Link to="/plan">See the week</Link>
      </>
    );
  const first = firstSession(today);
  return (
    <>
      <ul className="today-items">
        {today.items.map((item, i) => (
          <li key={i}>
            <KindIcon kind={item.kind} /> {itemTitle(item, units)}
          </li>
        ))}
      </ul>
      <div className="today-actions">
        {first && (
          <Link className="button primary" to={sessionPath(today.date, first.item.kind, first.index)}>
            Start {itemTitle(first.item, units).toLowerCase()}
          </Link>
        )}
        <Link className="button" to="/plan">
          See the week
        </Link>
      </div>
    </>
  );
}
