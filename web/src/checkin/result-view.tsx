import { Link } from 'react-router';
import type { FiredRule, TriageResult } from '../../../src/core/checkin';
import { FACTOR_TEXT, findingPhrase, sourceText, URGENCY_LOOK } from './words';

/** Which rules fired and what they rest on: shown on request under every result. */
function WhyThisAnswer({ rules }: { rules: FiredRule[] }) {
  return (
    <details className="why">
      <summary>Why this answer: rules and sources</summary>
      <ul>
        {rules.map((r) => (
          <li key={r.id}>
            <strong>
              {r.id}: {r.title}
            </strong>{' '}
            <span className="muted">({URGENCY_LOOK[r.urgency].word.toLowerCase()})</span>
            <ul className="sources">
              {r.sources.map((s) => (
                <li key={s}>{sourceText(s)}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
}

function UrgencyBadge({ urgency }: { urgency: TriageResult['urgency'] }) {
  const look = URGENCY_LOOK[urgency];
  return (
    <span className={`badge ${look.className}`}>
      <span aria-hidden="true" className="badge-icon">
        {look.icon}
      </span>
      <span>{look.word}</span>
    </span>
  );
}

export { UrgencyBadge };

/** Red, full screen, one action first: nothing else competes with it. */
export function EmergencyCard({ result }: { result: TriageResult }) {
  const action = result.rules[0]?.action ?? 'Go to an emergency department now.';
  const cut = action.indexOf('. ');
  const headline = cut > 0 ? action.slice(0, cut + 1) : action;
  const rest = cut > 0 ? action.slice(cut + 2) : '';
  return (
    <div
      className="emergency-screen"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="em-h"
      aria-describedby="em-a"
    >
      <div className="emergency-inner">
        <p className="emergency-word">
          <span aria-hidden="true" className="emergency-icon">
            !
          </span>{' '}
          <span>Emergency</span>
        </p>
        <h1 id="em-h">{headline}</h1>
        <p id="em-a" className="emergency-action">
          {rest}
        </p>
        <p>
          Call your local emergency number if you cannot get there safely: <strong>999</strong> (UK),{' '}
          <strong>112</strong> (Europe), <strong>911</strong> (US and Canada). Do not run.
        </p>
        {result.rules.length > 0 && (
          <div className="emergency-say">
            <h2>What to tell them</h2>
            <ul>
              {result.rules
                .filter((r) => r.urgency === 'emergency')
                .map((r) => (
                  <li key={r.id}>{r.title}</li>
                ))}
            </ul>
          </div>
        )}
        <WhyThisAnswer rules={result.rules} />
        <Link className="emergency-home" to="/">
          Back to the app
        </Link>
      </div>
    </div>
  );
}

/** Urgent or see-a-clinician: when, what to say, and whether to keep running. */
export function ClinicianResult({ result }: { result: TriageResult }) {
  const look = URGENCY_LOOK[result.urgency];
  const main = result.rules.filter((r) => r.urgency === result.urgency);
  return (
    <section className={`result-card ${look.className}`} aria-labelledby="res-h">
      <UrgencyBadge urgency={result.urgency} />
      <h1 id="res-h">{look.when}</h1>
      {main.map((r) => (
        <p key={r.id} className="result-action">
          {r.action}
        </p>
      ))}
      <h2>What to tell them</h2>
      <ul>
        {result.rules.map((r) => (
          <li key={r.id}>{r.title}</li>
        ))}
      </ul>
      <h2>Running meanwhile</h2>
      <p>
        {result.stopRunning
          ? 'Stop running until you have been seen. Gentle walking is fine if it does not make things worse.'
          : 'You can keep moving gently and keep easy runs if they do not make the pain worse. Staying active helps most back pain.'}
      </p>
      <WhyThisAnswer rules={result.rules} />
    </section>
  );
}

/** Self-care: likely causes ranked with a one-line why, next steps, and the safety net one tap away. */
export function SelfManageResult({ result }: { result: TriageResult }) {
  return (
    <section className="result-card u-selfmanage" aria-labelledby="res-h">
      <UrgencyBadge urgency="self_manage" />
      <h1 id="res-h">Nothing here needs a doctor right now</h1>
      <p>Your answers fit ordinary running-related back pain. Here is what seems to be feeding it.</p>
      <h2>Likely causes</h2>
      {result.factors.length === 0 ? (
        <p>
          No single cause stands out from your answers. Strength work for your core and glutes and a steady
          build of distance help most runners.
        </p>
      ) : (
        <ol className="factors">
          {result.factors.map((f) => (
            <li key={f.id}>
              <strong>{FACTOR_TEXT[f.id].name}</strong>
              <span className="because">Because of {f.because.map(findingPhrase).join(', ')}.</span>
              <span className="next">{FACTOR_TEXT[f.id].next}</span>
            </li>
          ))}
        </ol>
      )}
      <h2>Next steps</h2>
      <ul>
        <li>Keep active; easy running is fine if the pain stays the same or settles.</li>
        <li>Take at least one full rest day a week.</li>
        <li>Check in again in a week, or straight away if anything below happens.</li>
      </ul>
      {result.safetyNet && (
        <details className="safety-net">
          <summary>When to stop and get help</summary>
          <h3>{result.safetyNet.caudaEquinaCard.title}</h3>
          <ul>
            {result.safetyNet.caudaEquinaCard.symptoms.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
          <p>
            <strong>{result.safetyNet.caudaEquinaCard.action}</strong>
          </p>
          <h3>Check in again if</h3>
          <ul>
            {result.safetyNet.retriageTriggers.map((t) => (
              <li key={t.id}>{t.text}</li>
            ))}
          </ul>
        </details>
      )}
      <WhyThisAnswer rules={result.rules} />
    </section>
  );
}
