/**
 * When the plan stops and sends the runner to a new check-in (clinical evidence §4.2 "stop and re-triage",
 * §4.3 red twice). Each rule gives the first day it fires; the earliest wins, ties in the order of `STOP_RULES`.
 * What is chosen where the issue is silent:
 *
 * - `worse_checkin`: a later check-in that is emergency or urgent, more urgent than the plan's own check-in
 *   (so a see_clinician plan is not stopped by a second see_clinician check-in), or that stops running while the
 *   plan has runs. Its day is the first ten characters of `at`.
 * - `severe_pain`: one log with pain during ≥ 7 and the next morning ≥ 7, or logs on two different days each at
 *   ≥ 7 (during or next morning), however far apart.
 * - `pain_rise`: with a baseline, logs in a row all at ≥ baseline + 2 (the next-morning answer when given, else
 *   pain during: see `painLevel`) spanning more than a week (the last 8 days or more after the first).
 * - `no_improvement`: `NO_IMPROVEMENT_WEEKS` = 4. Clinical evidence says 4–6; the plan's default is 6 weeks,
 *   so 6 would fire only as the plan ends, while 4 leaves time to be seen again. From the first log on day 28
 *   after the first log, each log looks at the week up to it (its day and the 6 before): the mean pain level
 *   must have come down by 2 points and by 30 % of the baseline. Clinical evidence §4.2 names "<2 points or
 *   <30 %" as no meaningful improvement, so missing either stops the plan: the reading that sends the runner
 *   to be seen sooner (issue 12's "less than 2 points and 30 %" can be read the other way). Only with a
 *   baseline of 2 or more.
 * - `red_twice`: two run logs in a row in the red.
 */
import { URGENCIES, urgencyRank } from '../checkin/urgency';
import type { AdaptInput, PlanStop, RunZone, StopCode } from './adapt-types';
import { daysBetween, daysOf, painLevel } from './adapt-logs';
import type { PlanLog } from './plan-log';

export const SEVERE_PAIN = 7;
export const RISE_FROM_BASELINE = 2;
/** Days between the first and last raised log that make "more than a week". */
export const RISE_DAYS = 8;
export const NO_IMPROVEMENT_WEEKS = 4;
export const MEANINGFUL_POINTS = 2;
export const MEANINGFUL_PCT = 30;
/** No-improvement needs at least this much pain to improve from. */
export const NO_IMPROVEMENT_MIN_BASELINE = 2;

export const STOP_RULES = [
  'new_red_flag',
  'worse_checkin',
  'severe_pain',
  'red_twice',
  'pain_rise',
  'no_improvement',
] as const satisfies readonly StopCode[];

const MESSAGES: Record<StopCode, string> = {
  new_red_flag:
    'The plan stops here: you noted a new symptom (numbness, weakness, a bladder, bowel or sexual change, or a fever). Do a new check-in now.',
  worse_checkin:
    'The plan stops here: your latest check-in asks for more care than this plan gives. Follow what it says.',
  severe_pain:
    'The plan stops here: pain of 7 out of 10 or more has not settled. Do a new check-in before training on.',
  red_twice:
    'The plan stops here: two runs in a row went into the red. Do a new check-in before running again.',
  pain_rise:
    'The plan stops here: your pain has stayed at least 2 points above where it started for more than a week. Do a new check-in.',
  no_improvement:
    'The plan stops here: after four weeks your pain has not clearly eased. A new check-in helps find what to change.',
};

type Found = { on: string; because: string[] } | null;

export const redFlagStop = (logs: readonly PlanLog[]): Found => {
  const log = logs.find((l) => l.newRedFlag);
  return log ? { on: log.date, because: [log.date] } : null;
};

