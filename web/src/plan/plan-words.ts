/**
 * The plan in words for its pages and Home's Today card. Kept free of the exercise library's texts, so Home
 * can use it without loading them.
 */
import type { PlanRecord } from '../../../src/contract/plans';
import type { PlanItemKind } from '../../../src/core/plan/plan-types';
import { TASK_WORDS } from '../../../src/core/plan/task-words';
import type { LoggableKind } from '../../../src/core/plan/plan-log';
import { LOGGABLE_KINDS } from '../../../src/core/plan/plan-log';
import { formatDistance, type DistanceUnit } from '../../../src/core/units/format';

export type Plan = PlanRecord['plan'];
export type PlanWeek = Plan['weeks'][number];
export type PlanDay = PlanWeek['days'][number];
export type PlanItem = PlanDay['items'][number];

export const KIND_WORD: Record<PlanItemKind, string> = {
  run: 'Run',
  warmup: 'Warm-up',
  cooldown_stretch: 'Stretches after',
  strength: 'Strength',
  drills: 'Form drills',
  mobility: 'Mobility',
  foam_rolling: 'Foam rolling',
  active_recovery: 'Active recovery',
  rest: 'Rest day',
  task: 'To do',
};

/** The words of a compact chip in the week strip. */
export const CHIP_WORD: Record<PlanItemKind, string> = {
  run: 'Run',
  warmup: 'Warm-up',
  cooldown_stretch: 'Stretch',
  strength: 'Strength',
  drills: 'Drills',
  mobility: 'Mobility',
  foam_rolling: 'Roll',
  active_recovery: 'Easy move',
  rest: 'Rest',
  task: 'To do',
};

/**
 * A chip's words: a run says its distance.
 * @example chipWord({ kind: 'run', km: 6 }, 'km') // "6.0 km"
 */
export const chipWord = (item: PlanItem, units: DistanceUnit): string =>
  item.kind === 'run' && item.km !== undefined ? formatDistance(item.km * 1000, units) : CHIP_WORD[item.kind];

/**
 * An item's short name: "Run 5.2 km", "Strength", "Check your shoes".
 * @example itemTitle({ kind: 'run', km: 5.2 }, 'km') // "Run 5.2 km"
 */
export function itemTitle(item: PlanItem, units: DistanceUnit): string {
  if (item.kind === 'run' && item.km !== undefined) return `Run ${formatDistance(item.km * 1000, units)}`;
  if (item.kind === 'task' && item.task) return TASK_WORDS[item.task].title;
  return KIND_WORD[item.kind];
}

/** Items a guided session plays: every loggable kind with exercises, but not a run. */
export const isSessionItem = (item: PlanItem): boolean =>
  item.kind !== 'run' &&
  (LOGGABLE_KINDS as readonly string[]).includes(item.kind) &&
  (item.exercises?.length ?? 0) > 0;

/**
 * Which item of its kind this is on its day, 0 for the first (the player's and the log's `itemIndex`).
 * @example kindIndex([{ kind: 'strength' }, { kind: 'run' }, { kind: 'strength' }], 2) // 1
 */
export function kindIndex(items: readonly Pick<PlanItem, 'kind'>[], at: number): number {
  const kind = items[at]?.kind;
  return items.slice(0, at).filter((i) => i.kind === kind).length;
}

/**
 * The guided session's address.
 * @example sessionPath('2026-03-02', 'strength', 0) // "/plan/session/2026-03-02/strength/0"
 */
export const sessionPath = (date: string, kind: LoggableKind | PlanItemKind, index: number): string =>
  `/plan/session/${date}/${kind}/${index}`;

/** The week and day of a date in the plan; undefined outside it. */
export function findDay(plan: Plan, date: string): { week: number; day: PlanDay } | undefined {
  for (const [week, w] of plan.weeks.entries()) {
    const day = w.days.find((d) => d.date === date);
    if (day) return { week, day };
  }
  return undefined;
}

/** The week to show first: the one holding today, else the first week still to come, else the last. */
export function weekToShow(plan: Plan, today: string): number {
  const found = findDay(plan, today);
  if (found) return found.week;
  const next = plan.weeks.findIndex((w) => w.weekStart > today);
  return next >= 0 ? next : Math.max(0, plan.weeks.length - 1);
}

/** A rest day: nothing on it but rest (tasks may sit beside it). */
export const isRestDay = (day: PlanDay): boolean =>
  day.items.some((i) => i.kind === 'rest') && day.items.every((i) => i.kind === 'rest' || i.kind === 'task');

/** The first guided session of a day with its index of kind, for a one-tap Start. */
export function firstSession(day: PlanDay): { item: PlanItem; index: number } | undefined {
  const at = day.items.findIndex(isSessionItem);
  return at < 0 ? undefined : { item: day.items[at]!, index: kindIndex(day.items, at) };
}

/**
 * A day's items in one line: "Warm-up, run 5.2 km, stretches after and strength".
 * @example dayInWords({ date: '2026-03-02', items: [{ kind: 'rest' }] }, 'km') // "Rest day"
 */
export function dayInWords(day: PlanDay, units: DistanceUnit): string {
  const words = day.items.map((item, i) => {
    const title = itemTitle(item, units);
    return i === 0 ? title : title.charAt(0).toLowerCase() + title.slice(1);
  });
  if (words.length <= 1) return words[0] ?? 'Nothing planned';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/**
 * A plan date as a runner reads it: "Mon 2 Mar".
 * @example dayLabel('2026-03-02') // "Mon 2 Mar" (in an English locale)
 */
export function dayLabel(iso: string, long = false): string {
  return new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, {
    weekday: long ? 'long' : 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** "Mon". */
export const weekdayLabel = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, { weekday: 'short', timeZone: 'UTC' });

/** "2 Mar". */
export const dateLabel = (iso: string): string =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(undefined, {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
