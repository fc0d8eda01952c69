/**
 * Patterns in the diary: for each condition, the average pain when it held and when it did not, as two bars
 * on the same 0–10 scale, with the counts they rest on and the pattern in words. Conditions without enough
 * entries say how many there are and how many are needed.
 */
import { useEffect, useState } from 'react';
import type { InsightView, PainInsightsView } from '../../../src/contract/pain';
import { apiCall } from '../lib/api';

type Load = { state: 'loading' } | { state: 'failed' } | { state: 'ready'; insights: PainInsightsView };

const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

function Bar({ label, mean, entries, tone }: { label: string; mean: number; entries: number; tone: string }) {
  return (
    <div className={`insight-bar ${tone}`}>
      <span className="insight-bar-label">{label}</span>
      <span className="insight-bar-track">
        <span className="insight-bar-fill" style={{ width: `${Math.max(mean, 0.1) * 10}%` }} />
      </span>
      <span className="insight-bar-value">
        <strong>{mean}</strong>
        <small>{count(entries)}</small>
      </span>
    </div>
  );
}

function InsightRow({ insight }: { insight: InsightView }) {
  const { with: w, without: wo } = insight;
  return (
    <li className="insight" data-insight={insight.code}>
      <h3>{insight.title}</h3>
      {w.mean !== null && wo.mean !== null && (
        <div className="insight-bars" aria-hidden="true">
          <Bar label={insight.withLabel} mean={w.mean} entries={w.entries} tone="with" />
          <Bar label={insight.withoutLabel} mean={wo.mean} entries={wo.entries} tone="without" />
        </div>
      )}
      <p>{insight.summary}</p>
    </li>
  );
}

/** Loads the insights again whenever `version` changes (after an entry is saved or deleted). */
export function InsightsCard({ timeZone, version }: { timeZone: string; version: number }) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    apiCall('GET /api/pain/insights', { query: { timeZone } })
      .then((insights) => live && setLoad({ state: 'ready', insights }))
      .catch(() => live && setLoad((l) => (l.state === 'ready' ? l : { state: 'failed' })));
    return () => {
      live = false;
    };
  }, [timeZone, version]);

  return (
    <section className="card insights-card" aria-labelledby="insights-h">
      <h2 id="insights-h">Patterns in your diary</h2>
      {load.state === 'loading' && <p className="muted">Looking for patterns…</p>}
      {load.state === 'failed' && <p>Patterns could not be loaded. Check your connection and try again.</p>}
      {load.state === 'ready' && <InsightList insights={load.insights} />}
    </section>
  );
}

function InsightList({ insights }: { insights: PainInsightsView }) {
  const shown = insights.insights.filter((i) => i.enough);
  const thin = insights.insights.filter((i) => !i.enough);
  return (
    <>
      <p className="muted">
        Average pain (0–10) of your entries with and without each condition, over the last 12 weeks (
        {count(insights.entries)}).
      </p>
      {shown.length === 0 && (
        <p>
          No pattern to show yet. Keep logging your pain, including on good days and after runs: a pattern
          needs at least 5 entries on 3 different days on each side.
        </p>
      )}
      {shown.length > 0 && (
        <ul className="insights">
          {shown.map((i) => (
            <InsightRow key={i.code} insight={i} />
          ))}
        </ul>
      )}
      {thin.length > 0 && (
        <details className="insights-thin">
          <summary>Not enough data yet for {thin.length === 1 ? 'one more' : `${thin.length} more`}</summary>
          <ul>
            {thin.map((i) => (
              <li key={i.code} data-insight={i.code}>
                <h3>{i.title}</h3>
                <p className="muted">{i.summary}</p>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="insight-caveat">{insights.caveat}</p>
    </>
  );
}
