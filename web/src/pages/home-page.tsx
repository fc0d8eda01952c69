import { Link } from 'react-router';
import { Icon } from '../components/icons';

/** Home answers three questions at a glance: safe to run today, what's planned, how the back is trending. */
export function HomePage() {
  return (
    <>
      <h1>Today</h1>
      <div className="cards">
        <section className="card" aria-labelledby="safe-h">
          <h2 id="safe-h">
            <Icon name="shield" /> Safe to run today?
          </h2>
          <p>
            Answer a few questions about your back first. It takes about two minutes and checks for the signs
            that need a doctor.
          </p>
          <Link className="button primary" to="/check-in">
            Start a check-in
          </Link>
        </section>
        <section className="card" aria-labelledby="plan-h">
          <h2 id="plan-h">
            <Icon name="plan" /> On the plan
          </h2>
          <p>Your strength, stretching and rest days will show here once a check-in has built your plan.</p>
        </section>
        <section className="card" aria-labelledby="trend-h">
          <h2 id="trend-h">
            <Icon name="pain" /> Your back, lately
          </h2>
          <p>A line of your pain scores over the weeks will appear here as you log them.</p>
        </section>
      </div>
    </>
  );
}
