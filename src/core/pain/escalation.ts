/**
 * When the pain diary says "see a professional" (issue 12 item 3; clinical evidence §2.4 and §4.2). Each rule
 * names the entries behind it, says whom to see, what to tell them, and asks for a new check-in.
 * What is chosen where the issue is silent:
 *
 * - Only entries after the latest check-in count for `not_easing` and `pain_rise` (a new check-in is what
 *   each trigger asks for, so doing one starts the count again); entries up to `today` only.
 * - Days are the runner's calendar days (`timeZone`); a day's level is its worst entry, except for
 *   `not_easing`, which asks that even the day's lowest entry stayed at 4 or more (pain that did not ease).
 * - `not_easing`: 7 or more calendar days in a row, every one with an entry and none below 4/10, at least one
 *   of them a rest day (a plan rest day, or a day without a run). A day with no entry breaks the row.
 * - `pain_rise`: with a check-in pain score as the baseline, days with entries in a row (days without entries
 *   are skipped, as the plan's own rule does) whose worst is at least baseline + 2, spanning more than a week
 *   (the last 8 days or more after the first, `RISE_DAYS`).
 * - `no_improvement`: on the active plan from `NO_IMPROVEMENT_WEEKS` (4) weeks after its first day, with a
 *   baseline of 2 or more: the mean of the daily worst over the last 7 days (today and the 6 before, at least
 *   one day with entries) is not a `meaningful` improvement (2 points and 30 %, the plan's own reading).
 */
import { dayNumber, isoDay } from '../load/calendar';
import {
  meaningful,
  NO_IMPROVEMENT_MIN_BASELINE,
  NO_IMPROVEMENT_WEEKS,
  RISE_DAYS,
  RISE_FROM_BASELINE,
} from '../plan/adapt-stop';
import { areasText, type PainArea } from './pain-entry';
import { painDays, type PainDay } from './pain-days';

export const NOT_EASING_SCORE = 4;
export const NOT_EASING_DAYS = 7;

export const ESCALATION_CODES = ['not_easing', 'pain_rise', 'no_improvement'] as const;
export type EscalationCode = (typeof ESCALATION_CODES)[number];

export interface EscalationEntry {
  id: string;
  at: string;
  score: number;
  areas?: readonly PainArea[];
}

export interface EscalationInput {
  entries: readonly EscalationEntry[];
  timeZone: string;
  /** The runner's today, YYYY-MM-DD. */
  today: string;
  /** The latest check-in: when, and the pain score it recorded. */
  lastCheckin: { at: string; painScore: number | null } | null;
  /** Days (YYYY-MM-DD) with at least one run. */
  runDays: readonly string[];
  /** Days the active plan keeps for rest. */
  planRestDays: readonly string[];
  /** The active plan: its first day and the pain it started from. */
  plan: { firstDay: string; baselinePain: number | null } | null;
}

export interface EscalationTrigger {
  code: EscalationCode;
  /** First and last day the trigger rests on. */
  from: string;
  to: string;
  entryIds: string[];
  /** Why, and whom to see. */
  message: string;
  /** What to tell the professional, one fact a line. */
  tellThem: string[];
}

const SEE =
  'Book an appointment with a physiotherapist, sports doctor or your GP, and do a new check-in now in case anything else has changed.';

const range = (days: readonly PainDay[], pick: (d: PainDay) => number) => {
  const values = days.map(pick);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return lo === hi ? `${lo}/10` : `${lo} to ${hi}/10`;
};

const where = (entries: readonly EscalationEntry[], ids: readonly string[]): string[] => {
  const areas = new Set(entries.filter((e) => ids.includes(e.id)).flatMap((e) => e.areas ?? []));
  return areas.size > 0 ? [`Where: ${areasText([...areas])}.`] : [];
};

const dayOf = (d: PainDay) => dayNumber(d.day);

