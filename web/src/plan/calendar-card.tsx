import { useEffect, useId, useState } from 'react';
import type { CalendarLink } from '../../../src/contract/plans';
import { ApiError, apiCall } from '../lib/api';

type LinkLoad = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; link: CalendarLink };

/**
 * The plan in the runner's calendar: a file to download once, or a private address a calendar app
 * subscribes to (made, copied and revoked here).
 */
export function CalendarCard({ planId }: { planId: string }) {
  const [load, setLoad] = useState<LinkLoad>({ state: 'loading' });
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const urlId = useId();

  useEffect(() => {
    let live = true;
    apiCall('GET /api/calendar-link')
      .then((link) => live && setLoad({ state: 'ready', link }))
      .catch(() => live && setLoad({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, []);

  async function act(what: 'make' | 'revoke') {
    setBusy(true);
    setError('');
    setSaid('');
    try {
      if (what === 'make') {
        const link = await apiCall('POST /api/calendar-link');
        setLoad({ state: 'ready', link });
        setSaid('Your private calendar link is ready. Copy it into your calendar app.');
      } else {
        await apiCall('DELETE /api/calendar-link');
        setLoad({ state: 'ready', link: { url: null, createdAt: null } });
        setSaid('The link is stopped: calendars subscribed to it no longer get your plan.');
      }
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Copied.');
    } catch {
      setSaid('Copying is blocked here: select the address and copy it by hand.');
    }
  }

  const url = load.state === 'ready' ? load.link.url : null;
  return (
    <section className="card calendar-card" aria-labelledby="cal-h">
      <h2 id="cal-h">In your calendar</h2>
      <p>
        <a
          className="button"
          href={`/api/plans/${encodeURIComponent(planId)}/calendar.ics`}
          download="backstride-plan.ics"
        >
          Download the plan (.ics)
        </a>
      </p>
      <p className="muted">
        Or subscribe: a private address your calendar app checks for changes, so the plan stays up to date
        there. Anyone with the address can see your plan, so keep it to yourself; you can stop it here at any
        time.
      </p>
      {load.state === 'loading' && <p className="muted">Looking for your calendar link…</p>}
      {load.state === 'failed' && <p role="alert">Your calendar link could not be loaded.</p>}
      {load.state === 'ready' && url === null && (
        <button type="button" className="button" disabled={busy} onClick={() => void act('make')}>
          Make a private calendar link
        </button>
      )}
      {url !== null && (
        <>
          <div className="field">
            <label htmlFor={urlId}>Your private calendar link</label>
            <input id={urlId} readOnly value={url} onFocus={(e) => e.target.select()} />
          </div>
          <div className="button-row">
            <button type="button" className="button primary" onClick={() => void copy(url)}>
              Copy link
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void act('revoke')}>
              Stop this link
            </button>
          </div>
        </>
      )}
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
