/**
 * A runner's sessions (each device logged in to the account), ending them, and changing the password.
 * A session is named in the API by a hash of its token's hash: the list never holds anything that could be
 * turned back into a cookie.
 */
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { deviceName } from '../core/account/user-agent';
import { fail, ok, type Result } from '../core/result';
import type { Database } from '../store/schema';
import { createRepositories, type Repositories } from '../store/repositories';
import { hashPassword, verifyPassword } from './passwords';

/** How stale a session's `last_seen_at` may get before a request writes it anew. */
export const LAST_SEEN_EVERY_MS = 5 * 60_000;

export interface SessionView {
  id: string;
  device: string;
  userAgent: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
}

/** The public id of a session: 32 hex digits of SHA-256 over its token's hash. */
export const sessionPublicId = (tokenHash: string): string =>
  createHash('sha256').update(`backstride session\n${tokenHash}`).digest('hex').slice(0, 32);

/**
 * The user's live sessions, this one first, then the most recently used.
 * @example const list = await listSessions(repos, user.id, request.sessionTokenHash, new Date());
 */
export async function listSessions(
  repos: Pick<Repositories, 'sessions'>,
  userId: string,
  currentTokenHash: string | null,
  now: Date,
): Promise<SessionView[]> {
  const rows = await repos.sessions.listForUser(userId, now.toISOString());
  const views = rows.map((row) => ({
    id: sessionPublicId(row.tokenHash),
    device: deviceName(row.userAgent ?? null),
    userAgent: row.userAgent ?? null,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    current: row.tokenHash === currentTokenHash,
  }));
  return [...views.filter((v) => v.current), ...views.filter((v) => !v.current)];
}

/** One session of the user by its public id; `not_found` when it is not theirs or has ended. */
export async function findSession(
  repos: Pick<Repositories, 'sessions'>,
  userId: string,
  currentTokenHash: string | null,
  id: string,
  now: Date,
): Promise<Result<SessionView>> {
  const found = (await listSessions(repos, userId, currentTokenHash, now)).find((s) => s.id === id);
  return found
    ? ok(found)
    : fail('not_found', 'There is no such session of yours: it may have ended already.');
}

/** Ends one session of the user by its public id; says whether it was the current one. */
export async function endSession(
  repos: Pick<Repositories, 'sessions'>,
  userId: string,
  currentTokenHash: string | null,
  id: string,
  now: Date,
): Promise<Result<{ wasCurrent: boolean }>> {
  const rows = await repos.sessions.listForUser(userId, now.toISOString());
  const row = rows.find((r) => sessionPublicId(r.tokenHash) === id);
  if (!row || !(await repos.sessions.deleteOfUser(userId, row.tokenHash))) {
    return fail('not_found', 'There is no such session of yours: it may have ended already.');
  }
  return ok({ wasCurrent: row.tokenHash === currentTokenHash });
}

/** Ends every session of the user but the current one; returns how many ended. */
export const endOtherSessions = (
  repos: Pick<Repositories, 'sessions'>,
  userId: string,
  currentTokenHash: string,
): Promise<number> => repos.sessions.deleteOthers(userId, currentTokenHash);

/**
 * Changes the password of a user who gives the current one: every other session ends and any reset link
 * sent earlier stops working; `keepTokenHash` (the session asking, in the web app) stays, and with null (the
 * CLI) every session ends. Fails with `invalid_credentials` naming the
 * current password when it is wrong, and `validation_failed` naming the new one when it is the same.
 * New passwords are already checked with the sign-up rules (`newPasswordSchema`).
 * @example await changePassword(db, user.id, tokenHash, { currentPassword: 'old one…', newPassword: 'new one…' })
 */
export async function changePassword(
  db: Kysely<Database>,
  userId: string,
  keepTokenHash: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<Result<{ sessionsEnded: number }>> {
  const user = await createRepositories(db).users.findById(userId);
  if (!user) return fail('not_found', 'no such account');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    return fail(
      'invalid_credentials',
      'Your current password is not right, so the password was not changed.',
      {
        issues: [{ path: 'body.currentPassword', message: 'This is not your current password.' }],
      },
    );
  }
  if (input.newPassword === input.currentPassword) {
    return fail('validation_failed', 'The new password is the same as the current one.', {
      issues: [{ path: 'body.newPassword', message: 'Choose a password different from the current one.' }],
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction().execute(async (trx) => {
    const repos = createRepositories(trx);
    if (!(await repos.users.setPasswordHash(userId, passwordHash)))
      return fail('not_found', 'no such account');
    const sessionsEnded =
      keepTokenHash === null
        ? await repos.sessions.deleteForUser(userId)
        : await repos.sessions.deleteOthers(userId, keepTokenHash);
    await repos.passwordResets.deleteForUser(userId);
    return ok({ sessionsEnded });
  });
}
