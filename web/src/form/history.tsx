/** The saved form checks, newest first, each opening its own page, with the charts over time. */
import { Link } from 'react-router';
import type { FormCheckView } from '../../../src/contract/form';
import { FORM_CUES } from '../../../src/core/plan/form-cues';
import { HistoryChart } from './history-chart';
import { checkDay, dayWords, METRIC_WORDS } from './words';

export type HistoryLoad =
  { state: 'loading' } | { state: 'failed' } | { state: 'ready'; items: FormCheckView[] };

export function FormHistory({ load }: { load: HistoryLoad }) {
  return (
    <section className="form-history" aria-labelledby="history-h">
      <h2 id="history-h">Your saved checks</h2>
      {load.state === 'loading' && (
        <p className="loading" role="status">
          Loading your saved checks…
        </p>
      )}
      {load.state === 'failed' && (
        <p role="alert">Your saved checks could not be loaded. Check your connection and reload the page.</p>
      )}
      {load.state === 'ready' && load.items.length === 0 && (
        <p className="muted">
          Checks you save appear here, with a chart of your cadence and foot landing once there are two.
        </p>
      )}
      {load.state === 'ready' && load.items.length > 0 && (
        <>
          <HistoryChart checks={load.items} />
          <ul className="history form-history-list">
            {load.items.map((c) => (
              <li key={c.id}>
                <Link to={`/form-check/${c.id}`}>
                  <span className="history-date">{dayWords(checkDay(c))}</span>
                  <span className="history-pain">
                    {METRIC_WORDS.cadenceSpm.format(c.cadenceSpm.value)} ·{' '}
                    {METRIC_WORDS.overstrideLegs.format(c.overstrideLegs.value)} ahead
                    {c.cue ? ` · ${FORM_CUES.find((f) => f.id === c.cue)?.title ?? ''}` : ''}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
