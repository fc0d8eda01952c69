/**
 * Cadence, steps per minute (clinical evidence §3: raising it by about 5–10 % eases the load on knee and
 * hip in overstriders; no trial shows it treats back pain, so it is an optional cue). `cadence_spm` is the
 * median of runs' average cadence over the last four complete weeks; runs without cadence are left out.
 * `low_cadence` below 160, with a cue of about +5 %, changed gradually.
 */
import { oneDecimal, type LoadAlert } from './load-alert';
import { inWeeks, type ReportWindow } from './report-window';

export const CADENCE_RULES = { lowSpm: 160, cuePct: 5, weeks: [0, 1, 2, 3] } as const;

export interface CadenceReport {
  /** Median steps per minute, one decimal; null when no run of the four weeks recorded cadence. */
  cadenceSpm: number | null;
  /** Runs the median came from. */
  runs: number;
  alerts: LoadAlert[];
}

const median = (sorted: readonly number[]): number => {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * @example cadenceReport(window).cadenceSpm // 158 when last month's runs averaged 156, 158 and 171 spm
 */
export function cadenceReport(window: ReportWindow): CadenceReport {
  const values = window.runs
    .filter(inWeeks(CADENCE_RULES.weeks))
    .map((p) => p.run.avgCadenceSpm)
    .filter((v): v is number => v !== null && Number.isFinite(v) && v > 0)
    .sort((a, b) => a - b);
  if (values.length === 0) return { cadenceSpm: null, runs: 0, alerts: [] };
  const cadenceSpm = oneDecimal(median(values));
  const alerts: LoadAlert[] = [];
  if (cadenceSpm < CADENCE_RULES.lowSpm) {
    const target = Math.round(cadenceSpm * (1 + CADENCE_RULES.cuePct / 100));
    alerts.push({
      code: 'low_cadence',
      message:
        `Your usual cadence lately is ${cadenceSpm} steps a minute. If your stride feels long, try slightly ` +
        `quicker, shorter steps: about ${target}, 5 % more, built up over a few weeks. ` +
        'This is an optional tip; it eases the load on knees and hips, and is not a treatment for back pain.',
      cadenceSpm,
      targetSpm: target,
    });
  }
  return { cadenceSpm, runs: values.length, alerts };
}
