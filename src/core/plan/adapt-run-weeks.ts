/**
 * Next weeks' running from the traffic light's rules (`adapt-runs.ts`), keeping the generator's load rules on
 * what the plan really holds. What is chosen where the issue is silent:
 *
 * - Week by week, a target is the lowest of: the planned target (adaptation never adds running), the rule's
 *   (hold: last week's target; lower: last week's target − 20 %), last week's actual running + 10 % (so a
 *   pause or a lowered week is built back up at 10 % a week), and the spike rule's cap over the four weeks
 *   before the two-week window (with the runner's weekly history when given, else the plan's weeks only).
 *   After a week with no running at all, the low start of the generator: 2 km a run.
 * - A changed target is split again over the week's run days from today on (the long run keeps its day,
 *   later shorter runs drop first), after the running already planned before today; a run day that loses its
 *   run gets active recovery instead of its warm-up, drills, run and stretches. Runs shorter than 1 km are not
 *   planned.
 * - Days before today are never changed.
 */
import { spikeCap } from '../load/safe-target';
import { LOAD_RULES } from '../load/weekly-distance';
import type { WeekRule } from './adapt-runs';
import { MIN_RUN_M, splitRuns } from './plan-days';
import { groupSession } from './plan-strength';
import type { Plan, PlanDay, PlanItem, PlanWeek } from './plan-types';
import { START_KM_PER_RUN, TARGET_STEP_M } from './plan-weeks';
import { RED_LOWER_PCT } from './adapt-runs';

const RUN_KINDS: ReadonlySet<PlanItem['kind']> = new Set(['warmup', 'drills', 'run', 'cooldown_stretch']);
const down100 = (m: number) => Math.floor(m / TARGET_STEP_M) * TARGET_STEP_M;
const metres = (km: number) => Math.round(km * 1000);
const toKm = (m: number) => Math.round(m / 100) / 10;
const runM = (day: PlanDay) => day.items.reduce((n, i) => n + (i.kind === 'run' ? metres(i.km ?? 0) : 0), 0);

export interface RunWeeksInput {
  plan: Plan;
  rules: readonly WeekRule[];
  pauses: ReadonlySet<string>;
  today: string;
  /** The runner's complete weeks before the plan, km, oldest first; optional. */
  historyKm?: readonly number[];
}

/**
 * @example adaptRunWeeks({ plan, rules: ['as_planned', 'hold'], pauses: new Set(), today: '2026-12-07' }).weeks[1]!.targetKm
 */
export function adaptRunWeeks({ plan, rules, pauses, today, historyKm }: RunWeeksInput): Plan {
  const series = (historyKm ?? []).map(metres);
  let prevActual: number | null = series.at(-1) ?? null;
  let prevPlanned = 0;
  const window = LOAD_RULES.baselineWeeks + 1;
  const weeks = plan.weeks.map((week, w) => {
    const planned = metres(week.targetKm);
    let target = planned;
    if (w > 0) {
      const rule = rules[w] ?? 'as_planned';
      if (rule === 'hold') target = Math.min(target, prevPlanned);
      if (rule === 'lower') target = Math.min(target, down100((prevPlanned * (100 - RED_LOWER_PCT)) / 100));
      if (prevActual !== null && prevActual > 0)
        target = Math.min(target, down100(Math.floor((prevActual * (100 + LOAD_RULES.rule10Pct)) / 100)));
      if (prevActual === 0) {
        const runDays = week.days.filter((d) => runM(d) > 0).length;
        target = Math.min(target, runDays * START_KM_PER_RUN * 1000);
      }
      if (series.length >= window) {
        const cap = spikeCap(series.slice(-window, -1));
        if (cap !== null) target = Math.min(target, down100(cap));
      }
    }
    const out = resplitWeek(week, target, today, pauses);
    const actual = metres(out.targetKm);
    series.push(actual);
    prevActual = actual;
    prevPlanned = target;
    return out;
  });
  return { ...plan, weeks };
}

/**
 * A week with its running from today on set to reach `targetM` (with the runs before today), and no run on a
 * paused day. The week itself when nothing changes.
 * @example resplitWeek(week, 8_000, '2026-12-07', new Set()).targetKm // 8
 */
export function resplitWeek(
  week: PlanWeek,
  targetM: number,
  today: string,
  pauses: ReadonlySet<string>,
): PlanWeek {
  const future = week.days.filter((d) => d.date >= today && runM(d) > 0);
  const paused = future.filter((d) => pauses.has(d.date));
  if (targetM === metres(week.targetKm) && paused.length === 0) return week;
  const newM = new Map(future.map((d) => [d.date, runM(d)]));
  if (targetM !== metres(week.targetKm)) {
    const pastM = week.days.filter((d) => d.date < today).reduce((n, d) => n + runM(d), 0);
    let budget = down100(Math.max(0, targetM - pastM));
    if (budget < MIN_RUN_M) budget = 0;
    const long = future.reduce<PlanDay | undefined>(
      (best, d) => (!best || runM(d) >= runM(best) ? d : best),
      undefined,
    );
    const others = future.filter((d) => d !== long);
    const split = splitRuns(budget, future.length);
    newM.clear();
    if (long && split.length > 0) newM.set(long.date, split[0]!);
    split.slice(1).forEach((m, i) => newM.set(others[i]!.date, m));
  }
  for (const d of paused) newM.delete(d.date);
  const days = week.days.map((day): PlanDay => {
    if (day.date < today || runM(day) === 0) return day;
    const m = newM.get(day.date);
    if (m !== undefined)
      return { ...day, items: day.items.map((i) => (i.kind === 'run' ? { ...i, km: toKm(m) } : i)) };
    const items = day.items.filter((i) => !RUN_KINDS.has(i.kind));
    if (!items.some((i) => i.kind === 'active_recovery'))
      items.push({ kind: 'active_recovery', exercises: groupSession('active_recovery') });
    return { ...day, items };
  });
  const total = days.reduce((n, d) => n + runM(d), 0);
  return { ...week, targetKm: toKm(total), days };
}
