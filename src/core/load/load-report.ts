/**
 * The training-load report: weekly running with the 10 % rule, and the factors the check-in asks about
 * (rise in distance and long run, shoe distance, surface change, cadence), each with alerts in plain words.
 * Pure: `now` and the runner's time zone are passed in. Only complete weeks are judged.
 */
import { cadenceReport } from './cadence';
import type { LoadAlert } from './load-alert';
import { mileageFactors, rule10Alert } from './mileage-factors';
import { placeRuns, type ReportRun } from './report-window';
import { shoeReport, type Shoe, type ShoeStatus } from './shoes';
import { surfaceReport, type SurfaceSpan } from './surface';
import { weeklyDistance, type WeekTotals } from './weekly-distance';

export interface LoadReportInput {
  runs: readonly ReportRun[];
  shoes?: readonly Shoe[];
  now: Date;
  timeZone: string;
  /** Weeks to list, this week last. */
  weeks: number;
}

export interface LoadFactors {
  recent_mileage_increase_pct?: number;
  long_run_increase_pct?: number;
  shoe_km?: number;
  surface_change?: boolean;
  cadence_spm?: number;
}

export interface LoadReport {
  weeks: Pick<
    WeekTotals,
    'weekStart' | 'complete' | 'distanceM' | 'runs' | 'movingS' | 'changePct' | 'rule10'
  >[];
  alerts: LoadAlert[];
  /** Named as the check-in names them; a factor left out was not measured. */
  factors: LoadFactors;
  shoes: { list: ShoeStatus[]; rotation: boolean };
  surface: { lastTwoWeeks: SurfaceSpan; fourWeeksBefore: SurfaceSpan };
}

/**
 * @example loadReport({ runs, shoes, now: new Date(), timeZone: 'Europe/Paris', weeks: 12 }).factors.shoe_km
 */
export function loadReport(input: LoadReportInput): LoadReport {
  const { now, timeZone } = input;
  const count = Math.max(1, Math.floor(input.weeks));
  const totals = weeklyDistance({ activities: input.runs, now, timeZone, weeks: Math.max(2, count) });
  const window = placeRuns(input.runs, now, timeZone);
  const mileage = mileageFactors(window);
  const shoes = shoeReport(window, input.shoes ?? []);
  const surface = surfaceReport(window);
  const cadence = cadenceReport(window);

  const factors: LoadFactors = {};
  if (mileage.recentMileageIncreasePct !== null)
    factors.recent_mileage_increase_pct = mileage.recentMileageIncreasePct;
  if (mileage.longRunIncreasePct !== null) factors.long_run_increase_pct = mileage.longRunIncreasePct;
  if (shoes.shoeKm !== null) factors.shoe_km = shoes.shoeKm;
  if (surface.surfaceChange !== null) factors.surface_change = surface.surfaceChange;
  if (cadence.cadenceSpm !== null) factors.cadence_spm = cadence.cadenceSpm;

  const rule10 = rule10Alert(totals.findLast((w) => w.complete));
  return {
    weeks: totals.slice(-count).map((w) => ({
      weekStart: w.weekStart,
      complete: w.complete,
      distanceM: w.distanceM,
      runs: w.runs,
      movingS: w.movingS,
      changePct: w.changePct,
      rule10: w.rule10,
    })),
    alerts: [
      ...(rule10 ? [rule10] : []),
      ...mileage.alerts,
      ...shoes.alerts,
      ...surface.alerts,
      ...cadence.alerts,
    ],
    factors,
    shoes: { list: shoes.shoes, rotation: shoes.rotation },
    surface: { lastTwoWeeks: surface.lastTwoWeeks, fourWeeksBefore: surface.fourWeeksBefore },
  };
}
