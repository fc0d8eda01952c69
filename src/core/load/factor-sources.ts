/**
 * Where each measured load factor comes from: the weeks it was measured over, as dates and in plain words,
 * so the check-in can say "from your runs" and the runner can judge the number. It reads a load report
 * (`loadReport`) and the same `now` and time zone, and repeats none of its rules: the windows are the
 * report's own (`RECENT_WEEKS`, `BASELINE_WEEKS`, `CADENCE_RULES.weeks`), counted back from the last
 * complete week on the runner's clock.
 */
import { formatDistance, type DistanceUnit } from '../units/format';
import { CADENCE_RULES } from './cadence';
import { dayIn, isoDay, mondayOf } from './calendar';
import type { LoadFactors, LoadReport } from './load-report';
import { BASELINE_WEEKS, RECENT_WEEKS } from './report-window';
import type { SurfaceKind } from './surface';

export type FactorCode = keyof LoadFactors;

/** The order the check-in asks them in. */
export const FACTOR_CODES = [
  'recent_mileage_increase_pct',
  'long_run_increase_pct',
  'shoe_km',
  'surface_change',
  'cadence_spm',
] as const satisfies readonly FactorCode[];

export interface FactorSource {
  code: FactorCode;
  /** As the report gives it: percent, km or steps a minute (one decimal), or yes/no for the surface. */
  value: number | boolean;
  /** First day of the weeks it was measured over (a Monday), YYYY-MM-DD, on the runner's clock. */
  from: string;
  /** Last day of those weeks (a Sunday), YYYY-MM-DD. */
  to: string;
  /** Where the number comes from, in plain words. */
  basis: string;
}

export interface FactorSourcesOptions {
  /** The `now` the report was made with (any instant on the runner's day). */
  now: Date;
  timeZone: string;
  units: DistanceUnit;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "9 Nov" for a day number. */
const dayMonth = (day: number): { d: number; m: string } => {
  const iso = isoDay(day);
  return { d: Number(iso.slice(8, 10)), m: MONTHS[Number(iso.slice(5, 7)) - 1]! };
};

/**
 * Two Mondays as words: "the weeks of 9 and 16 Nov", "the weeks of 26 Oct and 2 Nov".
 * @example twoWeeksWords(dayNumber('2026-11-09')) // 'the weeks of 9 and 16 Nov'
 */
export function twoWeeksWords(firstMonday: number): string {
  const a = dayMonth(firstMonday);
  const b = dayMonth(firstMonday + 7);
  return a.m === b.m
    ? `the weeks of ${a.d} and ${b.d} ${b.m}`
    : `the weeks of ${a.d} ${a.m} and ${b.d} ${b.m}`;
}

/** "the four weeks from 12 Oct". */
const weeksFromWords = (count: number, monday: number): string => {
  const { d, m } = dayMonth(monday);
  return `the ${count === 4 ? 'four' : String(count)} weeks from ${d} ${m}`;
};

const SURFACE_WORDS: Record<SurfaceKind, string> = { treadmill: 'on a treadmill', outdoor: 'outside' };

/**
 * Each measured factor of the report with its weeks; factors the report did not measure are left out.
 * @example factorSources(report, { now, timeZone: 'Europe/Paris', units: 'km' })[0]
 * // { code: 'recent_mileage_increase_pct', value: 30, from: '2026-10-19', to: '2026-11-29', basis: 'The bigger of …' }
 */
export function factorSources(
  report: Pick<LoadReport, 'factors' | 'weeks' | 'shoes' | 'surface'>,
  { now, timeZone, units }: FactorSourcesOptions,
): FactorSource[] {
  const lastComplete = mondayOf(dayIn(now.getTime(), timeZone)) - 7;
  const monday = (weeksAgo: number) => lastComplete - 7 * weeksAgo;
  /** From the Monday of the oldest week to the Sunday of the newest. */
  const span = (weeks: readonly number[]) => ({
    from: isoDay(monday(Math.max(...weeks))),
    to: isoDay(monday(Math.min(...weeks)) + 6),
  });
  const recent = twoWeeksWords(monday(Math.max(...RECENT_WEEKS)));
  const baseline = weeksFromWords(BASELINE_WEEKS.length, monday(Math.max(...BASELINE_WEEKS)));
  const both = span([...RECENT_WEEKS, ...BASELINE_WEEKS]);
  const distanceOf = (weeksAgo: number) =>
    report.weeks.find((w) => w.weekStart === isoDay(monday(weeksAgo)))?.distanceM;

  const out: FactorSource[] = [];
  const { factors } = report;
  if (factors.recent_mileage_increase_pct !== undefined) {
    const recentM = RECENT_WEEKS.map(distanceOf);
    const baselineM = BASELINE_WEEKS.map(distanceOf);
    const known = (ms: (number | undefined)[]): ms is number[] => ms.every((m) => m !== undefined);
    const numbers =
      known(recentM) && known(baselineM)
        ? {
            peak: ` (${formatDistance(Math.max(...recentM), units)})`,
            mean: ` (${formatDistance(baselineM.reduce((n, m) => n + m, 0) / baselineM.length, units)} a week)`,
          }
        : { peak: '', mean: '' };
    out.push({
      code: 'recent_mileage_increase_pct',
      value: factors.recent_mileage_increase_pct,
      ...both,
      basis: `The bigger of ${recent}${numbers.peak} against your average over ${baseline}${numbers.mean}.`,
    });
  }
  if (factors.long_run_increase_pct !== undefined) {
    out.push({
      code: 'long_run_increase_pct',
      value: factors.long_run_increase_pct,
      ...both,
      basis: `Your longest run in ${recent} against your longest in ${baseline}.`,
    });
  }
  if (factors.shoe_km !== undefined) {
    const shoe = [...report.shoes.list].sort((a, b) => b.recentM - a.recentM)[0];
    const name = shoe && shoe.recentM > 0 ? `Your ${shoe.name}` : 'Your main pair';
    out.push({
      code: 'shoe_km',
      value: factors.shoe_km,
      ...span(RECENT_WEEKS),
      basis: `${name}, the pair you ran in most in ${recent}: ${formatDistance(factors.shoe_km * 1000, units)} in all.`,
    });
  }
  if (factors.surface_change !== undefined) {
    const now = report.surface.lastTwoWeeks.dominant;
    const before = report.surface.fourWeeksBefore.dominant;
    const words = (k: SurfaceKind | null) => (k ? `mostly ${SURFACE_WORDS[k]}` : 'mixed');
    out.push({
      code: 'surface_change',
      value: factors.surface_change,
      ...both,
      basis: factors.surface_change
        ? `You ran ${words(now)} in ${recent}, after running ${words(before)} over ${baseline}.`
        : `You ran ${words(now)} both in ${recent} and over ${baseline}.`,
    });
  }
  if (factors.cadence_spm !== undefined) {
    const weeks = CADENCE_RULES.weeks;
    const { from, to } = span(weeks);
    const { d, m } = dayMonth(monday(Math.min(...weeks)) + 6);
    out.push({
      code: 'cadence_spm',
      value: factors.cadence_spm,
      from,
      to,
      basis: `The middle value of your runs’ average cadence over ${weeksFromWords(weeks.length, monday(Math.max(...weeks)))} to ${d} ${m}; runs without cadence are left out.`,
    });
  }
  return out;
}
