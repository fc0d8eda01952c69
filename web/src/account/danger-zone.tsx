import { useState, type FormEvent } from 'react';
import { DELETE_PHRASE, isDeleteConfirmed } from '../../../src/core/account/delete-confirmation';
import { Field } from '../components/field';
import { apiCall, ApiError } from '../lib/api';
import { useAuth } from '../lib/auth';
import { markAccountDeleted } from './account-deleted';

/** Deleting the account: the password again and a typed phrase, then everything goes and the session ends. */
export function DangerZone() {
  const { logOut } = useAuth();
  const [password, setPassword] = useState('');
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const confirmed = isDeleteConfirmed(typed);

  const onDelete = async (e: FormEvent) => {
    e.preventDefault();
    if (!confirmed || password === '') return;
    setBusy(true);
    setError('');
    try {
      await apiCall('DELETE /api/me', { body: { password } });
    } catch (failure) {
      setBusy(false);
      setError(
        failure instanceof ApiError && failure.status === 401
          ? 'That password is not right, so nothing was deleted.'
          : failure instanceof ApiError
            ? failure.message
            : 'Could not delete the account. Try again.',
      );
      return;
    }
    // The log-in page says so once; the sign-out below sends every page there.
    markAccountDeleted();
    // The server ended the session; this clears what the browser kept of it, and the app goes to log-in.
    await logOut().catch(() => undefined);
  };

  return (
    <section className="card danger-zone" aria-labelledby="danger-zone-title">
      <h2 id="danger-zone-title">Delete your account</h2>
      <p>
        This deletes your account and everything in it for good: check-ins, runs, shoes, plans, logs and the
        activity files you imported. It cannot be undone. Download your data first if you may want it.
      </p>
      <form onSubmit={(e) => void onDelete(e)} noValidate>
        <Field
          label="Your password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={error || undefined}
        />
        <Field
          label={`Type “${DELETE_PHRASE}” to confirm`}
          autoComplete="off"
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
        />
        <button type="submit" className="button danger" disabled={!confirmed || password === '' || busy}>
          {busy ? 'Deleting…' : 'Delete my account and all my data'}
        </button>
      </form>
    </section>
  );
}
