/** When the diary says to see a professional: why, what to tell them, the entries behind it, and a new check-in. */
import { Link } from 'react-router';
import type { PainEscalation, PainEntryView } from '../../../src/contract/pain';
import { dayLabel } from './words';

const TITLES = {
  not_easing: 'Your pain is not easing with rest',
  pain_rise: 'Your pain has stayed higher for over a week',
  no_improvement: 'Your pain has not clearly improved on the plan',
} as const;

export function EscalationCard({
  escalation,
  entries,
}: {
  escalation: PainEscalation;
  entries: readonly PainEntryView[];
}) {
  if (escalation.triggers.length === 0) return null;
  const byId = new Map(entries.map((e) => [e.id, e]));
  return (
    <section className="card pain-escalation" aria-labelledby="escalation-h" role="region">
      <h2 id="escalation-h">
        <span className="badge u-clinician">See a professional</span>
      </h2>
      {escalation.triggers.map((t) => (
        <div key={t.code} className="trigger" data-code={t.code}>
          <h3>{TITLES[t.code]}</h3>
          <p>{t.message}</p>
          <h4>What to tell them</h4>
          <ul>
            {t.tellThem.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="muted">
            Based on {t.entryIds.length} {t.entryIds.length === 1 ? 'entry' : 'entries'} from{' '}
            {dayLabel(t.from)} to {dayLabel(t.to)}
            {t.entryIds.some((id) => byId.has(id)) ? ', marked in the list below.' : '.'}
          </p>
        </div>
      ))}
      <div className="card-actions">
        <Link className="button primary" to="/check-in/new">
          Do a new check-in
        </Link>
      </div>
    </section>
  );
}