export function worseCheckinStop(input: Pick<AdaptInput, 'plan' | 'laterCheckins' | 'today'>): Found {
  const hasRuns = input.plan.weeks.some((w) => w.targetKm > 0);
  for (const c of input.laterCheckins) {
    const day = c.at.slice(0, 10);
    if (day > input.today) continue;
    const severe = urgencyRank(c.urgency) >= URGENCIES.indexOf('urgent');
    const worse = urgencyRank(c.urgency) > urgencyRank(input.plan.urgency);
    if (severe || worse || (c.stopRunning && hasRuns)) return { on: day, because: [day] };
  }
  return null;
}

export function severePainStop(logs: readonly PlanLog[]): Found {
  let first: PlanLog | null = null;
  for (const log of logs) {
    if (log.painDuring >= SEVERE_PAIN && (log.painNextMorning ?? 0) >= SEVERE_PAIN)
      return { on: log.date, because: [log.date] };
    if (Math.max(log.painDuring, log.painNextMorning ?? 0) < SEVERE_PAIN) continue;
    if (first && first.date !== log.date) return { on: log.date, because: [first.date, log.date] };
    first ??= log;
  }
  return null;
}

export function redTwiceStop(zones: readonly { date: string; zone: RunZone }[]): Found {
  for (let i = 1; i < zones.length; i++)
    if (zones[i - 1]!.zone === 'red' && zones[i]!.zone === 'red')
      return { on: zones[i]!.date, because: daysOf([zones[i - 1]!, zones[i]!]) };
  return null;
}

export function painRiseStop(logs: readonly PlanLog[], baselinePain: number | null): Found {
  if (baselinePain === null) return null;
  let run: PlanLog[] = [];
  for (const log of logs) {
    if (painLevel(log) < baselinePain + RISE_FROM_BASELINE) {
      run = [];
      continue;
    }
    run.push(log);
    if (daysBetween(run[0]!.date, log.date) >= RISE_DAYS) return { on: log.date, because: daysOf(run) };
  }
  return null;
}

const EPSILON = 1e-9;

/** Improvement from the baseline that counts: 2 points and 30 % of it. */
export const meaningful = (baseline: number, mean: number): boolean =>
  // Means of whole numbers: a tolerance keeps 10 → 7 (exactly 30 %) from missing by a rounding error.
  baseline - mean >= MEANINGFUL_POINTS - EPSILON &&
  (baseline - mean) * 100 >= baseline * MEANINGFUL_PCT - EPSILON;

export function noImprovementStop(logs: readonly PlanLog[], baselinePain: number | null): Found {
  if (baselinePain === null || baselinePain < NO_IMPROVEMENT_MIN_BASELINE || logs.length === 0) return null;
  const first = logs[0]!.date;
  for (const log of logs) {
    if (daysBetween(first, log.date) < 7 * NO_IMPROVEMENT_WEEKS) continue;
    const week = logs.filter((l) => l.date <= log.date && daysBetween(l.date, log.date) < 7);
    const mean = week.reduce((n, l) => n + painLevel(l), 0) / week.length;
    if (!meaningful(baselinePain, mean)) return { on: log.date, because: daysOf(week) };
  }
  return null;
}

/**
 * The first stop the logs and later check-ins call for, or null.
 * @example findStop(input, sortLogs(input.logs), zones) // { code: 'new_red_flag', on: '2026-12-09', ... }
 */
export function findStop(
  input: AdaptInput,
  sorted: readonly PlanLog[],
  zones: readonly { date: string; zone: RunZone }[],
): PlanStop | null {
  const found: Record<StopCode, Found> = {
    new_red_flag: redFlagStop(sorted),
    worse_checkin: worseCheckinStop(input),
    severe_pain: severePainStop(sorted),
    red_twice: redTwiceStop(zones),
    pain_rise: painRiseStop(sorted, input.baselinePain),
    no_improvement: noImprovementStop(sorted, input.baselinePain),
  };
  let stop: PlanStop | null = null;
  for (const code of STOP_RULES) {
    const f = found[code];
    if (f && (stop === null || f.on < stop.on))
      stop = { code, on: f.on, because: f.because, message: MESSAGES[code] };
  }
  return stop;
}
