/**
 * Adaptation (issue 11 item 5, clinical evidence §4.2–4.3): the plan as built, the logs and later check-ins →
 * the plan as it now stands, what changed and why, the traffic light of each run, and whether the plan has
 * stopped. Pure and recomputed from scratch each time. What is chosen where the issue is silent:
 *
 * - Logs dated after `today` are ignored (they cannot have happened yet); so are check-ins after it.
 * - A stop is found first over every log; decisions then use only the logs before the stop's day. From the
 *   stop's day (or today, when later) every day holds only rest, with a `recheck` task on the first of them.
 * - Changes apply from the day after the deciding log, but a day before `today` is always shown as first
 *   planned: what the runner did on it is in the logs, not in the plan.
 * - A withheld plan has nothing to adapt.
 * - Details: exercises in `adapt-exercise.ts` and `adapt-strength.ts`, runs in `adapt-runs.ts` and
 *   `adapt-run-weeks.ts`, stops in `adapt-stop.ts`.
 */
import { adaptRunWeeks } from './adapt-run-weeks';
import { runDecisions, runZones } from './adapt-runs';
import { findStop } from './adapt-stop';
import { adaptStrength, effective, type Timeline } from './adapt-strength';
import type { AdaptInput, AdaptResult, PlanChange, PlanStop } from './adapt-types';
import { sortLogs } from './adapt-logs';
import type { Plan } from './plan-types';

/**
 * @example adaptPlan({ plan, baselinePain: 3, logs, laterCheckins: [], today: '2026-12-10' }).changes
 */
export function adaptPlan(input: AdaptInput): AdaptResult {
  const sorted = sortLogs(input.logs.filter((l) => l.date <= input.today));
  const runZoneList = runZones(sorted, input.baselinePain);
  if (input.plan.status !== 'ok') return { plan: input.plan, changes: [], stop: null, runZones: runZoneList };
  const stop = findStop(input, sorted, runZoneList);
  const counted = stop ? sorted.filter((l) => l.date < stop.on) : sorted;
  const strength = adaptStrength(input.plan, counted, input.baselinePain);
  const runs = runDecisions(input.plan, counted, input.baselinePain);
  let plan = applyStrength(input.plan, strength.timeline, input.today);
  plan = adaptRunWeeks({
    plan,
    rules: runs.rules,
    pauses: runs.pauses,
    today: input.today,
    ...(input.weeklyKm ? { historyKm: input.weeklyKm } : {}),
  });
  if (stop) plan = applyStop(plan, stop, input.today);
  const changes: PlanChange[] = [...strength.changes, ...runs.changes]
    .map((c, i) => ({ c, i }))
    .sort((a, b) => (a.c.from < b.c.from ? -1 : a.c.from > b.c.from ? 1 : a.i - b.i))
    .map(({ c }) => c);
  return { plan, changes, stop, runZones: runZoneList };
}

/** Every strength exercise from today on as its slot stands on that day. */
export function applyStrength(plan: Plan, timeline: Timeline, today: string): Plan {
  return {
    ...plan,
    weeks: plan.weeks.map((week) => ({
      ...week,
      days: week.days.map((day) =>
        day.date < today
          ? day
          : {
              ...day,
              items: day.items.map((item) =>
                item.kind === 'strength' && item.exercises
                  ? {
                      ...item,
                      exercises: item.exercises.map((e) => effective(timeline, e.id, day.date) ?? e),
                    }
                  : item,
              ),
            },
      ),
    })),
  };
}

const runKm = (items: readonly { kind: string; km?: number }[]) =>
  items.reduce((n, i) => n + (i.kind === 'run' ? Math.round((i.km ?? 0) * 10) : 0), 0);

/** From the stop's day (not before today) only rest, the first of those days with the new check-in. */
export function applyStop(plan: Plan, stop: PlanStop, today: string): Plan {
  const from = stop.on > today ? stop.on : today;
  let first = true;
  return {
    ...plan,
    weeks: plan.weeks.map((week) => {
      const days = week.days.map((day) => {
        if (day.date < from) return day;
        const items = first
          ? [{ kind: 'task' as const, task: 'recheck' as const }, { kind: 'rest' as const }]
          : [{ kind: 'rest' as const }];
        first = false;
        return { ...day, items };
      });
      return { ...week, targetKm: days.reduce((n, d) => n + runKm(d.items), 0) / 10, days };
    }),
  };
}
