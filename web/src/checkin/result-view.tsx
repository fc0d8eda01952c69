import { Link } from 'react-router';
import { meanwhileLines } from '../../../src/core/checkin';
import type { TriageResultOut } from '../../../src/contract/checkins';
import { useSettings } from '../lib/settings';
import { usePageTitle } from '../lib/page-title';
import { FACTOR_TEXT, factorNext, findingPhrase, URGENCY_LOOK } from './words';
import { UrgencyBadge } from './urgency-badge';
import { WhyThisAnswer } from './why-this-answer';

export { EmergencyCard } from './emergency-card';

export { UrgencyBadge } from './urgency-badge';

/**
 * Urgent or see-a-clinician: how soon (from the deciding rule), every fired rule's action with the deciding one
 * first, what to stop meanwhile, and what to tell the clinician.
 */
export function ClinicianResult({ result }: { result: TriageResultOut }) {
  const look = URGENCY_LOOK[result.urgency];
  const deciding = result.rules[0];
  usePageTitle(deciding ? `${look.word}: ${deciding.when}` : look.word);
  return (
    <section className={`result-card ${look.className}`} aria-labelledby="res-h">
      <UrgencyBadge urgency={result.urgency} />
      <h1 id="res-h">{deciding?.when ?? look.word}</h1>
      {result.rules.map((r, i) => (
        <p key={r.id} className={i === 0 ? 'result-action' : 'result-action secondary'}>
          {r.action}
        </p>
      ))}
      <h2>Meanwhile</h2>
      <ul>
        {meanwhileLines(result.rules).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <h2>What to tell them</h2>
      <ul>
        {result.rules.map((r) => (
          <li key={r.id}>{r.title}</li>
        ))}
      </ul>
      <WhyThisAnswer rules={result.rules} />
    </section>
  );
}

/** The safety net, open on the page (checkin-rules §9.9): what needs emergency care, and when to check in again. */
function SafetyNetCard({ net, number }: { net: NonNullable<TriageResultOut['safetyNet']>; number: string }) {
  return (
    <section className="safety-net" aria-labelledby="sn-h">
      <h2 id="sn-h">
        <span aria-hidden="true" className="safety-icon">
          !
        </span>{' '}
        {net.goNow.title}
      </h2>
      <ul>
        {net.goNow.signs.map((s) => (
          <li key={s.id}>{s.text}</li>
        ))}
      </ul>
      <p>
        <strong>{net.goNow.action}</strong>
      </p>
      <p>
        <a className="button danger" href={`tel:${number}`}>
          Call {number}
        </a>
      </p>
      <h3>Check in again at once if</h3>
      <ul>
        {net.checkInAgain.map((s) => (
          <li key={s.id}>{s.text}</li>
        ))}
      </ul>
      <p>
        <Link to="/check-in/new">Start a new check-in</Link>
      </p>
    </section>
  );
}

/** Self-care: likely causes ranked with a one-line why, next steps, and the safety net in full view. */
export function SelfManageResult({ result }: { result: TriageResultOut }) {
  const { units } = useSettings();
  usePageTitle('Self-care: your result');
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
              <span className="because">
                Because of {f.because.map((x) => findingPhrase(x, units)).join(', ')}.
              </span>
              <span className="next">{factorNext(f.id, units)}</span>
            </li>
          ))}
        </ol>
      )}
      <h2>Next steps</h2>
      <ul>
        <li>Keep active; easy running is fine while the pain stays the same or settles.</li>
        <li>Take at least one full rest day a week.</li>
        <li>
          Check in again in a week, or at once if one of the changes under “Check in again at once if”
          happens. The signs under “{result.safetyNet?.goNow.title ?? 'Go now'}” need help straight away, not
          a check-in.
        </li>
      </ul>
      {result.safetyNet && <SafetyNetCard net={result.safetyNet} number={result.emergencyContact.number} />}
      <WhyThisAnswer rules={result.rules} />
    </section>
  );
}
