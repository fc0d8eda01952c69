import type { DashboardResponse } from '../../../src/contract/dashboard';
import { ALERT_TITLE } from './words';

/** The active load alerts, each with a title and the message that says what to do. */
export function AlertsList({ alerts }: { alerts: DashboardResponse['alerts'] }) {
  if (alerts.length === 0)
    return <p>Nothing to adjust: no rise, shoe, surface or cadence alert from your recent runs.</p>;
  return (
    <ul className="load-alerts">
      {alerts.map((a) => (
        <li key={a.code}>
          <h3>
            <span aria-hidden="true" className="alert-icon">
              !
            </span>{' '}
            {ALERT_TITLE[a.code]}
          </h3>
          <p>{a.message}</p>
        </li>
      ))}
    </ul>
  );
}
