/**
 * Saved form checks (issue 14): keep the numbers of an analysis the runner chose to save, list them newest
 * first, read one, delete one. The clip never reaches the server; only these numbers do.
 */
import { randomUUID } from 'node:crypto';
import { normaliseEmail } from '../core/account/credentials';
import { FORM_CHECK_LIMITS, type FormCheckInput, type SavedFormCheck } from '../core/form/saved-check';
import { fail, ok, type Result } from '../core/result';
import type { Repositories } from '../store/repositories';

export interface FormCheckDeps {
  repos: Pick<Repositories, 'formChecks'>;
  now: Date;
}

const notFound = () => fail('not_found', 'No form check with this id.');

/** A day after today in UTC: a runner east of Greenwich may already be on tomorrow's date. */
function tooLate(recordedOn: string, now: Date): Result<never> | null {
  const latest = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  if (recordedOn <= latest) return null;
  const message = 'recordedOn is in the future; give the day the clip was filmed';
  return fail('validation_failed', message, { issues: [{ path: 'body.recordedOn', message }] });
}

/**
 * Keeps one analysis's numbers in the runner's history.
 * @example await saveFormCheck({ repos, now }, userId, { model: 'movenet', clipS: 8, steps: 14, … })
 */
export async function saveFormCheck(
  deps: FormCheckDeps,
  userId: string,
  input: FormCheckInput,
): Promise<Result<SavedFormCheck>> {
  const recordedOn = input.recordedOn ?? null;
  const late = recordedOn === null ? null : tooLate(recordedOn, deps.now);
  if (late) return late;
  const check: SavedFormCheck = {
    id: randomUUID(),
    createdAt: deps.now.toISOString(),
    recordedOn,
    model: input.model,
    clipS: input.clipS,
    steps: input.steps,
    facing: input.facing,
    cadenceSpm: input.cadenceSpm,
    overstrideLegs: input.overstrideLegs,
    shinAngleDeg: input.shinAngleDeg,
    trunkLeanDeg: input.trunkLeanDeg,
    verticalOscillationLegs: input.verticalOscillationLegs,
    cue: input.cue,
    cadenceTargetSpm: input.cadenceTargetSpm,
    note: input.note ?? '',
  };
  await deps.repos.formChecks.insert(userId, check);
  return ok(check);
}

/** The runner's saved checks, newest first. */
export const listFormChecks = (deps: Pick<FormCheckDeps, 'repos'>, userId: string) =>
  deps.repos.formChecks.list(userId, FORM_CHECK_LIMITS.listMax);

/** One saved check of the runner's, or `not_found`. */
export async function formCheckById(
  deps: Pick<FormCheckDeps, 'repos'>,
  userId: string,
  id: string,
): Promise<Result<SavedFormCheck>> {
  const found = await deps.repos.formChecks.get(userId, id);
  return found ? ok(found) : notFound();
}

/** Deletes a saved check. */
export async function deleteFormCheck(
  deps: Pick<FormCheckDeps, 'repos'>,
  userId: string,
  id: string,
): Promise<Result<null>> {
  return (await deps.repos.formChecks.delete(userId, id)) ? ok(null) : notFound();
}

/**
 * The saved checks of the account with this email (the CLI's way in), newest first.
 * @example await formChecksForEmail({ repos }, 'runner@example.com')
 */
export async function formChecksForEmail(
  deps: { repos: Pick<Repositories, 'formChecks' | 'users'> },
  email: string,
): Promise<Result<SavedFormCheck[], 'not_found'>> {
  const user = await deps.repos.users.findByEmail(normaliseEmail(email));
  if (!user) return fail('not_found', `there is no account with the email ${email}`);
  return ok(await listFormChecks(deps, user.id));
}
