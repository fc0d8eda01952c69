import type { TriageResultOut } from '../../../src/contract/checkins';
import { sourceText, URGENCY_LOOK } from './words';

/** Which rules fired and what they rest on: detail, shown on request under every result. */
export function WhyThisAnswer({ rules }: { rules: TriageResultOut['rules'] }) {
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
