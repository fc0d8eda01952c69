/**
 * One week's days from the week's layout, its running target and the factors. Items of a day come in the order
 * they are done: tasks, warm-up, drills, run, cool-down stretches, strength, mobility, foam rolling, active
 * recovery. A rest day holds `rest` and nothing else to do (a task may sit beside it).
 */
import type { FactorId } from '../checkin/factors';
import { isoDay } from '../load/calendar';
import type { WeekLayout } from './plan-layout';
import { groupSession, strengthSession } from './plan-strength';
import type { PlanDay, PlanItem, PlanWeek } from './plan-types';
import { TARGET_STEP_M } from './plan-weeks';

/** The long run's share of the week, by number of runs (1 run: all of it). */
export const LONG_RUN_SHARE_PCT = [100, 55, 40, 35, 30, 28] as const;
/** The shortest run worth lacing up for, metres: a small target has fewer runs. */
export const MIN_RUN_M = 1000;

/**
 * A week's runs in metres, the long run first, summing to `targetM` exactly (multiples of 100 m).
 * @example splitRuns(10_000, 3) // [4_000, 3_000, 3_000]
 */
export function splitRuns(targetM: number, runs: number): number[] {
  const units = Math.round(targetM / TARGET_STEP_M);
  if (units <= 0 || runs <= 0) return [];
  const n = Math.max(1, Math.min(runs, Math.floor(targetM / MIN_RUN_M)));
  const long = n === 1 ? units : Math.round((units * LONG_RUN_SHARE_PCT[n - 1]!) / 100);
  const rest = units - long;
  const others = Array.from(
    { length: n - 1 },
    (_, i) => Math.floor(rest / (n - 1)) + (i < rest % (n - 1) ? 1 : 0),
  );
  return [long, ...others].map((u) => u * TARGET_STEP_M);
}

export interface WeekInput {
  /** Day number of the Monday (days since 1970-01-01). */
  monday: number;
  targetM: number;
  layout: WeekLayout;
  factors: ReadonlySet<FactorId>;
  /** Running must stop: active recovery without impact only. */
  stopRunning: boolean;
  /** Tasks for the week's first day, in order (the appointment first). */
  firstDayTasks: readonly PlanItem[];
}

const km = (m: number) => Math.round(m / 100) / 10;

export function planWeek({
  monday,
  targetM,
  layout,
  factors,
  stopRunning,
  firstDayTasks,
}: WeekInput): PlanWeek {
  const runsM = stopRunning ? [] : splitRuns(targetM, layout.runDays.length);
  // The long run keeps its day; shorter weeks drop the latest other run days.
  const otherRunDays = layout.runDays.filter((d) => d !== layout.longRunDay);
  const runOn = new Map<number, number>();
  if (runsM.length > 0 && layout.longRunDay !== null) runOn.set(layout.longRunDay, runsM[0]!);
  runsM.slice(1).forEach((m, i) => runOn.set(otherRunDays[i]!, m));
  const drillDays = factors.has('poor_form') ? pickDrillDays([...runOn.keys()], layout.longRunDay) : [];
  const days: PlanDay[] = [];
  for (let d = 0; d < 7; d++) {
    const items: PlanItem[] = d === 0 ? [...firstDayTasks] : [];
    if (d === drillDays[0]) items.push({ kind: 'task', task: 'form_cue' });
    if (d === layout.restDay) {
      items.push({ kind: 'rest' });
    } else if (stopRunning) {
      items.push({
        kind: 'active_recovery',
        exercises: groupSession('active_recovery', ['easy_cycle', 'easy_swim']),
      });
    } else {
      items.push(...trainingItems(d, runOn.get(d), drillDays.includes(d), layout, factors));
    }
    days.push({ date: isoDay(monday + d), items });
  }
  const total = [...runOn.values()].reduce((n, m) => n + m, 0);
  return { weekStart: isoDay(monday), targetKm: km(total), days };
}

function trainingItems(
  day: number,
  runM: number | undefined,
  drills: boolean,
  layout: WeekLayout,
  factors: ReadonlySet<FactorId>,
): PlanItem[] {
  const items: PlanItem[] = [];
  if (runM !== undefined) {
    items.push({ kind: 'warmup', exercises: groupSession('dynamic_warmup') });
    if (drills) items.push({ kind: 'drills', exercises: groupSession('drill') });
    items.push({ kind: 'run', km: km(runM) });
    items.push({ kind: 'cooldown_stretch', exercises: groupSession('static_stretch') });
  }
  const strength = layout.strengthDays.indexOf(day);
  if (strength >= 0) items.push({ kind: 'strength', exercises: strengthSession(strength) });
  if (factors.has('tight_muscles'))
    items.push({
      kind: 'mobility',
      exercises: groupSession('static_stretch', ['hip_flexor_stretch', 'childs_pose', 'spinal_twist']),
    });
  if (layout.easyDays.includes(day)) {
    items.push({ kind: 'foam_rolling', exercises: groupSession('foam_rolling') });
    if (runM === undefined)
      items.push({ kind: 'active_recovery', exercises: groupSession('active_recovery') });
  }
  return items;
}

/** Drills once or twice a week before a run: twice with three runs or more, never before the long run if avoidable. */
function pickDrillDays(runDays: readonly number[], longRunDay: number | null): number[] {
  const sorted = [...runDays].sort((a, b) => a - b);
  const short = sorted.filter((d) => d !== longRunDay);
  const pool = short.length > 0 ? short : sorted;
  return pool.slice(0, sorted.length >= 3 ? 2 : 1);
}
