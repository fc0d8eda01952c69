import { useEffect, useId, useState } from 'react';
import type { ShareLink } from '../../../src/contract/report';
import { ApiError, apiCall } from '../lib/api';
import { browserTimeZone } from '../lib/time-zone';
import { ReportEntry } from './report-links';
import './report.css';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; items: ShareLink[] };

const STATUS_WORDS: Record<ShareLink['status'], string> = {
  active: 'Works until',
  expired: 'Expired',
  revoked: 'Stopped',
};

const when = (iso: string) =>
  new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * Settings: the report for a clinician, and read-only links to it that expire (7 days unless chosen),
 * each copied or stopped here.
 */
export function ShareLinksSection() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [label, setLabel] = useState('');
  const [days, setDays] = useState(7);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const labelId = useId();
  const daysId = useId();

  useEffect(() => {
    let live = true;
    apiCall('GET /api/shares')
      .then((list) => live && setLoad({ state: 'ready', items: list.items }))
      .catch(() => live && setLoad({ state: 'failed' }));
    return () => {
      live = false;
    };
  }, []);

  const items = load.state === 'ready' ? load.items : [];

  async function run(action: () => Promise<ShareLink[]>, done: string) {
    setBusy(true);
    setError('');
    setSaid('');
    try {
      setLoad({ state: 'ready', items: await action() });
      setSaid(done);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'That did not work. Try again.');
    } finally {
      setBusy(false);
    }
  }

  const make = () =>
    run(async () => {
      const link = await apiCall('POST /api/shares', {
        body: { days, label: label.trim() || null, timeZone: browserTimeZone() },
      });
      setLabel('');
      return [link, ...items];
    }, 'Your link is ready: copy it and send it to your physio.');

  const revoke = (id: string) =>
    run(async () => {
      await apiCall('DELETE /api/shares/:id', { params: { id } });
      return (await apiCall('GET /api/shares')).items;
    }, 'The link is stopped: it no longer opens your report.');

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setSaid('Copied.');
    } catch {
      setSaid('Copying is blocked here: select the address and copy it by hand.');
    }
  }

  return (
    <section className="card share-links" aria-labelledby="share-h">
      <h2 id="share-h">Report for your physio</h2>
      <ReportEntry />
      <h3>Share it with a link</h3>
      <p className="muted">
        A link opens the report and nothing else of your account, read-only, until it expires or you stop it.
        Anyone with the link can read the report, so send it only to the person it is for.
      </p>
      <form
        className="share-form"
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <div className="field">
          <label htmlFor={labelId}>Who it is for (optional)</label>
          <input
            id={labelId}
            value={label}
            maxLength={80}
            placeholder="Physio"
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={daysId}>Works for</label>
          <select id={daysId} value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {[1, 7, 14, 30].map((d) => (
              <option key={d} value={d}>
                {d === 1 ? '1 day' : `${d} days`}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          Make a share link
        </button>
      </form>
      {load.state === 'loading' && <p className="muted">Looking for your links…</p>}
      {load.state === 'failed' && <p role="alert">Your share links could not be loaded.</p>}
      {load.state === 'ready' && items.length === 0 && <p className="muted">No share links yet.</p>}
      {items.length > 0 && (
        <ul className="share-list" aria-label="Your share links">
          {items.map((link) => (
            <li key={link.id} className={`share-item share-${link.status}`}>
              <p>
                <strong>{link.label ?? 'Share link'}</strong>, made {when(link.createdAt)}.{' '}
                {STATUS_WORDS[link.status]}{' '}
                {link.status === 'revoked' && link.revokedAt ? when(link.revokedAt) : when(link.expiresAt)}.
              </p>
              {link.status === 'active' && (
                <>
                  <input
                    aria-label={`Address of ${link.label ?? 'the share link'}`}
                    readOnly
                    value={link.url}
                    onFocus={(e) => e.target.select()}
                  />
                  <div className="button-row">
                    <button type="button" className="button" onClick={() => void copy(link.url)}>
                      Copy link
                    </button>
                    <button
                      type="button"
                      className="button"
                      disabled={busy}
                      onClick={() => void revoke(link.id)}
                    >
                      Stop this link
                    </button>
                  </div>
                </>
              )}
            </li>
          ))}
        </ul>
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
