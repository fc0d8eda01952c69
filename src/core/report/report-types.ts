/**
 * The report a runner takes to a physiotherapist or sports doctor (issue 12 item 5): the shapes the pure
 * report functions take and give back. The HTML page, the PDF and the shared link all render one
 * `ClinicianReport`.
 */
import type { Sex } from '../checkin/finding-def';
import type { Urgency } from '../checkin/urgency';

/** Where a pain score came from. The diary (`pain_entries`) joins the check-ins and plan logs. */
export type PainSource = 'checkin' | 'plan' | 'diary';

/** One pain score on the timeline. */
export interface PainPoint {
  /** ISO 8601 instant. */
  at: string;
  /** 0–10. */
  score: number;
  /** Where it hurt, in plain words; empty when the source did not say. */
  where: string[];
  source: PainSource;
  /** What the score was about, when the source says ("during a run", "next morning"). */
  context?: string;
}

export interface RunnerSummary {
  age: number | null;
  sex: Sex | null;
  /** Whole weeks since the first recorded activity; null without any. */
  weeksOfHistory: number | null;
  /** Median running distance of the complete weeks with running among the 12 shown, km to 0.1. */
  typicalWeeklyKm: number | null;
  /** Mean runs a week over those same weeks, to 0.1. */
  runsPerWeek: number | null;
  /** Days since this bout of pain began, as of the latest check-in. */
  painDurationDays: number | null;
  /** What the runner is running for, in their words (Settings); null when not given. */
  goal: string | null;
}

export interface TriageSummary {
  at: string;
  urgency: Urgency;
  /** The deciding rule's title, or a plain line when no rule fired. */
  headline: string;
  /** Every rule that fired, most urgent first. */
  rules: string[];
  stopRunning: boolean;
  complete: boolean;
}

export interface RedFlagAnswer {
  code: string;
  label: string;
  answer: 'yes' | 'not sure';
}

/** The red-flag questions of one check-in: how many were answered and which were not No. */
export interface RedFlagScreen {
  at: string;
  asked: number;
  complete: boolean;
  positive: RedFlagAnswer[];
}

export interface ReportWeek {
  weekStart: string;
  km: number;
  runs: number;
  complete: boolean;
  /** Percent above the 4-week baseline (the spike measure); null when not measured. */
  increasePct: number | null;
  spike: boolean;
}

export interface ReportShoe {
  name: string;
  distanceKm: number;
  retireKm: number;
  retired: boolean;
  inUse: boolean;
  /** When it was added to the garage, ISO 8601; null when not known. */
  addedAt: string | null;
}

export interface ReportSurface {
  /** Percent of running on a treadmill, one decimal; null without running. */
  treadmillPctLastTwoWeeks: number | null;
  treadmillPctFourWeeksBefore: number | null;
}

export interface AdherenceByKind {
  kind: string;
  planned: number;
  logged: number;
}

/** What was tried: the plan so far, sessions planned up to today against sessions logged. */
export interface PlanAdherence {
  startedAt: string;
  status: string;
  weeks: number;
  planned: number;
  logged: number;
  /** Whole percent; null when nothing was planned yet. */
  pct: number | null;
  byKind: AdherenceByKind[];
  /** Mean pain during logged items, first and last logged week, one decimal. */
  painFirstWeek: number | null;
  painLastWeek: number | null;
}

export interface RecentChange {
  /** YYYY-MM-DD. */
  on: string;
  text: string;
}

export interface ClinicianReport {
  /** When it was made, ISO 8601, and the runner's day then. */
  generatedAt: string;
  today: string;
  timeZone: string;
  summary: RunnerSummary;
  triage: TriageSummary | null;
  redFlags: RedFlagScreen[];
  pain: { points: PainPoint[]; first: PainPoint | null; latest: PainPoint | null; highest: number | null };
  weeks: ReportWeek[];
  shoes: ReportShoe[];
  surface: ReportSurface;
  tried: PlanAdherence | null;
  changes: RecentChange[];
  questions: string[];
}
