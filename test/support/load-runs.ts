/** Test data for the load rules: runs placed by complete week before a fixed `now`. */
import { dayNumber, isoDay } from '../../src/core/load/calendar';
import type { ReportRun } from '../../src/core/load/report-window';

/** Thursday 3 December 2026: the week of 30 November is under way, the week of 23 November is the last complete one. */
export const NOW = new Date('2026-12-03T12:00:00.000Z');
const LAST_COMPLETE_MONDAY = dayNumber('2026-11-23');

export const aRun = (over: Partial<ReportRun> = {}): ReportRun => ({
  startTime: '2026-11-25T07:00:00.000Z',
  utcOffsetS: null,
  sport: 'running',
  distanceM: 10_000,
  elapsedS: 3_000,
  timerS: null,
  shoe: null,
  avgCadenceSpm: null,
  treadmill: false,
  ...over,
});

/** A run on the Wednesday `weeksAgo` complete weeks back (0 = the last complete week, −1 = this week). */
export const runAgo = (weeksAgo: number, over: Partial<ReportRun> = {}): ReportRun =>
  aRun({ startTime: `${isoDay(LAST_COMPLETE_MONDAY - 7 * weeksAgo + 2)}T07:00:00.000Z`, ...over });

/** One run a week of `km`, oldest first, the last in the last complete week; 0 km leaves the week empty. */
export const weeksOfKm = (km: readonly number[], over: Partial<ReportRun> = {}): ReportRun[] =>
  km.flatMap((k, i) =>
    k > 0 ? [runAgo(km.length - 1 - i, { distanceM: Math.round(k * 1000), ...over })] : [],
  );
