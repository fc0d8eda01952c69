/**
 * About backstride: what it is, its version and licence, and the notices of the third-party parts it ships
 * to the browser (the form check's pose models and runtime). Open to everyone: signed in it sits in the app's
 * frame, signed out in the public one.
 */
import { useEffect, useState } from 'react';
import { Link, Outlet } from 'react-router';
import { FORM_NOTICES } from '../form/pipeline/notices';
import { Shell } from '../components/shell';
import { apiCall } from '../lib/api';
import { useAuth } from '../lib/auth';
import { usePageTitle } from '../lib/page-title';
import { SettingsProvider } from '../lib/settings';
import '../public/public-pages.css';
import './about.css';

export function AboutPage() {
  usePageTitle('About backstride');
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    apiCall('GET /api/health')
      .then((h) => setVersion(h.version))
      .catch(() => setVersion(null));
  }, []);
  return (
    <div className="about">
      <h1>About backstride</h1>
      <p>
        backstride helps runners with lower back pain decide whether to run today, find what is likely behind
        the pain, and work on it with a guided plan. It never diagnoses: it tells you when to see a
        professional.
      </p>
      <p>
        It is free, open-source software. Anyone can run it on their own server, so your records stay with
        whoever you trust to run it. The form check analyses videos on your phone; they are never uploaded.
      </p>
      <dl className="about-facts">
        <dt>Version</dt>
        <dd>{version ?? '…'}</dd>
        <dt>Licence</dt>
        <dd>
          <a href="https://www.apache.org/licenses/LICENSE-2.0" rel="noopener">
            Apache License 2.0
          </a>
        </dd>
      </dl>
      <section aria-labelledby="notices-h">
        <h2 id="notices-h">Third-party notices</h2>
        <p>
          The form check runs these open-source parts in your browser. They are served by this server, not
          fetched from anyone else.
        </p>
        {FORM_NOTICES.length === 0 ? (
          <p className="muted">No third-party parts are shipped to the browser for the form check yet.</p>
        ) : (
          <ul className="about-notices">
            {FORM_NOTICES.map((n) => (
              <li key={`${n.name}@${n.version}`} className="card">
                <h3>
                  {n.name} <span className="muted">{n.version}</span>
                </h3>
                <p>{n.use}</p>
                <p className="small">
                  Licence: {n.licence} ·{' '}
                  <a href={n.url} rel="noopener">
                    Project page
                  </a>
                </p>
                <details>
                  <summary>Licence text of {n.name}</summary>
                  {/* A long text scrolls inside its box: focusable, so a keyboard can scroll it too. */}
                  <pre className="about-licence" tabIndex={0} aria-label={`Licence text of ${n.name}`}>
                    {n.text}
                  </pre>
                </details>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** `/about` in the app's frame when signed in, or a plain public frame when not. */
export function AboutFrame() {
  const { me, loading } = useAuth();
  if (loading)
    return (
      <p className="loading" role="status">
        Loading…
      </p>
    );
  if (me)
    return (
      <SettingsProvider>
        <Shell />
      </SettingsProvider>
    );
  return (
    <div className="landing">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="landing-top">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          backstride
        </Link>
        <Link className="button landing-login" to="/log-in">
          Log in
        </Link>
      </header>
      <main id="main" className="landing-main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
