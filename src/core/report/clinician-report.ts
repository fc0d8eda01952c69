/**
 * The whole report for a clinician from the runner's data, pure: `now`, their time zone and every record
 * are passed in (see `src/app/report.ts`, which reads them).
 */
import type { PlanChange } from '../plan/adapt-types';
import type { PlanLog } from '../plan/plan-log';
import type { Plan } from '../plan/plan-types';
import { clinicianQuestions } from './clinician-questions';
import { painPoints } from './pain-points';
import { planAdherence } from './plan-adherence';
import { recentChanges } from './recent-changes';
import type { ClinicianReport, PainPoint, ReportShoe, ReportSurface, ReportWeek } from './report-types';
import { redFlagScreens, runnerSummary, triageSummary, type ReportCheckin } from './runner-summary';

/** Check-ins whose red-flag answers the report lists. */
export const RED_FLAG_CHECKINS = 5;

export interface ClinicianReportInput {
  now: Date;
  /** The runner's day, YYYY-MM-DD. */
  today: string;
  timeZone: string;
  /** Newest first. */
  checkins: readonly ReportCheckin[];
  /** The weeks shown (12), oldest first, the current week last. */
  weeks: readonly ReportWeek[];
  firstActivity: string | null;
  /** The runner's goal from Settings; null when not given. */
  goal?: string | null;
  shoes: readonly ReportShoe[];
  surface: ReportSurface;
  plan: {
    createdAt: string;
    status: string;
    plan: Pick<Plan, 'weeks'>;
    /** The runner's day the plan was ended on; absent or null while it runs. */
    lastDay?: string | null;
    logs: readonly PlanLog[];
    changes: readonly PlanChange[];
  } | null;
  /** Pain diary entries as points; empty until the diary is joined in. */
  diary: readonly PainPoint[];
}

/**
 * @example clinicianReport(input).questions.length // between 1 and 5
 */
export function clinicianReport(input: ClinicianReportInput): ClinicianReport {
  const latest = input.checkins[0];
  const points = painPoints({
    checkins: input.checkins,
    planLogs: input.plan?.logs ?? [],
    diary: input.diary,
  });
  const base = {
    generatedAt: input.now.toISOString(),
    today: input.today,
    timeZone: input.timeZone,
    summary: runnerSummary({
      latest,
      weeks: input.weeks,
      firstActivity: input.firstActivity,
      now: input.now,
      goal: input.goal ?? null,
    }),
    triage: triageSummary(latest),
    redFlags: redFlagScreens(input.checkins.slice(0, RED_FLAG_CHECKINS)),
    pain: {
      points,
      first: points[0] ?? null,
      latest: points.at(-1) ?? null,
      highest: points.length ? Math.max(...points.map((p) => p.score)) : null,
    },
    weeks: [...input.weeks],
    shoes: [...input.shoes],
    surface: input.surface,
    // An ended plan counts the days up to its last one.
    tried: planAdherence(
      input.plan,
      input.plan?.lastDay && input.plan.lastDay < input.today ? input.plan.lastDay : input.today,
    ),
    changes: recentChanges({
      today: input.today,
      shoes: input.shoes,
      weeks: input.weeks,
      surface: input.surface,
      plan: input.plan,
      checkins: input.checkins,
    }),
  };
  return { ...base, questions: clinicianQuestions(base) };
}
