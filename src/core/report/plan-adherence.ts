/**
 * What was tried and how consistently: the plan's loggable items up to today against those the runner
 * logged, by kind, with the mean pain during in the first and the last week that has logs.
 */
import { LOGGABLE_KINDS, type PlanLog } from '../plan/plan-log';
import type { Plan } from '../plan/plan-types';
import type { PlanAdherence } from './report-types';

const LOGGABLE: ReadonlySet<string> = new Set(LOGGABLE_KINDS);

export interface AdherencePlan {
  createdAt: string;
  status: string;
  plan: Pick<Plan, 'weeks'>;
  logs: readonly Pick<PlanLog, 'date' | 'kind' | 'itemIndex' | 'painDuring'>[];
}

const meanOf = (values: readonly number[]): number | null =>
  values.length ? Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 10) / 10 : null;

/**
 * Planned items (days up to and including `today`) against logged ones; a log counts once, on its own day,
 * kind and index. Null without a plan.
 * @example planAdherence(null, '2026-12-03') // null
 */
export function planAdherence(input: AdherencePlan | null, today: string): PlanAdherence | null {
  if (!input) return null;
  const byKind = new Map<string, { planned: number; logged: number }>();
  const plannedKeys = new Set<string>();
  for (const week of input.plan.weeks) {
    for (const day of week.days) {
      if (day.date > today) continue;
      const seen = new Map<string, number>();
      for (const item of day.items) {
        if (!LOGGABLE.has(item.kind)) continue;
        const index = seen.get(item.kind) ?? 0;
        seen.set(item.kind, index + 1);
        plannedKeys.add(`${day.date} ${item.kind} ${index}`);
        const k = byKind.get(item.kind) ?? { planned: 0, logged: 0 };
        k.planned += 1;
        byKind.set(item.kind, k);
      }
    }
  }
  let logged = 0;
  for (const log of input.logs) {
    if (!plannedKeys.delete(`${log.date} ${log.kind} ${log.itemIndex}`)) continue;
    logged += 1;
    byKind.get(log.kind)!.logged += 1;
  }
  const planned = [...byKind.values()].reduce((s, k) => s + k.planned, 0);
  const weekOf = (date: string) =>
    input.plan.weeks.find((w) => w.days.some((d) => d.date === date))?.weekStart ?? date;
  const weeksLogged = [...new Set(input.logs.map((l) => weekOf(l.date)))].sort();
  const painIn = (week: string | undefined) =>
    week === undefined
      ? null
      : meanOf(input.logs.filter((l) => weekOf(l.date) === week).map((l) => l.painDuring));
  return {
    startedAt: input.createdAt,
    status: input.status,
    weeks: input.plan.weeks.length,
    planned,
    logged,
    pct: planned ? Math.round((logged / planned) * 100) : null,
    byKind: LOGGABLE_KINDS.flatMap((kind) => {
      const k = byKind.get(kind);
      return k ? [{ kind, ...k }] : [];
    }),
    painFirstWeek: painIn(weeksLogged[0]),
    painLastWeek: painIn(weeksLogged.at(-1)),
  };
}
