/**
 * What adaptation reads from the logs, shared by its modules: logs in a fixed order, day arithmetic on
 * YYYY-MM-DD dates, a log's pain level and exercise names for messages.
 */
import { dayNumber, isoDay } from '../load/calendar';
import type { ExerciseId } from './doses';
import { exerciseText } from './library';
import type { PlanLog } from './plan-log';

/**
 * Logs in the order things happened: by day, then when they were logged, then kind and item (a stable order
 * for equal times, so the result never depends on the order the store gave them in).
 * @example sortLogs([b, a]) // [a, b] when a.date < b.date
 */
export function sortLogs(logs: readonly PlanLog[]): PlanLog[] {
  // The whole log last: two logs of one item at one time (a double tap) still come in one order.
  const key = (l: PlanLog) =>
    [l.date, l.loggedAt, l.kind, String(l.itemIndex).padStart(2, '0'), JSON.stringify(l)].join('|');
  const keyed = logs.map((l) => ({ l, k: key(l) }));
  return keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0)).map(({ l }) => l);
}

/** @example addDays('2026-12-31', 1) // '2027-01-01' */
export const addDays = (date: string, days: number): string => isoDay(dayNumber(date) + days);

/** Whole days from `a` to `b`. @example daysBetween('2026-12-07', '2026-12-15') // 8 */
export const daysBetween = (a: string, b: string): number => dayNumber(b) - dayNumber(a);

/**
 * The log's measure of how the back is, for the rules that compare with the check-in's pain (rise from
 * baseline, no improvement): the next-morning answer when given (it is the back at rest, like the check-in's
 * pain), else the pain during.
 * @example painLevel({ painDuring: 4, painNextMorning: 2 }) // 2
 */
export const painLevel = (log: Pick<PlanLog, 'painDuring' | 'painNextMorning'>): number =>
  log.painNextMorning ?? log.painDuring;

/**
 * The pain the next morning is compared with: the check-in's pain, or this log's pain during without one.
 * @example baselineFor(null, { painDuring: 3 }) // 3
 */
export const baselineFor = (baselinePain: number | null, log: Pick<PlanLog, 'painDuring'>): number =>
  baselinePain ?? log.painDuring;

/** The next morning was worse than the baseline; false while it is not known yet. */
export const worseNextMorning = (baselinePain: number | null, log: PlanLog): boolean =>
  log.painNextMorning !== null && log.painNextMorning > baselineFor(baselinePain, log);

/** An exercise's name to start a sentence. @example nameOf('plank_leg_lift') // 'Plank with leg lift' */
export const nameOf = (id: ExerciseId): string => exerciseText(id).name;

/** An exercise's name inside a sentence. @example nameIn('plank_leg_lift') // 'plank with leg lift' */
export const nameIn = (id: ExerciseId): string => {
  const name = nameOf(id);
  return name.charAt(0).toLowerCase() + name.slice(1);
};

/** Unique days, in order. */
export const daysOf = (logs: readonly Pick<PlanLog, 'date'>[]): string[] => [
  ...new Set(logs.map((l) => l.date)),
];
