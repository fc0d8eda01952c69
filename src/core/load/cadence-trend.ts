/**
 * Cadence week by week, for a trend line: the median of runs' average cadence in each week (running only,
 * runs without cadence left out), on the runner's clock, weeks starting on Monday. The four-week value the
 * check-in reads is `cadence_spm` in `cadence.ts`.
 */
import { dayIn, isoDay, mondayOf } from './calendar';
import { oneDecimal } from './load-alert';
import { activityWeek, RUNNING_SPORTS, type LoadActivity } from './weekly-distance';

export interface CadenceWeek {
  weekStart: string;
  /** Median steps per minute, one decimal; null when no run of the week recorded cadence. */
  medianSpm: number | null;
  /** Runs the median came from. */
  runs: number;
}

export interface CadenceTrendInput {
  activities: readonly (LoadActivity & { avgCadenceSpm: number | null })[];
  now: Date;
  timeZone: string;
  weeks: number;
  /** The list ends with the week holding this instant; default `now`. */
  endAt?: Date;
}

/** The median of numbers sorted ascending. */
export const medianOf = (sorted: readonly number[]): number => {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * @example cadenceTrend({ activities, now: new Date(), timeZone: 'UTC', weeks: 12 }).at(-1)?.medianSpm
 */
export function cadenceTrend(input: CadenceTrendInput): CadenceWeek[] {
  const count = Math.max(1, Math.floor(input.weeks));
  const last = mondayOf(dayIn((input.endAt ?? input.now).getTime(), input.timeZone));
  const first = last - 7 * (count - 1);
  const values: number[][] = Array.from({ length: count }, () => []);
  for (const a of input.activities) {
    const spm = a.avgCadenceSpm;
    if (!RUNNING_SPORTS.has(a.sport) || spm === null || !Number.isFinite(spm) || spm <= 0) continue;
    const i = (activityWeek(a, input.timeZone) - first) / 7;
    if (i >= 0 && i < count) values[i]!.push(spm);
  }
  return values.map((v, i) => {
    v.sort((a, b) => a - b);
    return {
      weekStart: isoDay(first + 7 * i),
      medianSpm: v.length === 0 ? null : oneDecimal(medianOf(v)),
      runs: v.length,
    };
  });
}