/** Maximal rows of consecutive calendar days that pass `keep`. */
function rowsOf(days: readonly PainDay[], keep: (d: PainDay) => boolean): PainDay[][] {
  const rows: PainDay[][] = [];
  let row: PainDay[] = [];
  for (const d of days) {
    const last = row.at(-1);
    if (!keep(d) || (last && dayOf(d) !== dayOf(last) + 1)) {
      if (row.length > 0) rows.push(row);
      row = keep(d) ? [d] : [];
    } else row.push(d);
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

/** @example notEasing(days, input) // null when no 7-day row of pain ≥ 4 holds a rest day */
export function notEasing(days: readonly PainDay[], input: EscalationInput): EscalationTrigger | null {
  const runDays = new Set(input.runDays);
  const planRest = new Set(input.planRestDays);
  const isRest = (d: PainDay) => planRest.has(d.day) || !runDays.has(d.day);
  const found = rowsOf(days, (d) => d.lowest >= NOT_EASING_SCORE)
    .filter((row) => row.length >= NOT_EASING_DAYS && row.some(isRest))
    .at(-1);
  if (!found) return null;
  const entryIds = found.flatMap((d) => d.entryIds);
  const rest = found.filter(isRest).length;
  return {
    code: 'not_easing',
    from: found[0]!.day,
    to: found.at(-1)!.day,
    entryIds,
    message: `Your pain has not dropped below ${NOT_EASING_SCORE} out of 10 on any of ${found.length} days in a row, rest days included. Pain that rest does not ease should be looked at. ${SEE}`,
    tellThem: [
      `Pain of ${range(found, (d) => d.lowest)} at its lowest and ${range(found, (d) => d.worst)} at its worst, every day from ${found[0]!.day} to ${found.at(-1)!.day}.`,
      `It did not ease on ${rest} rest ${rest === 1 ? 'day' : 'days'} without running.`,
      ...where(input.entries, entryIds),
    ],
  };
}

/** @example painRise(days, input) // null without a check-in pain score */
export function painRise(days: readonly PainDay[], input: EscalationInput): EscalationTrigger | null {
  const baseline = input.lastCheckin?.painScore ?? null;
  if (baseline === null) return null;
  let row: PainDay[] = [];
  let found: PainDay[] | null = null;
  for (const d of days) {
    if (d.worst < baseline + RISE_FROM_BASELINE) {
      row = [];
      continue;
    }
    row.push(d);
    if (dayOf(d) - dayOf(row[0]!) >= RISE_DAYS) found = [...row];
  }
  if (!found) return null;
  const entryIds = found.flatMap((d) => d.entryIds);
  const checkinDay = input.lastCheckin!.at.slice(0, 10);
  return {
    code: 'pain_rise',
    from: found[0]!.day,
    to: found.at(-1)!.day,
    entryIds,
    message: `For more than a week your pain has been ${RISE_FROM_BASELINE} or more points above the ${baseline} out of 10 of your last check-in. ${SEE}`,
    tellThem: [
      `At the check-in on ${checkinDay} the pain was ${baseline}/10.`,
      `From ${found[0]!.day} to ${found.at(-1)!.day} the worst pain each day was ${range(found, (d) => d.worst)}.`,
      ...where(input.entries, entryIds),
    ],
  };
}

/** @example noImprovement(days, input) // null before the plan's fourth week is over */
export function noImprovement(days: readonly PainDay[], input: EscalationInput): EscalationTrigger | null {
  const plan = input.plan;
  if (!plan || plan.baselinePain === null || plan.baselinePain < NO_IMPROVEMENT_MIN_BASELINE) return null;
  const today = dayNumber(input.today);
  const weeks = Math.floor((today - dayNumber(plan.firstDay)) / 7);
  if (weeks < NO_IMPROVEMENT_WEEKS) return null;
  const week = days.filter((d) => dayOf(d) <= today && today - dayOf(d) < 7);
  if (week.length === 0) return null;
  const mean = week.reduce((n, d) => n + d.worst, 0) / week.length;
  if (meaningful(plan.baselinePain, mean)) return null;
  const entryIds = week.flatMap((d) => d.entryIds);
  const shown = Math.round(mean * 10) / 10;
  return {
    code: 'no_improvement',
    from: week[0]!.day,
    to: week.at(-1)!.day,
    entryIds,
    message: `After ${weeks} weeks of the plan your pain has not clearly eased (that would be at least 2 points and 30 % below where it started). ${SEE}`,
    tellThem: [
      `The plan started on ${plan.firstDay} with pain of ${plan.baselinePain}/10.`,
      `Over the last week the worst pain each day averaged ${shown}/10 (${week.length} ${week.length === 1 ? 'day' : 'days'} logged, ${range(week, (d) => d.worst)}).`,
      `${weeks} weeks of exercises and running as the plan set them.`,
      ...where(input.entries, entryIds),
    ],
  };
}

/**
 * Every trigger the diary fires, in `ESCALATION_CODES` order (none: an empty list).
 * @example escalations({ entries: [], timeZone: 'UTC', today: '2026-12-14', lastCheckin: null, runDays: [], planRestDays: [], plan: null }) // []
 */
export function escalations(input: EscalationInput): EscalationTrigger[] {
  const todayEnd = dayNumber(input.today);
  const after = input.lastCheckin ? Date.parse(input.lastCheckin.at) : -Infinity;
  const all = painDays(input.entries, input.timeZone).filter((d) => dayOf(d) <= todayEnd);
  const sinceCheckin = painDays(
    input.entries.filter((e) => Date.parse(e.at) > after),
    input.timeZone,
  ).filter((d) => dayOf(d) <= todayEnd);
  return [notEasing(sinceCheckin, input), painRise(sinceCheckin, input), noImprovement(all, input)].filter(
    (t): t is EscalationTrigger => t !== null,
  );
}

/** @example isoDayAfter('2026-12-31', 1) // '2027-01-01' */
export const isoDayAfter = (day: string, n: number): string => isoDay(dayNumber(day) + n);
