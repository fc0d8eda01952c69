/**
 * What an insight sets pain against (issue 12 item 4). For one diary entry each condition says whether it held
 * (true), did not (false), or cannot be told (null: the entry is left out of that insight). The runs are the
 * runner's own, with the shoe they wore; the sessions are the plan's exercise sessions up to today.
 */
import { DAY_MS, dayIn, dayNumber, localHour } from '../load/calendar';

export interface InsightRun {
  startTime: string;
  /** The device's offset from UTC at the start, seconds; null when it did not say. */
  utcOffsetS: number | null;
  distanceM: number;
  treadmill: boolean;
  shoeId: string | null;
}

export interface InsightShoe {
  id: string;
  /** Distance the shoe had before its first recorded run. */
  startKm: number;
}

/** One planned exercise session (any loggable item but a run) on a plan day up to today. */
export interface InsightSession {
  date: string;
  done: boolean;
}

/** A run with what the conditions need worked out once. */
export interface PreparedRun {
  ms: number;
  distanceM: number;
  treadmill: boolean;
  /** The shoe's distance when the run started, km; null without a shoe. */
  shoeKm: number | null;
  long: boolean;
  /** Started before noon, the runner's local time. */
  morning: boolean;
}

export interface ConditionContext {
  /** Oldest first. */
  runs: readonly PreparedRun[];
  /** Running distance up to and including each run (same order), metres. */
  cumulativeM: readonly number[];
  sessions: readonly InsightSession[];
}

export interface DatedEntry {
  ms: number;
  /** The entry's calendar day in the runner's zone, as a day number. */
  day: number;
}

/** Shoes past this distance are worn (the low end of the article's 500–800 km). */
export const WORN_SHOE_KM = 500;
/** A long run is at least this many times the runner's median run. */
export const LONG_RUN_RATIO = 1.5;
/** Runs needed before a median means anything. */
export const MIN_RUNS_FOR_LONG = 3;
/** A week is up when it beats the week before by more than this share (the article's 10 % rule). */
export const WEEKLY_RISE = 0.1;
/** Sessions done, as a share of those planned, to count as keeping to the plan: two thirds. */
export const PLAN_KEPT_SHARE = { done: 2, of: 3 } as const;
/** How long after a run an entry is set against it. */
export const AFTER_RUN_MS = 3 * DAY_MS;
/** How long after a long run an entry counts as following it. */
export const AFTER_LONG_RUN_MS = 2 * DAY_MS;
/** Local hour from which a run is no longer a morning run. */
export const MORNING_ENDS_HOUR = 12;

