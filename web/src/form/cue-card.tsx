/** The one thing to work on first, from the plan's running-form cues, with its drills; or that nothing stands out. */
import { Link } from 'react-router';
import { FORM_CUES, type FormCueId } from '../../../src/core/plan/form-cues';
import { LIBRARY } from '../../../src/core/plan/library';

export function CueCard({
  cue,
  reason,
  cadenceTargetSpm,
}: {
  cue: FormCueId | null;
  reason?: string;
  cadenceTargetSpm: number | null;
}) {
  const found = FORM_CUES.find((c) => c.id === cue);
  return (
    <section className="card form-cue" aria-labelledby="cue-h">
      <h2 id="cue-h">{found ? `Work on this first: ${found.title}` : 'Nothing stands out'}</h2>
      {reason && <p>{reason}</p>}
      {found ? (
        <>
          <p>{found.how}</p>
          <p>
            <strong>Why it matters:</strong> {found.why}
          </p>
          <p className="muted small">{found.evidence}</p>
          <p>
            Practise it with:{' '}
            {found.drills.map((d, k) => (
              <span key={d}>
                {k > 0 && ', '}
                <Link to={`/plan/exercises/${d}`}>{LIBRARY[d].name}</Link>
              </span>
            ))}
          </p>
        </>
      ) : (
        <p>Keep running as you do, and check again in a few weeks to see how it holds.</p>
      )}
      {cadenceTargetSpm !== null && (
        <p className="form-cadence-target">
          <strong>Cadence to try: {Math.round(cadenceTargetSpm)} steps a minute</strong>, at the same easy
          speed. A running watch or a metronome app can count it for you. Build up over a few weeks.
        </p>
      )}
      <p className="muted small">
        <Link to="/plan/form">All the running form cues</Link>
      </p>
    </section>
  );
}
