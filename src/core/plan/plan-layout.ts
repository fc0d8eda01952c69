/**
 * Which weekday holds what, the same every week (so the rules hold across week boundaries too). Weekdays are
 * 0 = Monday … 6 = Sunday, and Sunday is next to the next Monday. What is chosen:
 *
 * - Runs go on `availableDays` (days the runner can run; all days when absent), at most six, spread so that as
 *   few as possible fall on neighbouring days; the long run on Sunday, else Saturday, else the latest run day.
 * - The full rest day is the first non-run day after the long run.
 * - Strength goes on any day but the rest day (a session at home needs no free morning): 3 sessions with up to
 *   3 runs a week or when `core_glute_weakness` asks for it, otherwise 2; never on neighbouring days, preferring
 *   days without a run and avoiding the day before the long run most,
 *   then the long run's own day.
 * - Easy days (foam rolling, active recovery): days with neither run nor rest; with none, the run days other
 *   than the long run.
 */

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const MAX_RUNS_PER_WEEK = 6;

export interface WeekLayout {
  /** Run days, Monday first. */
  runDays: number[];
  longRunDay: number | null;
  restDay: number;
  strengthDays: number[];
  easyDays: number[];
}

export interface LayoutInput {
  runsPerWeek: number;
  availableDays?: readonly Weekday[];
  /** False when running must stop: no runs and no strength. */
  running: boolean;
  extraStrength: boolean;
}

const next = (d: number) => (d + 1) % 7;
const neighbours = (days: readonly number[]) => days.filter((d) => days.includes(next(d))).length;

/** Every subset of `from` of size `k`, in a fixed order. */
function subsets(from: readonly number[], k: number): number[][] {
  if (k === 0) return [[]];
  if (from.length < k) return [];
  const [first, ...rest] = from;
  return [...subsets(rest, k - 1).map((s) => [first!, ...s]), ...subsets(rest, k)];
}

function best(candidates: number[][], score: (s: number[]) => number): number[] {
  let chosen = candidates[0]!;
  for (const c of candidates) if (score(c) < score(chosen)) chosen = c;
  return chosen;
}

/**
 * @example weekLayout({ runsPerWeek: 3, running: true, extraStrength: false }).runDays // [1, 3, 6]
 */
export function weekLayout({ runsPerWeek, availableDays, running, extraStrength }: LayoutInput): WeekLayout {
  const available = availableDays
    ? [...new Set(availableDays.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b)
    : [0, 1, 2, 3, 4, 5, 6];
  const n = running ? Math.min(runsPerWeek, available.length, MAX_RUNS_PER_WEEK) : 0;
  const weekend = (s: number[]) => (s.includes(6) ? 0 : s.includes(5) ? 1 : 2);
  const runDays = best(subsets(available, n), (s) => neighbours(s) * 10 + weekend(s));
  const longRunDay = runDays.includes(6) ? 6 : runDays.includes(5) ? 5 : (runDays.at(-1) ?? null);
  const anchor = longRunDay ?? 6;
  let restDay = next(anchor);
  while (runDays.includes(restDay)) restDay = next(restDay);
  if (!running) return { runDays, longRunDay, restDay, strengthDays: [], easyDays: others(restDay, []) };

  const k = runDays.length <= 3 || extraStrength ? 3 : 2;
  const open = others(restDay, []);
  const apart = subsets(open, k).filter((s) => neighbours(s) === 0);
  // Legs fresh for the long run: strength the day before it costs most, after it on the same day less.
  const cost = (d: number) =>
    (longRunDay !== null && next(d) === longRunDay ? 100 : d === longRunDay ? 50 : 0) +
    (runDays.includes(d) ? 1 : 0);
  const strengthDays = best(apart, (s) => s.reduce((sum, d) => sum + cost(d), 0));
  const easy = others(restDay, runDays);
  return {
    runDays,
    longRunDay,
    restDay,
    strengthDays,
    easyDays: easy.length > 0 ? easy : runDays.filter((d) => d !== longRunDay),
  };
}

const others = (restDay: number, taken: readonly number[]) =>
  [0, 1, 2, 3, 4, 5, 6].filter((d) => d !== restDay && !taken.includes(d));
