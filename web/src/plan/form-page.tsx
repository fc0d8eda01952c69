import { Link } from 'react-router';
import { doseWords } from '../../../src/core/plan/dose-words';
import { FORM_CUES, planWeekNumber } from '../../../src/core/plan/form-cues';
import { idsOf } from '../../../src/core/plan/doses';
import { LIBRARY } from '../../../src/core/plan/library';
import { usePageTitle } from '../lib/page-title';
import { useCurrentPlan } from './use-plan';
import './plan.css';

/** The week's cue, when the plan has form cues in it (a form factor) and today is inside it. */
function useThisWeeksCue(): number | null {
  const { load } = useCurrentPlan();
  if (load.state !== 'ready') return null;
  const { plan, today } = load.record;
  const hasCues = plan.weeks.some((w) => w.days.some((d) => d.items.some((i) => i.task === 'form_cue')));
  if (!hasCues) return null;
  const week = planWeekNumber(
    plan.weeks.map((w) => w.weekStart),
    today,
  );
  return week === null ? null : (week - 1) % FORM_CUES.length;
}

/** Running form: the cues one at a time, each with why it matters, and the drills that practise them. */
export function FormPage() {
  usePageTitle('Running form');
  const thisWeek = useThisWeeksCue();
  return (
    <>
      <p className="crumbs">
        <Link to="/plan">Plan</Link>
      </p>
      <h1>Running form</h1>
      <p>
        Small changes to how you run can take load off your back. Change one thing at a time: your plan brings
        in one cue a week, in this order, so each has time to feel natural before the next.
      </p>
      <section className="card form-check-link" aria-labelledby="form-check-h">
        <h2 id="form-check-h">See your own running</h2>
        <p>
          Film a few seconds of yourself running, side-on. Your phone measures how your foot lands, your trunk
          lean and your cadence, and picks the cue to start with. The video never leaves your phone.
        </p>
        <Link className="button primary" to="/form-check">
          Start a form check
        </Link>
      </section>
      <ol className="cue-list">
        {FORM_CUES.map((cue, i) => (
          <li key={cue.id} className={`card cue${i === thisWeek ? ' cue-now' : ''}`}>
            <h2>
              <span className="cue-number">Week {i + 1}</span> {cue.title}
              {i === thisWeek && <span className="today-tag">This week</span>}
            </h2>
            <p>{cue.how}</p>
            <p>
              <strong>Why it matters:</strong> {cue.why}
            </p>
            <p className="muted evidence">{cue.evidence}</p>
            <p className="cue-drills">
              Practise it with:{' '}
              {cue.drills.map((d, k) => (
                <span key={d}>
                  {k > 0 && ', '}
                  <Link to={`/plan/exercises/${d}`}>{LIBRARY[d].name}</Link>
                </span>
              ))}
            </p>
          </li>
        ))}
      </ol>
      <section className="card" aria-labelledby="drills-h">
        <h2 id="drills-h">The drills</h2>
        <p>
          Do them after your warm-up, before the run, once or twice a week. Stop any drill that hurts your
          back.
        </p>
        <ul className="list-links">
          {idsOf('drill').map((id) => (
            <li key={id}>
              <Link to={`/plan/exercises/${id}`}>
                <span>
                  {LIBRARY[id].name}
                  <span className="muted list-sub">{doseWords(id)}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
