/**
 * The running traffic light (clinical evidence §4.3) and what it decides for next week. What is chosen where the
 * issue is silent:
 *
 * - A run is green with pain during 0–3, amber with 4–5, red above 5, or when pain rose during the run, or the
 *   runner limped, or the next morning was worse than the baseline (the check-in's pain; this run's pain during
 *   without one). A next morning not known yet leaves the run to its pain during.
 * - A week takes the worst light of its logged runs; a week without run logs goes on as planned.
 * - Next week: green keeps the planned target; amber holds this week's target; red lowers it by
 *   `RED_LOWER_PCT` % (about two weeks of building undone, with or without a week before to go back to).
 *   The load rules then cap every week on from what the week before really holds (`adapt-run-weeks.ts`).
 * - A red run pauses running for the `RED_PAUSE_DAYS` days after it: those runs become pain-free active
 *   recovery and their distance is not moved elsewhere.
 */
import { dayNumber, isoDay, mondayOf } from '../load/calendar';
import type { PlanChange, RunZone } from './adapt-types';
import { addDays, worseNextMorning } from './adapt-logs';
import { GOOD_PAIN_MAX, HOLD_PAIN_MAX } from './adapt-exercise';
import type { PlanLog } from './plan-log';
import type { Plan } from './plan-types';

/** Next week after a red week, percent lower. */
export const RED_LOWER_PCT = 20;
/** Days without running after a red run. */
export const RED_PAUSE_DAYS = 2;

/**
 * @example runZone({ painDuring: 3, painNextMorning: 2, painRoseDuring: false, limped: false, ... }, 2) // 'green'
 * @example runZone({ painDuring: 4, painNextMorning: null, ... }, 2) // 'amber'
 */
export function runZone(log: PlanLog, baselinePain: number | null): RunZone {
  if (log.painDuring > HOLD_PAIN_MAX || log.painRoseDuring || log.limped) return 'red';
  if (worseNextMorning(baselinePain, log)) return 'red';
  return log.painDuring > GOOD_PAIN_MAX ? 'amber' : 'green';
}

/** The light of every run log, in the order given (sort first). */
export const runZones = (
  sorted: readonly PlanLog[],
  baselinePain: number | null,
): { date: string; zone: RunZone }[] =>
  sorted.filter((l) => l.kind === 'run').map((l) => ({ date: l.date, zone: runZone(l, baselinePain) }));

const RANK: Record<RunZone, number> = { green: 0, amber: 1, red: 2 };

/** How next week's target is set: as planned, held at this week's, or lowered. */
export type WeekRule = 'as_planned' | 'hold' | 'lower';

export interface RunDecisions {
  /** Per plan week, how its target is set from the week before. */
  rules: WeekRule[];
  /** Days on which running pauses after a red run. */
  pauses: Set<string>;
  changes: PlanChange[];
}

/**
 * The decisions the run logs make: per week a rule for the week after, and the pauses after red runs.
 * @example runDecisions(plan, sortLogs(logs), 2).rules // ['as_planned', 'hold', ...]
 */
export function runDecisions(
  plan: Plan,
  sorted: readonly PlanLog[],
  baselinePain: number | null,
): RunDecisions {
  const rules: WeekRule[] = plan.weeks.map(() => 'as_planned');
  const pauses = new Set<string>();
  const changes: PlanChange[] = [];
  const weekIndex = new Map(plan.weeks.map((w, i) => [w.weekStart, i]));
  const byWeek = new Map<number, { date: string; zone: RunZone }[]>();
  for (const log of sorted) {
    if (log.kind !== 'run') continue;
    const w = weekIndex.get(isoDay(mondayOf(dayNumber(log.date))));
    if (w === undefined) continue;
    const zone = runZone(log, baselinePain);
    byWeek.set(w, [...(byWeek.get(w) ?? []), { date: log.date, zone }]);
    if (zone === 'red') {
      const days = Array.from({ length: RED_PAUSE_DAYS }, (_, i) => addDays(log.date, i + 1));
      days.forEach((d) => pauses.add(d));
      changes.push({
        kind: 'run_pause',
        from: days[0]!,
        because: [log.date],
        message: `No running for the next ${RED_PAUSE_DAYS} days: ${redReason(log, baselinePain)}. An easy walk, bike or swim instead, only if it does not hurt.`,
      });
    }
  }
  for (const [w, runs] of [...byWeek.entries()].sort((a, b) => a[0] - b[0])) {
    const next = plan.weeks[w + 1];
    if (!next) continue;
    const zone = runs.reduce<RunZone>((worst, r) => (RANK[r.zone] > RANK[worst] ? r.zone : worst), 'green');
    const because = [...new Set(runs.map((r) => r.date))];
    const from = next.weekStart;
    if (zone === 'green') {
      changes.push({
        kind: 'run_progress',
        from,
        because,
        message: "Next week's running builds as planned: this week's runs stayed comfortable.",
      });
    } else if (zone === 'amber') {
      rules[w + 1] = 'hold';
      changes.push({
        kind: 'run_hold',
        from,
        because,
        message:
          "Next week's running stays at this week's distance: a run hurt 4 or 5 out of 10. Slower, flatter or softer ground, or walk breaks, can help.",
      });
    } else {
      rules[w + 1] = 'lower';
      changes.push({
        kind: 'run_lower',
        from,
        because,
        message: `Next week's running drops by ${RED_LOWER_PCT} %: a run this week went into the red.`,
      });
    }
  }
  return { rules, pauses, changes };
}

function redReason(log: PlanLog, baselinePain: number | null): string {
  if (log.limped) return 'you limped on your run';
  if (log.painDuring > HOLD_PAIN_MAX) return `your run hurt ${log.painDuring} out of 10`;
  if (log.painRoseDuring) return 'pain built up as the run went on';
  return worseNextMorning(baselinePain, log)
    ? 'your back was worse the morning after the run'
    : 'the run went into the red';
}
