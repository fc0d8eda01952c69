import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { createRepositories, type Repositories } from '../store/repositories';
import {
  RESET_LINK_PROBLEMS,
  RESET_TOKEN_BYTES,
  resetExpiry,
  resetLink,
  resetLinkState,
} from '../core/account/password-reset';
import { resetEmail } from '../core/account/reset-email';
import { fail, ok, type Result } from '../core/result';
import { hashPassword } from './passwords';

/** How the app sends email; the server builds one over SMTP, tests keep what is sent. */
export interface Mailer {
  send(message: { to: string; subject: string; text: string }): Promise<void>;
}

export interface PasswordChanged {
  userId: string;
  email: string;
  /** Sessions that were ended by the change. */
  sessionsEnded: number;
}

export interface Account {
  id: string;
  email: string;
}

export const EMAIL_TAKEN = 'An account with this email already exists.';

/**
 * Creates an account: the one way in for sign-up (`POST /api/auth/register`) and for the self-hoster
 * (`backstride user create`). Inputs are already parsed and normalised (`registerBodySchema`). Fails with
 * `email_taken` when the email has an account, naming the field.
 * @example await registerAccount({ users }, { email: 'ana@example.org', password: 'a long password' }, new Date())
 */
export async function registerAccount(
  repos: Pick<Repositories, 'users'>,
  input: { email: string; password: string },
  now: Date,
): Promise<Result<Account>> {
  const created = await repos.users.create({
    id: randomUUID(),
    email: input.email,
    passwordHash: await hashPassword(input.password),
    createdAt: now.toISOString(),
  });
  if (!created.ok) {
    return fail('email_taken', `${EMAIL_TAKEN} Log in instead.`, {
      issues: [{ path: 'body.email', message: EMAIL_TAKEN }],
    });
  }
  return ok({ id: created.user.id, email: created.user.email });
}

/** 256 random bits, URL-safe: what the email carries. */
export const newResetToken = (): string => randomBytes(RESET_TOKEN_BYTES).toString('base64url');

/** What the database keeps of a reset token. The token is random enough that a plain hash is safe. */
export const hashResetToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('base64url');

/**
 * Sets a user's password by email (the self-hoster's way in, `backstride user set-password`): ends all of
 * the user's sessions and voids any reset links sent earlier. Inputs are already parsed and normalised.
 * @example await setPassword(db, { email: 'ana@example.org', password: 'a new long password' })
 */
export async function setPassword(
  db: Kysely<Database>,
  input: { email: string; password: string },
): Promise<Result<PasswordChanged>> {
  const user = await createRepositories(db).users.findByEmail(input.email);
  if (!user) return fail('not_found', `There is no account with the email ${input.email}.`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const repos = createRepositories(trx);
    if (!(await repos.users.setPasswordHash(user.id, passwordHash))) {
      return fail('not_found', `There is no account with the email ${input.email}.`);
    }
    const sessionsEnded = await repos.sessions.deleteForUser(user.id);
    await repos.passwordResets.deleteForUser(user.id);
    return ok({ userId: user.id, email: user.email, sessionsEnded });
  });
}

/**
 * Emails a single-use reset link if an account has `email`; does nothing otherwise. Callers answer the
 * same way in both cases (and should not wait for this), so nobody learns who has an account.
 * Earlier links of the user stop working.
 */
export async function requestPasswordReset(
  db: Kysely<Database>,
  input: { email: string; publicUrl: string; mailer: Mailer },
  now: Date,
): Promise<'sent' | 'no_account'> {
  const user = await createRepositories(db).users.findByEmail(input.email);
  if (!user) return 'no_account';
  const token = newResetToken();
  await db.transaction().execute(async (trx) => {
    const repos = createRepositories(trx);
    await repos.passwordResets.deleteForUser(user.id);
    await repos.passwordResets.create({
      tokenHash: hashResetToken(token),
      userId: user.id,
      createdAt: now.toISOString(),
      expiresAt: resetExpiry(now),
      usedAt: null,
    });
  });
  const mail = resetEmail({ link: resetLink(input.publicUrl, token), site: new URL(input.publicUrl).host });
  await input.mailer.send({ to: user.email, ...mail });
  return 'sent';
}

/**
 * Sets a new password from a reset link: the link is used up, every session of the user ends and the
 * user's other links stop working. Fails with `reset_link_invalid` and what to do when the link is
 * unknown, expired or used.
 */
export async function confirmPasswordReset(
  db: Kysely<Database>,
  input: { token: string; password: string },
  now: Date,
): Promise<Result<PasswordChanged>> {
  const tokenHash = hashResetToken(input.token);
  const record = await createRepositories(db).passwordResets.find(tokenHash);
  const state = resetLinkState(record, now);
  if (state !== 'valid' || !record) {
    return fail('reset_link_invalid', RESET_LINK_PROBLEMS[state === 'valid' ? 'unknown' : state]);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const repos = createRepositories(trx);
    // Checked again inside the transaction: two submissions of one link cannot both win.
    if (!(await repos.passwordResets.consume(tokenHash, now.toISOString()))) {
      return fail('reset_link_invalid', RESET_LINK_PROBLEMS.used);
    }
    const user = await repos.users.findById(record.userId);
    if (!user || !(await repos.users.setPasswordHash(user.id, passwordHash))) {
      return fail('reset_link_invalid', RESET_LINK_PROBLEMS.unknown);
    }
    const sessionsEnded = await repos.sessions.deleteForUser(user.id);
    await repos.passwordResets.deleteForUser(user.id, tokenHash);
    return ok({ userId: user.id, email: user.email, sessionsEnded });
  });
}
