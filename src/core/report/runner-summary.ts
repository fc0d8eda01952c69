/**
 * The top of the report: who the runner is and how they run, the current triage result, and the red-flag
 * answers of each check-in with its date.
 */
import type { Finding } from '../checkin/checkin';
import type { Sex } from '../checkin/finding-def';
import type { Urgency } from '../checkin/urgency';
import { findingDef } from '../checkin/vocabulary';
import type { RedFlagScreen, ReportWeek, RunnerSummary, TriageSummary } from './report-types';

/** What the report reads of a stored check-in. */
export interface ReportCheckin {
  createdAt: string;
  age: number;
  sex: Sex;
  complete: boolean;
  findings: readonly Finding[];
  painScore: number | null;
  result: { urgency: Urgency; rules: readonly { title: string }[]; stopRunning: boolean };
}

const WEEK_MS = 7 * 24 * 3600 * 1000;

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

const oneDecimal = (n: number): number => Math.round(n * 10) / 10;

/**
 * Age and sex from the latest check-in; the running background from the weeks shown: the median distance
 * and the mean runs of the complete weeks with any running (weeks off are not a typical week).
 * @example runnerSummary({ latest: undefined, weeks: [], firstActivity: null, now }).typicalWeeklyKm // null
 */
export function runnerSummary(input: {
  latest: ReportCheckin | undefined;
  weeks: readonly ReportWeek[];
  firstActivity: string | null;
  now: Date;
  goal?: string | null;
}): RunnerSummary {
  const ran = input.weeks.filter((w) => w.complete && w.runs > 0);
  const duration = input.latest?.findings.find((f) => f.code === 'pain_duration_days')?.value;
  return {
    age: input.latest?.age ?? null,
    sex: input.latest?.sex ?? null,
    weeksOfHistory:
      input.firstActivity === null
        ? null
        : Math.max(0, Math.floor((input.now.getTime() - Date.parse(input.firstActivity)) / WEEK_MS)),
    typicalWeeklyKm: ran.length ? oneDecimal(median(ran.map((w) => w.km))) : null,
    runsPerWeek: ran.length ? oneDecimal(ran.reduce((s, w) => s + w.runs, 0) / ran.length) : null,
    painDurationDays: typeof duration === 'number' ? duration : null,
    goal: input.goal ?? null,
  };
}

/**
 * The latest check-in's result in a line, with every rule that fired.
 * @example triageSummary(undefined) // null
 */
export function triageSummary(latest: ReportCheckin | undefined): TriageSummary | null {
  if (!latest) return null;
  const rules = latest.result.rules.map((r) => r.title);
  return {
    at: latest.createdAt,
    urgency: latest.result.urgency,
    headline: rules[0] ?? 'No warning sign and no rule for a clinician fired.',
    rules,
    stopRunning: latest.result.stopRunning,
    complete: latest.complete,
  };
}

/**
 * A red-flag code as a short label: the code's own words.
 * @example redFlagLabel('saddle_numbness') // 'Saddle numbness'
 */
export function redFlagLabel(code: string): string {
  const words = code.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Each check-in's red-flag questions, newest first: how many were answered and which got Yes or Not sure.
 * @example redFlagScreens([checkin])[0]?.positive // [{ code: 'fever', label: 'Fever', answer: 'yes' }]
 */
export function redFlagScreens(checkins: readonly ReportCheckin[]): RedFlagScreen[] {
  return checkins.map((c) => {
    const flags = c.findings.filter((f) => findingDef(f.code)?.group === 'red_flag');
    return {
      at: c.createdAt,
      asked: flags.length,
      complete: c.complete,
      positive: flags.flatMap((f) =>
        f.value === true || f.value === 'unsure'
          ? [
              {
                code: f.code,
                label: redFlagLabel(f.code),
                answer: f.value === true ? 'yes' : 'not sure',
              } as const,
            ]
          : [],
      ),
    };
  });
}
