/** Diary entries gathered by the runner's calendar day: the day's worst and lowest scores, and its entries. */
import { dayIn, isoDay } from '../load/calendar';

export interface ScoredEntry {
  id: string;
  at: string;
  score: number;
}

export interface PainDay {
  /** YYYY-MM-DD in the runner's time zone. */
  day: string;
  worst: number;
  lowest: number;
  entryIds: string[];
}

/**
 * One row per day that has entries, oldest first.
 * @example painDays([{ id: 'a', at: '2026-12-01T08:00:00Z', score: 3 }], 'UTC')[0]?.worst // 3
 */
export function painDays(entries: readonly ScoredEntry[], timeZone: string): PainDay[] {
  const byDay = new Map<string, PainDay>();
  const sorted = [...entries].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
  for (const e of sorted) {
    const day = isoDay(dayIn(Date.parse(e.at), timeZone));
    const d = byDay.get(day);
    if (d) {
      d.worst = Math.max(d.worst, e.score);
      d.lowest = Math.min(d.lowest, e.score);
      d.entryIds.push(e.id);
    } else byDay.set(day, { day, worst: e.score, lowest: e.score, entryIds: [e.id] });
  }
  return [...byDay.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/**
 * The daily worst pain for each of the `days` days up to `today` (null on days without entries), for the trend.
 * @example dailyWorst([], 'UTC', '2026-12-07', 7).length // 7
 */
export function dailyWorst(
  entries: readonly ScoredEntry[],
  timeZone: string,
  today: string,
  days: number,
): { day: string; worst: number | null }[] {
  const known = new Map(painDays(entries, timeZone).map((d) => [d.day, d.worst]));
  const end = Date.parse(`${today}T00:00:00Z`) / 86_400_000;
  return Array.from({ length: days }, (_, i) => {
    const day = isoDay(end - days + 1 + i);
    return { day, worst: known.get(day) ?? null };
  });
}
