import { Link } from 'react-router';
import { Icon, type IconName } from '../components/icons';
import { usePageTitle } from '../lib/page-title';
import './public-pages.css';

const POINTS: { icon: IconName; title: string; body: string }[] = [
  {
    icon: 'shield',
    title: 'It checks for warning signs, every time',
    body: 'Each check-in starts with the questions about signs that need a doctor. If you have one, it tells you plainly what to do and how soon.',
  },
  {
    icon: 'runs',
    title: 'It finds the likely causes',
    body: 'From your answers and from your own watch data: a sudden jump in distance, a change of shoes or surface, an old injury. The most likely come first.',
  },
  {
    icon: 'plan',
    title: 'It guides what to do next',
    body: 'Next steps that fit those causes after every check-in. A guided weekly plan with timed exercises is on the way.',
  },
  {
    icon: 'lock',
    title: 'Your data stays on this server',
    body: 'It is kept on the server that you or your club runs, not by a company. It is never sold or shared.',
  },
];

/** What a signed-out visitor sees at `/`: what backstride is and is not, and the way in. */
export function LandingPage() {
  usePageTitle('Running with a sore back, safely');
  return (
    <div className="landing">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="landing-top">
        <span className="brand">
          <span className="brand-mark" aria-hidden="true" />
          backstride
        </span>
        <Link className="button landing-login" to="/log-in">
          Log in
        </Link>
      </header>
      <main id="main" className="landing-main" tabIndex={-1}>
        <section className="landing-hero" aria-labelledby="landing-h">
          <h1 id="landing-h">Running with a sore back, safely</h1>
          <p className="landing-lead">
            backstride is for runners with lower back pain. It helps you decide whether to run today, find out
            what is likely behind the pain, and work on it.
          </p>
          <div className="landing-actions">
            <Link className="button primary wide" to="/sign-up">
              Create an account
            </Link>
            <Link className="button wide" to="/log-in">
              Log in
            </Link>
          </div>
        </section>

        <section aria-labelledby="landing-what">
          <h2 id="landing-what">What it does</h2>
          <ul className="landing-points">
            {POINTS.map((p) => (
              <li key={p.title}>
                <span className="landing-point-icon">
                  <Icon name={p.icon} />
                </span>
                <div>
                  <h3>{p.title}</h3>
                  <p>{p.body}</p>
                </div>
              </li>
            ))}
          </ul>
        </section>

        <section className="landing-not" aria-labelledby="landing-not-h">
          <h2 id="landing-not-h">What it is not</h2>
          <p>
            It is not a diagnosis, and it does not replace a doctor or physiotherapist. It tells you when to
            see one.
          </p>
          <p>
            If you feel very unwell, or think you need help now, do not wait for an app: call your doctor or
            your local emergency number.
          </p>
        </section>

        <section className="landing-end" aria-labelledby="landing-start">
          <h2 id="landing-start">Start with a check-in</h2>
          <p>All you need is an email address and a password. The first check-in takes a few minutes.</p>
          <Link className="button primary wide" to="/sign-up">
            Create an account
          </Link>
          <p className="landing-switch">
            Already have an account? <Link to="/log-in">Log in</Link>
          </p>
        </section>
      </main>
      <footer className="landing-foot">
        <p>backstride is free, open-source software that anyone can run on their own server.</p>
        <p>
          <Link to="/about">About backstride and its licences</Link>
        </p>
      </footer>
    </div>
  );
}
