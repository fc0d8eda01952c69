/** Working out `not_improving_weeks` from the runner's own history (checkin-rules §9.6). */

const DAY_MS = 86_400_000;
/** A meaningful fall in pain: at least 2 points and at least 30% (clinical-evidence §2.4). */
export const MEANINGFUL_FALL_POINTS = 2;
export const MEANINGFUL_FALL_SHARE = 0.3;

/** A pain score recorded in the past: a check-in now, diary entries later. */
export interface PainRecord {
  at: string;
  painScore: number;
}

export interface NotImproving {
  /** Whole weeks since the first record of this episode, or 0 when the pain has fallen meaningfully since. */
  weeks: number;
  /** The first record of this episode, which the weeks count from. */
  since: string;
  baseline: number;
  /** How many past records of this episode the answer rests on. */
  records: number;
}

/**
 * Whether the pain fell meaningfully from `baseline` to `now`: by 2 points or more and by 30% or more.
 * @example fellMeaningfully(6, 4) // true
 * @example fellMeaningfully(3, 1) // true
 * @example fellMeaningfully(8, 6) // false: 25%
 */
export const fellMeaningfully = (baseline: number, now: number): boolean =>
  baseline - now >= MEANINGFUL_FALL_POINTS && baseline - now >= MEANINGFUL_FALL_SHARE * baseline;

/**
 * Weeks without meaningful improvement in this episode: the episode began `durationDays` before `now`; its
 * first record is the baseline. Null when there is no record of this episode (then the runner is asked).
 * @example notImprovingWeeks({ history: [{ at: '2026-01-01T09:00:00Z', painScore: 5 }], painScore: 5, durationDays: 40, now: new Date('2026-02-01T09:00:00Z') })?.weeks // 4
 */
export function notImprovingWeeks(input: {
  history: readonly PainRecord[];
  painScore: number;
  durationDays: number;
  now: Date;
}): NotImproving | null {
  const end = input.now.getTime();
  const start = end - input.durationDays * DAY_MS;
  const episode = input.history
    .map((r) => ({ ...r, t: Date.parse(r.at) }))
    .filter((r) => Number.isFinite(r.t) && r.t >= start && r.t <= end)
    .sort((a, b) => a.t - b.t);
  const first = episode[0];
  if (!first) return null;
  const improved = fellMeaningfully(first.painScore, input.painScore);
  return {
    weeks: improved ? 0 : Math.floor((end - first.t) / (7 * DAY_MS)),
    since: first.at,
    baseline: first.painScore,
    records: episode.length,
  };
}
