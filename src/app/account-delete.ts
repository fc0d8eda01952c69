/**
 * Deleting an account: its user row and, by the schema's `on delete cascade` from every table's `user_id`,
 * every record, kept file and session of it, in one statement. A test enumerates the schema's tables so a
 * new table without the cascade is caught.
 */
import type { Kysely } from 'kysely';
import { fail, ok, type Result } from '../core/result';
import type { Database } from '../store/schema';
import { verifyPassword } from './passwords';

/**
 * Deletes the account once its password is given again (the administrator's CLI passes `password: null`).
 * @example const result = await deleteAccount(db, userId, { password: 'the password' });
 */
export async function deleteAccount(
  db: Kysely<Database>,
  userId: string,
  confirm: { password: string | null },
): Promise<Result<{ email: string }>> {
  const user = await db
    .selectFrom('users')
    .select(['email', 'password_hash'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) return fail('not_found', 'no such account');
  if (confirm.password !== null && !(await verifyPassword(confirm.password, user.password_hash))) {
    return fail('invalid_credentials', 'the password is not right, so nothing was deleted', {
      issues: [{ path: 'body.password', message: 'The password is not right.' }],
    });
  }
  await db.deleteFrom('users').where('id', '=', userId).execute();
  return ok({ email: user.email });
}
