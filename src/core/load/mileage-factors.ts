/**
 * How much running rose lately (clinical evidence §3: a rise of more than 30 % over two weeks goes with more
 * injuries; the article asks for about 10 % a week at most).
 *
 * - `recent_mileage_increase_pct`: (the larger of the last two complete weeks − baseline) / baseline × 100,
 *   baseline = the mean of the four complete weeks before those two. Alert `spike` at 30 or more.
 * - `long_run_increase_pct`: the longest run of the last two complete weeks against the longest of the four
 *   before. Alert `long_run_spike` at 30 or more.
 * - The article's 10 % rule on the last complete week: alert `rule10_over` when it was more than 10 % above
 *   the week before.
 * - Neither is measured with fewer than six complete weeks of history or with nothing to compare with (0).
 *
 * The per-week `spike` of weekly totals is this same measure taken at the end of each week W (the larger of
 * W−1 and W against the mean of W−5 … W−2), so the last complete week's mark equals this factor.
 */
import { km, oneDecimal, type LoadAlert } from './load-alert';
import {
  BASELINE_WEEKS,
  COMPARISON_HISTORY_WEEKS,
  inWeeks,
  RECENT_WEEKS,
  type ReportWindow,
} from './report-window';
import { isSpike, LOAD_RULES, type WeekTotals } from './weekly-distance';

export interface MileageFactors {
  recentMileageIncreasePct: number | null;
  longRunIncreasePct: number | null;
  alerts: LoadAlert[];
}

const distanceIn = (window: ReportWindow, weeksAgo: number): number =>
  window.runs.filter((p) => p.weeksAgo === weeksAgo).reduce((n, p) => n + p.run.distanceM, 0);

const longestIn = (window: ReportWindow, weeks: readonly number[]): number =>
  window.runs.filter(inWeeks(weeks)).reduce((n, p) => Math.max(n, p.run.distanceM), 0);

/**
 * The two rises and their alerts.
 * @example mileageFactors(placeRuns(runs, now, 'Europe/Paris')).recentMileageIncreasePct // 30 when 13 km follow four 10 km weeks
 */
export function mileageFactors(window: ReportWindow): MileageFactors {
  const alerts: LoadAlert[] = [];
  if (window.historyWeeks < COMPARISON_HISTORY_WEEKS) {
    return { recentMileageIncreasePct: null, longRunIncreasePct: null, alerts };
  }
  const baseline = BASELINE_WEEKS.map((w) => distanceIn(window, w));
  const peak = Math.max(...RECENT_WEEKS.map((w) => distanceIn(window, w)));
  const mean = baseline.reduce((n, d) => n + d, 0) / baseline.length;
  const spike = isSpike(peak, baseline);
  const recentMileageIncreasePct = spike === null ? null : oneDecimal(((peak - mean) / mean) * 100);
  if (spike === true) {
    alerts.push({
      code: 'spike',
      message:
        `You ran ${km(peak)} in a week lately, ${recentMileageIncreasePct} % more than your usual ${km(mean)}. ` +
        'A jump of 30 % or more within two weeks goes with more running injuries. ' +
        'Hold your distance steady for a week or two before adding more.',
      increasePct: recentMileageIncreasePct,
      weekDistanceM: peak,
      baselineM: Math.round(mean),
    });
  }

  const longest = longestIn(window, RECENT_WEEKS);
  const before = longestIn(window, BASELINE_WEEKS);
  const longRunIncreasePct = before > 0 ? oneDecimal(((longest - before) / before) * 100) : null;
  if (before > 0 && longest * 100 >= before * (100 + LOAD_RULES.spikePct)) {
    alerts.push({
      code: 'long_run_spike',
      message:
        `Your longest run lately was ${km(longest)}, ${longRunIncreasePct} % longer than your longest in the ` +
        `four weeks before (${km(before)}). Make long runs longer a little at a time.`,
      increasePct: longRunIncreasePct,
      longestM: longest,
      longestBeforeM: before,
    });
  }
  return { recentMileageIncreasePct, longRunIncreasePct, alerts };
}

/**
 * The 10 % rule's alert for the last complete week (weekly totals already judged it), or null.
 * @example rule10Alert({ weekStart: '2026-11-23', rule10: 'over', changePct: 25, distanceM: 12_500, ... })?.code // 'rule10_over'
 */
export function rule10Alert(lastComplete: WeekTotals | undefined): LoadAlert | null {
  if (!lastComplete || !lastComplete.complete || lastComplete.rule10 !== 'over') return null;
  return {
    code: 'rule10_over',
    message:
      `Last week you ran ${km(lastComplete.distanceM)}, ${lastComplete.changePct} % more than the week before. ` +
      'The usual advice is to add no more than about 10 % a week, so keep this week about the same.',
    weekStart: lastComplete.weekStart,
    changePct: lastComplete.changePct,
  };
}
