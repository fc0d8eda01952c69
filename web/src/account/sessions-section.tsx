import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SessionInfo } from '../../../src/contract/sessions';
import { ApiError, apiCall } from '../lib/api';
import { useAuth } from '../lib/auth';
import './account.css';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; sessions: SessionInfo[] };

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Settings: every device logged in to the account, this one first, each with a Log out; and "Log out
 * everywhere", which ends them all, this one too. `version` changes when something else ended sessions.
 */
export function SessionsSection({ version }: { version: number }) {
  const { logOut } = useAuth();
  const navigate = useNavigate();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');

  const refresh = useCallback(async () => {
    try {
      setLoad({ state: 'ready', sessions: (await apiCall('GET /api/sessions')).sessions });
    } catch {
      setLoad({ state: 'failed' });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh, version]);

  async function act(action: () => Promise<string>) {
    setBusy(true);
    setError('');
    setSaid('');
    try {
      setSaid(await action());
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const endOne = (session: SessionInfo) =>
    act(async () => {
      await apiCall('DELETE /api/sessions/:id', { params: { id: session.id } });
      await refresh();
      return `${session.device} is logged out.`;
    });

  const everywhere = () =>
    act(async () => {
      await apiCall('DELETE /api/sessions');
      await logOut();
      navigate('/log-in');
      return 'Logged out everywhere.';
    });

  const sessions = load.state === 'ready' ? load.sessions : [];
  return (
    <section className="card sessions" aria-labelledby="sessions-h">
      <h2 id="sessions-h">Where you are logged in</h2>
      <p className="muted">
        Each browser or device that is logged in to your account. Log out any you do not recognise, then
        change your password.
      </p>
      {load.state === 'loading' && <p className="muted">Looking for your sessions…</p>}
      {load.state === 'failed' && <p role="alert">Your sessions could not be loaded.</p>}
      {sessions.length > 0 && (
        <ul className="session-list" aria-label="Your sessions">
          {sessions.map((s) => (
            <li key={s.id} className={`session-item${s.current ? ' session-current' : ''}`}>
              <p>
                <strong>{s.device}</strong>
                {s.current && <span className="this-device">This device</span>}
              </p>
              <p className="muted">
                Logged in {when(s.createdAt)}. Last used {when(s.lastSeenAt)}.
              </p>
              {!s.current && (
                <button
                  type="button"
                  className="button"
                  disabled={busy}
                  aria-label={`Log out ${s.device}, logged in ${when(s.createdAt)}`}
                  onClick={() => void endOne(s)}
                >
                  Log out
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <p>
        Logging out everywhere ends every session, this one too: each device will ask for your password again.
      </p>
      <button type="button" className="button" disabled={busy} onClick={() => void everywhere()}>
        Log out everywhere
      </button>
      <p className="status" role="status">
        {said}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
