import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../core/result';
import { emergencyContactFor } from '../core/emergency/emergency-services';
import {
  carryForward,
  missingAnswers,
  notImprovingWeeks,
  scoreStartBack,
  startBackFindings,
  stopNow,
  triageChecked,
  type CarriedForward,
  type Finding,
  type NotImproving,
  type Sex,
  type StartBackAnswers,
} from '../core/checkin';
import { recheckDue, type RecheckSuggestion } from '../core/checkin/recheck-due';
import type { Repositories } from '../store/repositories';
import { painSinceCheckin } from './pain-diary';
import type { CheckinRecord, CheckinSummary } from '../store/repositories/checkins';

const DAY_MS = 86_400_000;

export interface CheckinDeps {
  repos: Pick<Repositories, 'checkins' | 'settings' | 'painEntries'>;
  now: Date;
}

/** A check-in as the runner answered it (already validated at the edge). */
export interface CheckinRequest {
  age: number;
  sex: Sex;
  findings: Finding[];
  /** The caller's view; the server decides completeness from the answers itself. */
  complete?: boolean;
  /** The country the runner's screen showed emergency numbers for; else their setting. */
  country?: string;
  startBack?: StartBackAnswers;
}

const numberOf = (findings: readonly Finding[], code: string): number | undefined => {
  const value = findings.find((f) => f.code === code)?.value;
  return typeof value === 'number' ? value : undefined;
};

/** `not_improving_weeks` from the runner's earlier check-ins, when they did not give it (§9.6). */
async function fromHistory(
  deps: CheckinDeps,
  userId: string,
  findings: readonly Finding[],
): Promise<NotImproving | null> {
  const painScore = numberOf(findings, 'pain_score_0_10');
  const durationDays = numberOf(findings, 'pain_duration_days');
  if (painScore === undefined || durationDays === undefined) return null;
  const since = new Date(deps.now.getTime() - durationDays * DAY_MS).toISOString();
  const history = await deps.repos.checkins.painSince(userId, since);
  return notImprovingWeeks({ history, painScore, durationDays, now: deps.now });
}

/**
 * Checks in: merges the STarT Back scores, fills `not_improving_weeks` from history when it was not given,
 * triages in the runner's country, and stores the check-in with its result.
 * An incomplete check-in is stored only when its answers already stop it (an emergency, or urgent after every
 * warning sign, checkin-rules §9.7); otherwise it fails with `checkin_incomplete` naming the missing answers.
 */
export async function checkIn(
  deps: CheckinDeps,
  userId: string,
  request: CheckinRequest,
): Promise<Result<CheckinRecord>> {
  let findings: Finding[] = [...request.findings];
  if (request.startBack) {
    // The questionnaire's own scores replace any typed-in ones.
    const scored = startBackFindings(scoreStartBack(request.startBack));
    findings = [...findings.filter((f) => f.code !== 'sbst_total' && f.code !== 'sbst_psych'), ...scored];
  }
  if (numberOf(findings, 'not_improving_weeks') === undefined) {
    const history = await fromHistory(deps, userId, findings);
    if (history) findings.push({ code: 'not_improving_weeks', value: history.weeks });
  }
  const country = request.country ?? (await deps.repos.settings.get(userId)).country;
  const checkin = { age: request.age, sex: request.sex, findings };
  const missing = missingAnswers(checkin);
  const complete = missing.length === 0;
  const triaged = triageChecked({ ...checkin, complete, ...(country ? { country } : {}) });
  if (!triaged.ok) return triaged;
  if (missing.length > 0 && !stopNow(checkin, { contact: emergencyContactFor(country) })) {
    return fail('checkin_incomplete', `Answer every required question first: ${missing.join(', ')}`, {
      missing,
    });
  }
  const record: CheckinRecord = {
    id: randomUUID(),
    createdAt: deps.now.toISOString(),
    age: request.age,
    sex: request.sex,
    complete,
    findings,
    result: triaged.value,
    painScore: numberOf(findings, 'pain_score_0_10') ?? null,
  };
  await deps.repos.checkins.insert(userId, record);
  return ok(record);
}

/**
 * One of the runner's check-ins with its full result; another runner's, or none, is `not_found` (no hint
 * that it exists).
 * @example const found = await checkinById(deps, userId, id); if (found.ok) found.value.result.urgency
 */
export async function checkinById(
  deps: Pick<CheckinDeps, 'repos'>,
  userId: string,
  id: string,
): Promise<Result<CheckinRecord>> {
  const found = await deps.repos.checkins.get(userId, id);
  return found ? ok(found) : fail('not_found', 'No check-in with this id.');
}

export interface CheckinOverview {
  items: CheckinSummary[];
  recheck: RecheckSuggestion;
  /** Standing history the next check-in may carry forward, once confirmed (§9.8). */
  carryForward: CarriedForward | null;
  /** Age and sex from the last check-in, to pre-fill the first step. */
  lastProfile: { age: number; sex: Sex } | null;
}

/** The runner's check-ins, newest first, whether a new one is due, and what the next one can start from. */
export async function checkinOverview(deps: CheckinDeps, userId: string): Promise<CheckinOverview> {
  const items = await deps.repos.checkins.list(userId);
  const last = items[0];
  const recheck = recheckDue({
    last: last ? { at: last.createdAt, painScore: last.painScore } : null,
    painSince: await painSinceCheckin(deps, userId, last),
    now: deps.now,
  });
  const lastComplete = await deps.repos.checkins.lastComplete(userId);
  const lastRecord = last ? await deps.repos.checkins.get(userId, last.id) : undefined;
  return {
    items,
    recheck,
    carryForward: carryForward(lastComplete ?? null, deps.now),
    lastProfile: lastRecord ? { age: lastRecord.age, sex: lastRecord.sex } : null,
  };
}
