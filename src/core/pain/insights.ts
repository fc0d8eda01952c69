/**
 * Insights (issue 12 item 4): the runner's diary set against their own training. For each condition, the
 * average pain of the entries when it held and when it did not, and how many entries and days that rests on.
 * Shown only with enough entries on both sides, and always as a pattern, never as a cause.
 */
import { DAY_MS, isoDay } from '../load/calendar';
import {
  conditionContext,
  CONDITIONS,
  datedEntry,
  INSIGHT_CODES,
  type InsightCode,
  type InsightRun,
  type InsightSession,
  type InsightShoe,
} from './insight-conditions';
import type { ScoredEntry } from './pain-days';

/** Entries needed on each side, on at least this many different days, before an insight is shown. */
export const INSIGHT_MIN = { entries: 5, days: 3 } as const;
/** Weeks of diary read by default. */
export const INSIGHT_WEEKS = 12;
/** Differences smaller than this (points out of 10) read as "about the same". */
export const SAME_WITHIN = 1;

export interface InsightSide {
  /** Average pain, one decimal; null without entries. */
  mean: number | null;
  entries: number;
  days: number;
}

export interface Insight {
  code: InsightCode;
  title: string;
  /** Short labels for the plot. */
  withLabel: string;
  withoutLabel: string;
  with: InsightSide;
  without: InsightSide;
  enough: boolean;
  /** With minus without, one decimal; null unless enough. */
  difference: number | null;
  /** One or two sentences for the runner. */
  summary: string;
}

export interface PainInsights {
  /** First and last day read, YYYY-MM-DD. */
  from: string;
  to: string;
  /** Diary entries in that span. */
  entries: number;
  insights: Insight[];
  /** What the numbers are and are not. */
  caveat: string;
}

export interface InsightInput {
  entries: readonly ScoredEntry[];
  /** Every running activity of the runner (earlier runs give shoes their distance). */
  runs: readonly InsightRun[];
  shoes: readonly InsightShoe[];
  sessions: readonly InsightSession[];
  timeZone: string;
  now: Date;
  weeks?: number;
}

interface Words {
  title: string;
  with: string;
  without: string;
  withLabel: string;
  withoutLabel: string;
}

const WORDS: Record<InsightCode, Words> = {
  distance_rise: {
    title: 'Weekly distance going up',
    with: 'when your last 7 days were more than 10% up on the 7 before',
    without: 'when they were not',
    withLabel: 'Up over 10%',
    withoutLabel: 'Not up',
  },
  long_run: {
    title: 'Long runs',
    with: 'in the 2 days after a long run',
    without: 'at other times',
    withLabel: 'After a long run',
    withoutLabel: 'Other times',
  },
  worn_shoes: {
    title: 'Shoe distance',
    with: 'after runs in shoes past 500 km',
    without: 'after runs in shoes under 500 km',
    withLabel: 'Shoes past 500 km',
    withoutLabel: 'Under 500 km',
  },
  treadmill: {
    title: 'Treadmill or outside',
    with: 'after treadmill runs',
    without: 'after runs outside',
    withLabel: 'After treadmill',
    withoutLabel: 'After outside',
  },
  morning_run: {
    title: 'Time of day you run',
    with: 'after runs started before noon',
    without: 'after runs started later',
    withLabel: 'Morning run',
    withoutLabel: 'Later run',
  },
  plan_kept: {
    title: 'Keeping to the plan',
    with: 'in weeks you did at least two thirds of the plan’s sessions',
    without: 'in weeks you did fewer',
    withLabel: 'Plan kept',
    withoutLabel: 'Fewer sessions',
  },
};

export const INSIGHT_CAVEAT =
  'These are patterns in your own diary, not proof of what causes your pain: many things change together. ' +
  'Take them to your physiotherapist rather than changing everything at once.';

const oneDecimal = (v: number) => Math.round(v * 10) / 10;
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function side(scores: readonly { score: number; day: number }[]): InsightSide {
  if (scores.length === 0) return { mean: null, entries: 0, days: 0 };
  const sum = scores.reduce((s, e) => s + e.score, 0);
  return {
    mean: oneDecimal(sum / scores.length),
    entries: scores.length,
    days: new Set(scores.map((e) => e.day)).size,
  };
}

const isEnough = (s: InsightSide) => s.entries >= INSIGHT_MIN.entries && s.days >= INSIGHT_MIN.days;

function summary(words: Words, w: InsightSide, wo: InsightSide, difference: number | null): string {
  if (difference === null) {
    return (
      `Not enough entries yet: ${plural(w.entries, 'entry', 'entries')} ${words.with} and ` +
      `${plural(wo.entries, 'entry', 'entries')} ${words.without}. This needs at least ` +
      `${INSIGHT_MIN.entries} of each, on ${INSIGHT_MIN.days} different days.`
    );
  }
  const means =
    `Your pain averaged ${w.mean}/10 ${words.with} (${plural(w.entries, 'entry', 'entries')}) and ` +
    `${wo.mean}/10 ${words.without} (${plural(wo.entries, 'entry', 'entries')}).`;
  if (Math.abs(difference) < SAME_WITHIN) return `${means} About the same either way.`;
  const points = plural(oneDecimal(Math.abs(difference)), 'point', 'points');
  return `${means} That is ${points} ${difference > 0 ? 'higher' : 'lower'} ${words.with}.`;
}

/**
 * Every insight over the last `weeks` weeks (default 12), in a fixed order.
 * @example painInsights({ entries: [], runs: [], shoes: [], sessions: [], timeZone: 'UTC', now }).insights[0]?.enough // false
 */
export function painInsights(input: InsightInput): PainInsights {
  const weeks = input.weeks ?? INSIGHT_WEEKS;
  const toMs = input.now.getTime();
  const fromMs = toMs - weeks * 7 * DAY_MS;
  const ctx = conditionContext({ ...input, longFrom: fromMs });
  const entries = input.entries
    .map((e) => ({ score: e.score, ...datedEntry(e.at, input.timeZone) }))
    .filter((e) => e.ms >= fromMs && e.ms <= toMs);
  const insights = INSIGHT_CODES.map((code): Insight => {
    const held: typeof entries = [];
    const not: typeof entries = [];
    for (const e of entries) {
      const verdict = CONDITIONS[code](ctx, e);
      if (verdict === true) held.push(e);
      else if (verdict === false) not.push(e);
    }
    const w = side(held);
    const wo = side(not);
    const enough = isEnough(w) && isEnough(wo);
    const exact = (list: typeof entries) => list.reduce((s, e) => s + e.score, 0) / list.length;
    const difference = enough ? oneDecimal(exact(held) - exact(not)) : null;
    const words = WORDS[code];
    return {
      code,
      title: words.title,
      withLabel: words.withLabel,
      withoutLabel: words.withoutLabel,
      with: w,
      without: wo,
      enough,
      difference,
      summary: summary(words, w, wo, difference),
    };
  });
  const day = (ms: number) => isoDay(datedEntry(new Date(ms).toISOString(), input.timeZone).day);
  return { from: day(fromMs), to: day(toMs), entries: entries.length, insights, caveat: INSIGHT_CAVEAT };
}
