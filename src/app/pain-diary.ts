/**
 * The pain diary (issue 12 items 1–3): add, list by range, edit and delete entries, and the escalation view
 * that reads them with the latest check-in, the runs and the active plan's rest days.
 */
import { randomUUID } from 'node:crypto';
import { DAY_MS, dayIn, isoDay } from '../core/load/calendar';
import { RUNNING_SPORTS } from '../core/load/weekly-distance';
import { escalations, type EscalationTrigger } from '../core/pain/escalation';
import type { EasedBy, PainArea, PainEntry, PainWhen, WorsenedBy } from '../core/pain/pain-entry';
import { startsInFuture } from '../core/runs/manual-run-limits';
import { fail, ok, type Result } from '../core/result';
import type { Repositories } from '../store/repositories';
import type { PainRange } from '../store/repositories/pain-entries';

export interface PainDeps {
  repos: Pick<Repositories, 'painEntries' | 'checkins' | 'runs' | 'plans'>;
  now: Date;
}

/** An entry as the runner sends it (validated at the edge); `at` defaults to now. */
export interface PainEntryInput {
  at?: string;
  score: number;
  areas?: PainArea[];
  when: PainWhen;
  easedBy?: EasedBy[];
  worsenedBy?: WorsenedBy[];
  note?: string;
}

/** How far back the escalation view reads when there is no check-in to start from. */
export const ESCALATION_LOOKBACK_DAYS = 365;

const notFound = () => fail('not_found', 'No pain entry with this id.');

function future(at: string, now: Date): Result<never> | null {
  if (!startsInFuture(Date.parse(at), now, 'own')) return null;
  const message = 'at is in the future; give the time you felt the pain';
  return fail('validation_failed', message, { issues: [{ path: 'body.at', message }] });
}

const unique = <T>(values: readonly T[] | undefined): T[] => [...new Set(values ?? [])];

/**
 * Adds an entry to the runner's diary.
 * @example await addPainEntry({ repos, now }, userId, { score: 4, when: 'after_run', areas: ['low_back_left'] })
 */
export async function addPainEntry(
  deps: Pick<PainDeps, 'repos' | 'now'>,
  userId: string,
  input: PainEntryInput,
): Promise<Result<PainEntry>> {
  const at = input.at === undefined ? deps.now.toISOString() : new Date(input.at).toISOString();
  const late = future(at, deps.now);
  if (late) return late;
  const nowIso = deps.now.toISOString();
  const entry: PainEntry = {
    id: randomUUID(),
    at,
    score: input.score,
    areas: unique(input.areas),
    when: input.when,
    easedBy: unique(input.easedBy),
    worsenedBy: unique(input.worsenedBy),
    note: input.note ?? '',
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  await deps.repos.painEntries.insert(userId, entry);
  return ok(entry);
}

/** The runner's entries in a range, newest first. */
export const listPainEntries = (deps: Pick<PainDeps, 'repos'>, userId: string, range: PainRange) =>
  deps.repos.painEntries.list(userId, range);

/** One entry of the runner's, or `not_found`. */
export async function painEntryById(
  deps: Pick<PainDeps, 'repos'>,
  userId: string,
  id: string,
): Promise<Result<PainEntry>> {
  const found = await deps.repos.painEntries.get(userId, id);
  return found ? ok(found) : notFound();
}

/** Changes an entry; fields left out keep their value. */
export async function editPainEntry(
  deps: Pick<PainDeps, 'repos' | 'now'>,
  userId: string,
  id: string,
  changes: Partial<PainEntryInput>,
): Promise<Result<PainEntry>> {
  const found = await deps.repos.painEntries.get(userId, id);
  if (!found) return notFound();
  const at = changes.at === undefined ? found.at : new Date(changes.at).toISOString();
  const late = changes.at === undefined ? null : future(at, deps.now);
  if (late) return late;
  const entry: PainEntry = {
    ...found,
    at,
    score: changes.score ?? found.score,
    areas: changes.areas ? unique(changes.areas) : found.areas,
    when: changes.when ?? found.when,
    easedBy: changes.easedBy ? unique(changes.easedBy) : found.easedBy,
    worsenedBy: changes.worsenedBy ? unique(changes.worsenedBy) : found.worsenedBy,
    note: changes.note ?? found.note,
    updatedAt: deps.now.toISOString(),
  };
  return (await deps.repos.painEntries.replace(userId, entry)) ? ok(entry) : notFound();
}

/** Deletes an entry. */
export async function deletePainEntry(
  deps: Pick<PainDeps, 'repos'>,
  userId: string,
  id: string,
): Promise<Result<null>> {
  return (await deps.repos.painEntries.delete(userId, id)) ? ok(null) : notFound();
}

/** Pain scores logged since the latest check-in, for the re-check suggestion (`recheckDue`). */
export async function painSinceCheckin(
  deps: { repos: Pick<Repositories, 'painEntries'> },
  userId: string,
  last: { createdAt: string } | undefined,
): Promise<{ at: string; score: number }[]> {
  return last ? deps.repos.painEntries.scoresAfter(userId, last.createdAt) : [];
}

export interface PainEscalationView {
  triggers: EscalationTrigger[];
  lastCheckin: { at: string; painScore: number | null } | null;
}

/**
 * What the diary says about seeing a professional, in the runner's time zone.
 * @example (await painEscalation({ repos, now }, userId, 'Europe/Paris')).triggers[0]?.code // 'pain_rise'
 */
export async function painEscalation(
  deps: PainDeps,
  userId: string,
  timeZone: string,
): Promise<PainEscalationView> {
  const { now } = deps;
  const [checkins, active] = await Promise.all([
    deps.repos.checkins.list(userId, 1),
    deps.repos.plans.active(userId),
  ]);
  const last = checkins[0];
  const lastCheckin = last ? { at: last.createdAt, painScore: last.painScore } : null;
  // Since the check-in for two rules, the last week for the third; a day more either side for time zones.
  const weekAgo = now.getTime() - 8 * DAY_MS;
  const since = last
    ? Math.min(Date.parse(last.createdAt), weekAgo)
    : now.getTime() - ESCALATION_LOOKBACK_DAYS * DAY_MS;
  const fromIso = new Date(since - DAY_MS).toISOString();
  const toIso = new Date(now.getTime() + DAY_MS).toISOString();
  const [entries, runs] = await Promise.all([
    deps.repos.painEntries.list(userId, { from: fromIso, to: toIso }),
    deps.repos.runs.loadRows(userId, fromIso, toIso),
  ]);
  const runDays = runs
    .filter((r) => RUNNING_SPORTS.has(r.sport))
    .map((r) => isoDay(dayIn(Date.parse(r.startTime), timeZone)));
  const days = active?.plan.weeks.flatMap((w) => w.days) ?? [];
  const planRestDays = days.filter((d) => d.items.some((i) => i.kind === 'rest')).map((d) => d.date);
  const firstDay = days[0]?.date;
  const triggers = escalations({
    entries,
    timeZone,
    today: isoDay(dayIn(now.getTime(), timeZone)),
    lastCheckin,
    runDays,
    planRestDays,
    plan: active && firstDay ? { firstDay, baselinePain: active.baselinePain } : null,
  });
  return { triggers, lastCheckin };
}
