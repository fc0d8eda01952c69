import { useState } from 'react';
import { Link } from 'react-router';
import { doseWords } from '../../../src/core/plan/dose-words';
import { LIBRARY } from '../../../src/core/plan/library';
import {
  ICE_OR_HEAT_ADVICE,
  iceOrHeat,
  RECOVERY_SECTIONS,
  type SoreSigns,
} from '../../../src/core/plan/recovery-guide';
import { usePageTitle } from '../lib/page-title';
import './plan.css';

const SIGN_WORD: Record<keyof SoreSigns, string> = {
  swelling: 'Swollen or warm to the touch',
  freshSoreness: 'Sore since a run or a knock in the last day or two',
  stiffness: 'Stiff when you get up or start moving',
  tightness: 'Muscles feel tight or knotted',
};

/** Ice or heat from what the runner ticks; the advice and its evidence change as they tick. */
function IceOrHeatChooser() {
  const [signs, setSigns] = useState<SoreSigns>({
    swelling: false,
    freshSoreness: false,
    stiffness: false,
    tightness: false,
  });
  const advice = ICE_OR_HEAT_ADVICE[iceOrHeat(signs)];
  return (
    <section className="card" aria-labelledby="ice-h">
      <h2 id="ice-h">Ice or heat?</h2>
      <p>Ice suits swelling and fresh soreness; heat suits stiffness and tightness. What do you notice?</p>
      <fieldset className="tick-list">
        <legend>Tick what fits</legend>
        {(Object.keys(SIGN_WORD) as (keyof SoreSigns)[]).map((k) => (
          <label key={k} className="choice">
            <input
              type="checkbox"
              checked={signs[k]}
              onChange={(e) => setSigns({ ...signs, [k]: e.target.checked })}
            />
            {SIGN_WORD[k]}
          </label>
        ))}
      </fieldset>
      <div className="advice" aria-live="polite">
        <h3>{advice.title}</h3>
        <ul className="plain-list">
          {advice.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="muted evidence">{advice.evidence}</p>
      </div>
    </section>
  );
}

/** Recovery between runs: ice or heat, rest days, active recovery and foam rolling. */
export function RecoveryPage() {
  usePageTitle('Recovery');
  return (
    <>
      <p className="crumbs">
        <Link to="/plan">Plan</Link>
      </p>
      <h1>Recovery</h1>
      <p>
        Muscles and the tissues around your spine get stronger between sessions, not during them. These are
        the ways to help that along.
      </p>
      <div className="cards">
        <IceOrHeatChooser />
        {RECOVERY_SECTIONS.map((s) => (
          <section key={s.id} className="card" aria-labelledby={`${s.id}-h`}>
            <h2 id={`${s.id}-h`}>{s.title}</h2>
            <ul className="plain-list">
              {s.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
            {s.exercises.length > 0 && (
              <ul className="list-links">
                {s.exercises.map((id) => (
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
            )}
          </section>
        ))}
        <p className="muted">
          Pain that keeps getting worse, or new numbness, weakness or bladder changes, needs a check-in, not
          more recovery: <Link to="/check-in/new">start a check-in</Link>.
        </p>
      </div>
    </>
  );
}
