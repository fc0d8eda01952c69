/**
 * Treadmill or outside (the article: treadmills may use the glutes less than running outdoors). The share
 * is by distance. `surface_change` when the surface most of the running was on over the last two complete
 * weeks differs from the four complete weeks before; not measured when either has no running or is split
 * exactly in half.
 */
import { oneDecimal, type LoadAlert } from './load-alert';
import { BASELINE_WEEKS, inWeeks, RECENT_WEEKS, type ReportWindow } from './report-window';

export type SurfaceKind = 'treadmill' | 'outdoor';

export interface SurfaceSpan {
  /** Percent of the distance run on a treadmill, one decimal; null without running. */
  treadmillPct: number | null;
  dominant: SurfaceKind | null;
}

export interface SurfaceReport {
  lastTwoWeeks: SurfaceSpan;
  fourWeeksBefore: SurfaceSpan;
  /** Null when not measured. */
  surfaceChange: boolean | null;
  alerts: LoadAlert[];
}

function span(window: ReportWindow, weeks: readonly number[]): SurfaceSpan {
  let total = 0;
  let treadmill = 0;
  for (const p of window.runs.filter(inWeeks(weeks))) {
    total += p.run.distanceM;
    if (p.run.treadmill) treadmill += p.run.distanceM;
  }
  if (total <= 0) return { treadmillPct: null, dominant: null };
  const outdoor = total - treadmill;
  const dominant = treadmill === outdoor ? null : treadmill > outdoor ? 'treadmill' : 'outdoor';
  return { treadmillPct: oneDecimal((treadmill / total) * 100), dominant };
}

/**
 * Treadmill share of the two spans and whether the main surface changed.
 * @example surfaceReport(window).surfaceChange // true after four weeks outside and two on a treadmill
 */
export function surfaceReport(window: ReportWindow): SurfaceReport {
  const lastTwoWeeks = span(window, RECENT_WEEKS);
  const fourWeeksBefore = span(window, BASELINE_WEEKS);
  const measured = lastTwoWeeks.dominant !== null && fourWeeksBefore.dominant !== null;
  const surfaceChange = measured ? lastTwoWeeks.dominant !== fourWeeksBefore.dominant : null;
  const alerts: LoadAlert[] = [];
  if (surfaceChange) {
    const now = lastTwoWeeks.dominant === 'treadmill' ? 'mostly on a treadmill' : 'mostly outside';
    const before = fourWeeksBefore.dominant === 'treadmill' ? 'on a treadmill' : 'outside';
    alerts.push({
      code: 'surface_change',
      message:
        `Over the last two weeks you ran ${now}; before that it was mostly ${before}. ` +
        'A new surface loads the body differently: mix it in gradually and notice how your back feels.',
      from: fourWeeksBefore.dominant,
      to: lastTwoWeeks.dominant,
      treadmillPct: lastTwoWeeks.treadmillPct,
    });
  }
  return { lastTwoWeeks, fourWeeksBefore, surfaceChange, alerts };
}
