import { Link } from 'react-router';
import { checkinLengthText } from '../../../src/core/checkin/checkin-length';
import { emergencyContactFor } from '../../../src/core/emergency/emergency-services';
import { useSettings } from '../lib/settings';
import { UrgencyBadge } from '../checkin/urgency-badge';
import type { DashboardLoad } from './use-dashboard';
import { shortDate } from './words';

const SAFE_TO_RUN: Record<string, string> = {
  emergency: 'No. Your last check-in found signs that need emergency care now.',
  urgent: 'Not yet. Your last check-in said to see a clinician soon, and not to run until then.',
  see_clinician: 'Gently, if it does not hurt more. Your last check-in said to book a clinician.',
  self_manage: 'Yes, easy running is fine while the pain stays the same or settles.',
};

/** "Safe to run today?": never claims a result while loading or after a failure; always offers a check-in. */
export function SafeToRun({ load, onRetry }: { load: DashboardLoad; onRetry: () => void }) {
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
  const { lastCheckin: last, checkinDue } = load.data;
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
        <UrgencyBadge urgency={last.urgency} />{' '}
        <span className="muted small">Last check-in {shortDate(last.createdAt)}</span>
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
      {checkinDue.due && <p className="recheck">{checkinDue.message}</p>}
      <p className="card-actions">
        {start(checkinDue.due)}
        <Link className="button" to={`/check-in/${last.id}`}>
          See your last result
        </Link>
      </p>
    </>
  );
}
