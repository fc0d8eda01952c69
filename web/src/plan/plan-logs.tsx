/**
 * What the runner logged, shown where it belongs on the plan: under each item its pain, a "Log this run"
 * form on runs that have come, and the next-morning question for recent logs that lack it. A saved answer
 * reloads the plan, so an adaptation it causes shows at once.
 */
import { createContext, useContext, useState, type ReactNode } from 'react';
import type { PlanLogRecord, PlanRecord } from '../../../src/contract/plans';
import { dayNumber } from '../../../src/core/load/calendar';
import { LOGGABLE_KINDS } from '../../../src/core/plan/plan-log';
import { NextMorning } from '../session/next-morning';
import { RunLog } from '../session/run-log';
import { kindIndex, type PlanDay } from './plan-words';

/** How many days back the next-morning question is still asked: after that, memory is no measure. */
export const MORNING_QUESTION_DAYS = 2;

interface PlanLogs {
  planId: string;
  today: string;
  logs: readonly PlanLogRecord[];
  /** True while the plan takes logs (not stopped, not ended). */
  open: boolean;
  reload: () => void;
}

const Context = createContext<PlanLogs | null>(null);

export function PlanLogsProvider({ value, children }: { value: PlanLogs; children: ReactNode }) {
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The runner's today on the plan page, or null outside it. */
export const usePlanToday = (): string | null => useContext(Context)?.today ?? null;

const isLoggable = (kind: string) => (LOGGABLE_KINDS as readonly string[]).includes(kind);

/** Logs still waiting for their next-morning answer, newest first, from the last couple of days. */
export function morningDue(record: Pick<PlanRecord, 'logs' | 'today'>): PlanLogRecord[] {
  const today = dayNumber(record.today);
  return record.logs
    .filter((l) => l.painNextMorning === null)
    .filter((l) => {
      const ago = today - dayNumber(l.date);
      return ago >= 1 && ago <= MORNING_QUESTION_DAYS;
    })
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** Under one item of a day: its log, the run-log form, or the next-morning question. */
export function ItemLog({ day, at }: { day: PlanDay; at: number }) {
  const ctx = useContext(Context);
  const [logging, setLogging] = useState(false);
  const item = day.items[at]!;
  if (!ctx || !isLoggable(item.kind) || day.date > ctx.today) return null;
  const index = kindIndex(day.items, at);
  const log = ctx.logs.find((l) => l.date === day.date && l.kind === item.kind && l.itemIndex === index);
  if (log)
    return (
      <p className="item-log">
        Logged: pain {log.painDuring}/10 during
        {log.painNextMorning !== null ? `, ${log.painNextMorning}/10 the next morning` : ''}.
      </p>
    );
  if (item.kind !== 'run' || !ctx.open) return null;
  if (!logging)
    return (
      <button type="button" className="button" onClick={() => setLogging(true)}>
        Log this run
      </button>
    );
  return <RunLog planId={ctx.planId} date={day.date} itemIndex={index} onSaved={ctx.reload} />;
}

/** The next-morning questions due, at the top of the plan. */
export function MorningChecks({ record, reload }: { record: PlanRecord; reload: () => void }) {
  // Answered here: still shown (with "Saved") after the reload the answer causes, until the page is left.
  const [answered, setAnswered] = useState<readonly string[]>([]);
  const open = morningDue(record);
  const kept = record.logs.filter((l) => answered.includes(l.id) && !open.some((o) => o.id === l.id));
  const due = [...open, ...kept];
  if (due.length === 0) return null;
  return (
    <section className="card" aria-labelledby="morning-h">
      <h2 id="morning-h">The morning after</h2>
      <p className="muted">
        How your back feels the next morning tells the plan whether to ease off or move on.
      </p>
      {due.map((log) => (
        <NextMorning
          key={log.id}
          planId={record.id}
          log={log}
          onSaved={(saved) => {
            setAnswered((ids) => (ids.includes(saved.id) ? ids : [...ids, saved.id]));
            reload();
          }}
        />
      ))}
    </section>
  );
}
