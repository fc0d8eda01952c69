/**
 * The pain diary: a quick entry (score, body map, when, what eased or worsened it, a note), the message to
 * see a professional when the diary calls for it, the daily worst over 8 weeks, and the entries newest first.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useLocation } from 'react-router';
import { DAY_MS, dayIn, isoDay } from '../../../src/core/load/calendar';
import { areasText, EASED_WORDS, WHEN_WORDS, WORSENED_WORDS } from '../../../src/core/pain/pain-entry';
import type { PainEntryView, PainEscalation } from '../../../src/contract/pain';
import { Icon } from '../components/icons';
import { apiCall } from '../lib/api';
import { usePageTitle } from '../lib/page-title';
import { browserTimeZone } from '../lib/time-zone';
import { EscalationCard } from './escalation-card';
import { InsightsCard } from './insights-card';
import { PainForm } from './pain-form';
import { TREND_DAYS, TrendChart } from './trend-chart';
import { capital, entryTime, joinWords } from './words';
import './pain.css';

type Load =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'ready'; entries: PainEntryView[]; escalation: PainEscalation; today: string };

export function PainPage() {
  usePageTitle('Pain diary');
  const timeZone = browserTimeZone();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [version, setVersion] = useState(0);
  const formRef = useRef<HTMLElement>(null);
  const location = useLocation();

  const refresh = useCallback(async () => {
    const now = Date.now();
    try {
      const [list, escalation] = await Promise.all([
        apiCall('GET /api/pain', {
          query: { from: new Date(now - (TREND_DAYS + 1) * DAY_MS).toISOString() },
        }),
        apiCall('GET /api/pain/escalation', { query: { timeZone } }),
      ]);
      setLoad({ state: 'ready', entries: list.items, escalation, today: isoDay(dayIn(now, timeZone)) });
    } catch {
      setLoad((l) => (l.state === 'ready' ? l : { state: 'failed' }));
    }
  }, [timeZone]);

  useEffect(() => {
    void refresh();
  }, [refresh]);
  useEffect(() => {
    if (location.hash === '#log') formRef.current?.focus();
  }, [location.hash]);

  const remove = async (entry: PainEntryView) => {
    if (!window.confirm(`Delete the entry of ${entryTime(entry.at)}?`)) return;
    try {
      await apiCall('DELETE /api/pain/:id', { params: { id: entry.id } });
      setStatus('Entry deleted.');
      setVersion((v) => v + 1);
      await refresh();
    } catch {
      setStatus('The entry could not be deleted. Check your connection and try again.');
    }
  };

  const flagged = new Set(load.state === 'ready' ? load.escalation.triggers.flatMap((t) => t.entryIds) : []);

  return (
    <>
      <h1>Pain diary</h1>
      <p className="status" role="status">
        {status}
      </p>
      <div className="cards">
        {load.state === 'ready' && <EscalationCard escalation={load.escalation} entries={load.entries} />}

        <section className="card" id="log" aria-labelledby="log-h" tabIndex={-1} ref={formRef}>
          <h2 id="log-h">
            <Icon name="pain" /> Log pain
          </h2>
          <PainForm
            onSaved={() => {
              setStatus('Entry saved.');
              setVersion((v) => v + 1);
              void refresh();
            }}
          />
        </section>

        <section className="card" aria-labelledby="trend-h">
          <h2 id="trend-h">Worst pain each day, last 8 weeks</h2>
          {load.state === 'ready' ? (
            <TrendChart entries={load.entries} timeZone={timeZone} today={load.today} />
          ) : (
            <p className="muted">
              {load.state === 'failed' ? 'Your diary could not be loaded.' : 'Loading your diary…'}
            </p>
          )}
        </section>

        <InsightsCard timeZone={timeZone} version={version} />

        <section className="card" aria-labelledby="entries-h">
          <h2 id="entries-h">Your entries</h2>
          {load.state === 'loading' && <p className="muted">Loading your entries…</p>}
          {load.state === 'failed' && (
            <div role="alert">
              <p>Your entries could not be loaded. Check your connection and try again.</p>
              <button type="button" className="button" onClick={() => void refresh()}>
                Try again
              </button>
            </div>
          )}
          {load.state === 'ready' && load.entries.length === 0 && (
            <p>
              Entries you log appear here, newest first. Log one whenever your back hurts, or to note it does
              not.
            </p>
          )}
          {load.state === 'ready' && load.entries.length > 0 && (
            <ol className="pain-entries">
              {load.entries.map((e) => (
                <li key={e.id} className={flagged.has(e.id) ? 'flagged' : undefined} data-entry={e.id}>
                  {editing === e.id ? (
                    <PainForm
                      entry={e}
                      onCancel={() => setEditing(null)}
                      onSaved={() => {
                        setEditing(null);
                        setStatus('Entry changed.');
                        setVersion((v) => v + 1);
                        void refresh();
                      }}
                    />
                  ) : (
                    <EntryRow
                      entry={e}
                      flagged={flagged.has(e.id)}
                      onEdit={() => setEditing(e.id)}
                      onDelete={() => void remove(e)}
                    />
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </>
  );
}

function EntryRow({
  entry,
  flagged,
  onEdit,
  onDelete,
}: {
  entry: PainEntryView;
  flagged: boolean;
  onEdit: () => void;
  onDelete: () => void;
}) {
  const details = [
    entry.easedBy.length > 0 && `Eased by ${joinWords(entry.easedBy.map((v) => EASED_WORDS[v]))}.`,
    entry.worsenedBy.length > 0 && `Worse with ${joinWords(entry.worsenedBy.map((v) => WORSENED_WORDS[v]))}.`,
  ].filter(Boolean);
  return (
    <article className="pain-entry">
      <p className={`pain-score-badge level-${entry.score >= 7 ? 'high' : entry.score >= 4 ? 'mid' : 'low'}`}>
        <strong>{entry.score}</strong>
        <span>/10</span>
      </p>
      <div>
        <h3>
          {entryTime(entry.at)} · {WHEN_WORDS[entry.when]}
        </h3>
        <p>{capital(areasText(entry.areas))}.</p>
        {details.length > 0 && <p className="muted">{details.join(' ')}</p>}
        {entry.note && <p className="pain-note">{entry.note}</p>}
        {flagged && <p className="pain-flag">Part of the reason to see a professional.</p>}
        <div className="entry-actions">
          <button type="button" className="link-button" onClick={onEdit}>
            Edit
          </button>
          <button type="button" className="link-button" onClick={onDelete}>
            Delete
          </button>
        </div>
      </div>
    </article>
  );
}