const median = (values: readonly number[]): number => {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/**
 * Runs sorted, each with its shoe's distance at the start, whether it was long (against the median of the runs
 * that started from `longFrom` on) and whether it started in the morning.
 * @example prepareRuns([], [], 0, 'UTC').runs // []
 */
export function prepareRuns(
  runs: readonly InsightRun[],
  shoes: readonly InsightShoe[],
  longFrom: number,
  timeZone: string,
): ConditionContext['runs'] {
  const sorted = runs.map((r) => ({ ...r, ms: Date.parse(r.startTime) })).sort((a, b) => a.ms - b.ms);
  const recent = sorted.filter((r) => r.ms >= longFrom).map((r) => r.distanceM);
  const longFromM = recent.length >= MIN_RUNS_FOR_LONG ? median(recent) * LONG_RUN_RATIO : Infinity;
  const shoeKm = new Map(shoes.map((s) => [s.id, s.startKm]));
  return sorted.map((r) => {
    const before = r.shoeId === null ? undefined : shoeKm.get(r.shoeId);
    if (r.shoeId !== null && before !== undefined) shoeKm.set(r.shoeId, before + r.distanceM / 1000);
    const hour =
      r.utcOffsetS === null
        ? localHour(r.ms, timeZone)
        : Math.floor(((((r.ms + r.utcOffsetS * 1000) % DAY_MS) + DAY_MS) % DAY_MS) / 3_600_000);
    return {
      ms: r.ms,
      distanceM: r.distanceM,
      treadmill: r.treadmill,
      shoeKm: before ?? null,
      long: r.distanceM >= longFromM,
      morning: hour < MORNING_ENDS_HOUR,
    };
  });
}

/** Index of the last run that started at or before `ms`, or -1. */
function lastAtOrBefore(runs: readonly PreparedRun[], ms: number): number {
  let lo = 0;
  let hi = runs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (runs[mid]!.ms <= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Distance of the runs that started in (fromMs, toMs]. */
function distanceBetween(ctx: ConditionContext, fromMs: number, toMs: number): number {
  const upTo = (ms: number) => {
    const i = lastAtOrBefore(ctx.runs, ms);
    return i < 0 ? 0 : ctx.cumulativeM[i]!;
  };
  return upTo(toMs) - upTo(fromMs);
}

/** The last run within three days before the entry, or null. */
function runBefore(ctx: ConditionContext, entry: DatedEntry): PreparedRun | null {
  const i = lastAtOrBefore(ctx.runs, entry.ms);
  const run = i < 0 ? undefined : ctx.runs[i];
  return run && entry.ms - run.ms <= AFTER_RUN_MS ? run : null;
}

export const CONDITIONS = {
  /** The 7 days up to the entry ran more than 10 % further than the 7 days before them. */
  distance_rise(ctx: ConditionContext, e: DatedEntry): boolean | null {
    const before = distanceBetween(ctx, e.ms - 14 * DAY_MS, e.ms - 7 * DAY_MS);
    if (before <= 0) return null;
    return distanceBetween(ctx, e.ms - 7 * DAY_MS, e.ms) > before * (1 + WEEKLY_RISE);
  },
  /** A long run started in the two days before the entry. */
  long_run(ctx: ConditionContext, e: DatedEntry): boolean | null {
    if (!ctx.runs.some((r) => r.long)) return null;
    for (let i = lastAtOrBefore(ctx.runs, e.ms); i >= 0; i -= 1) {
      const run = ctx.runs[i]!;
      if (e.ms - run.ms > AFTER_LONG_RUN_MS) break;
      if (run.long) return true;
    }
    return false;
  },
  /** The run before the entry was in shoes past 500 km. */
  worn_shoes(ctx: ConditionContext, e: DatedEntry): boolean | null {
    const run = runBefore(ctx, e);
    return run?.shoeKm == null ? null : run.shoeKm > WORN_SHOE_KM;
  },
  /** The run before the entry was on a treadmill. */
  treadmill(ctx: ConditionContext, e: DatedEntry): boolean | null {
    const run = runBefore(ctx, e);
    return run ? run.treadmill : null;
  },
  /** The run before the entry started before noon. */
  morning_run(ctx: ConditionContext, e: DatedEntry): boolean | null {
    const run = runBefore(ctx, e);
    return run ? run.morning : null;
  },
  /** At least two thirds of the plan's sessions of the 7 days up to the entry's day were done. */
  plan_kept(ctx: ConditionContext, e: DatedEntry): boolean | null {
    const week = ctx.sessions.filter((s) => {
      const d = dayNumber(s.date);
      return d <= e.day && d > e.day - 7;
    });
    if (week.length === 0) return null;
    const done = week.filter((s) => s.done).length;
    return done * PLAN_KEPT_SHARE.of >= week.length * PLAN_KEPT_SHARE.done;
  },
} satisfies Record<string, (ctx: ConditionContext, e: DatedEntry) => boolean | null>;

export type InsightCode = keyof typeof CONDITIONS;
export const INSIGHT_CODES = Object.keys(CONDITIONS) as [InsightCode, ...InsightCode[]];

/**
 * The context the conditions read.
 * @example conditionContext({ runs: [], shoes: [], sessions: [], longFrom: 0, timeZone: 'UTC' }).runs // []
 */
export function conditionContext(input: {
  runs: readonly InsightRun[];
  shoes: readonly InsightShoe[];
  sessions: readonly InsightSession[];
  longFrom: number;
  timeZone: string;
}): ConditionContext {
  const runs = prepareRuns(input.runs, input.shoes, input.longFrom, input.timeZone);
  let total = 0;
  const cumulativeM = runs.map((r) => (total += r.distanceM));
  return { runs, cumulativeM, sessions: input.sessions };
}

/** The entry's instant and day. */
export const datedEntry = (at: string, timeZone: string): DatedEntry => {
  const ms = Date.parse(at);
  return { ms, day: dayIn(ms, timeZone) };
};
