import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { userFromRow, userToRow, type UserRow } from '../rows/users';

export type { UserRow };

export type CreateUserResult = { ok: true; user: UserRow } | { ok: false; reason: 'email_taken' };

/** Accounts. Emails arrive already normalised (see core/account/credentials). */
export function usersRepository(db: Kysely<Database>) {
  return {
    async create(user: UserRow): Promise<CreateUserResult> {
      try {
        await db.insertInto('users').values(userToRow(user)).execute();
        return { ok: true, user };
      } catch (error) {
        if (isUniqueViolation(error)) return { ok: false, reason: 'email_taken' };
        throw error;
      }
    },
    async findByEmail(email: string): Promise<UserRow | undefined> {
      const r = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return r && userFromRow(r);
    },
    async findById(id: string): Promise<UserRow | undefined> {
      const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return r && userFromRow(r);
    },
    /** True when the user exists and now has `passwordHash`. */
    async setPasswordHash(id: string, passwordHash: string): Promise<boolean> {
      const result = await db
        .updateTable('users')
        .set({ password_hash: passwordHash })
        .where('id', '=', id)
        .executeTakeFirst();
      return result.numUpdatedRows === 1n;
    },
  };
}

/** Unique-constraint failures look different per driver; both mean "already there". */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
