/**
 * What changed recently, newest first: new shoes, spike weeks, a new plan and its changes (easier or
 * harder), the runner's main surface, and the check-in's urgency moving up or down. "Recently" is the
 * last `RECENT_DAYS` days before the runner's today.
 */
import type { Urgency } from '../checkin/urgency';
import { urgencyRank } from '../checkin/urgency';
import type { ChangeKind } from '../plan/adapt-types';
import { dayWords } from './report-words';
import type { RecentChange, ReportShoe, ReportSurface, ReportWeek } from './report-types';

export const RECENT_DAYS = 42;

/** A plan change in words for a clinician. */
const CHANGE_WORDS: Record<ChangeKind, string> = {
  progress: 'an exercise moved to a harder step',
  hold: 'an exercise held at the same step',
  regress: 'an exercise moved to an easier step',
  cut_volume: 'exercise volume cut for pain',
  run_progress: 'running built up',
  run_hold: 'running held at the same distance',
  run_lower: 'running lowered for pain',
  run_pause: 'running paused for pain',
};

const URGENCY_WORDS: Record<Urgency, string> = {
  self_manage: 'self-care',
  see_clinician: 'see a clinician',
  urgent: 'urgent care',
  emergency: 'emergency care',
};

export interface RecentChangesInput {
  today: string;
  shoes: readonly ReportShoe[];
  weeks: readonly ReportWeek[];
  surface: ReportSurface;
  plan: { createdAt: string; changes: readonly { kind: ChangeKind; from: string }[] } | null;
  /** Newest first. */
  checkins: readonly { createdAt: string; result: { urgency: Urgency } }[];
}

const dayBefore = (today: string, days: number): string => {
  const d = new Date(`${today}T00:00:00.000Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
};

const surfaceOf = (pct: number | null): string | null =>
  pct === null ? null : pct > 50 ? 'a treadmill' : pct < 50 ? 'outdoors' : null;

/**
 * @example recentChanges({ today: '2026-12-03', shoes: [], weeks: [], surface: { treadmillPctLastTwoWeeks: null, treadmillPctFourWeeksBefore: null }, plan: null, checkins: [] }) // []
 */
export function recentChanges(input: RecentChangesInput): RecentChange[] {
  const since = dayBefore(input.today, RECENT_DAYS);
  const changes: RecentChange[] = [];
  for (const shoe of input.shoes) {
    const on = shoe.addedAt?.slice(0, 10);
    if (on && on >= since) changes.push({ on, text: `New shoes: ${shoe.name}.` });
  }
  for (const week of input.weeks) {
    if (week.spike && week.weekStart >= since && week.increasePct !== null)
      changes.push({
        on: week.weekStart,
        text: `Week of ${dayWords(week.weekStart)}: running ${week.km} km, ${week.increasePct}% above the four weeks before.`,
      });
  }
  if (input.plan) {
    const on = input.plan.createdAt.slice(0, 10);
    if (on >= since) changes.push({ on, text: 'Started an exercise and running plan.' });
    const seen = new Set<string>();
    for (const c of input.plan.changes) {
      const key = `${c.from} ${c.kind}`;
      if (c.from < since || c.from > input.today || seen.has(key)) continue;
      seen.add(key);
      changes.push({ on: c.from, text: `Plan: ${CHANGE_WORDS[c.kind]}.` });
    }
  }
  const now = surfaceOf(input.surface.treadmillPctLastTwoWeeks);
  const before = surfaceOf(input.surface.treadmillPctFourWeeksBefore);
  if (now && before && now !== before)
    changes.push({ on: dayBefore(input.today, 14), text: `Mostly ran on ${now}, after mostly ${before}.` });
  const [latest, previous] = input.checkins;
  if (latest && previous && latest.createdAt.slice(0, 10) >= since) {
    const a = urgencyRank(previous.result.urgency);
    const b = urgencyRank(latest.result.urgency);
    if (a !== b)
      changes.push({
        on: latest.createdAt.slice(0, 10),
        text: `Check-in result ${b > a ? 'rose' : 'eased'} from ${URGENCY_WORDS[previous.result.urgency]} to ${URGENCY_WORDS[latest.result.urgency]}.`,
      });
  }
  return changes.sort((x, y) => (x.on < y.on ? 1 : x.on > y.on ? -1 : 0));
}
